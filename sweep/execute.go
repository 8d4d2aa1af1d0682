package sweep

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"entente/results"
	"entente/scenarios"
	"entente/validate"
)

// Options say where and how a sweep runs.
type Options struct {
	Dir     string
	Workers int  // runs at once; 0: one per CPU
	Resume  bool // continue the sweep already in Dir
	Shard   *Shard
	// Progress, if set, is called from one goroutine after each run with
	// the runs done in this directory and the runs it must hold.
	Progress func(done, total int)
	Plots    []string // formats of the figures; nil for none
	Check    bool     // verify the engine's invariants after every tick of every run
}

// Outcome is what a sweep did.
type Outcome struct {
	Dir         string
	Ran, Done   int // runs this call ran; runs the directory holds
	Expected    int
	Complete    bool
	Interrupted bool
	Figures     []string
}

// ErrInput is what errors.Is finds in an error the plan, its scenario or
// the directory is at fault for (the command line exits 2), not the
// machine. Its message is the cause's alone.
var ErrInput = errors.New("bad input")

// inputError marks an error as ErrInput without changing its message.
type inputError struct{ err error }

func (e inputError) Error() string        { return e.err.Error() }
func (e inputError) Unwrap() error        { return e.err }
func (e inputError) Is(target error) bool { return target == ErrInput }

// badInput marks err as the input's fault.
func badInput(err error) error { return inputError{err} }

// ErrInterrupted is returned, wrapped, when the context ends a sweep
// early: the runs in flight were finished and everything done is written.
var ErrInterrupted = errors.New("sweep interrupted")

// Execute runs the plan's runs that Dir does not hold yet (all of them
// for a new sweep, those of the shard if one is given) and writes
// runs.csv, sweep.json and, when the sweep is whole, its figures.
func Execute(ctx context.Context, plan *Plan, opts Options) (*Outcome, error) {
	// Everything that can fail on the input is done before the directory
	// is touched, so a refused sweep leaves nothing that blocks a retry.
	if s := opts.Shard; s != nil && s.Count > plan.Runs() {
		// A shard with no run would be a directory merge must take on
		// trust; and a shard count bounded by the runs bounds merge.
		return nil, badInput(fmt.Errorf("--shard %v: the sweep has %d runs, so at most %d shards", s, plan.Runs(), plan.Runs()))
	}
	load, sha, err := scenarioLoader(plan.source())
	if err != nil {
		return nil, badInput(err)
	}
	r := &runner{plan: plan, design: NewDesign(plan), load: load, check: opts.Check}
	if plan.needsTargets() {
		if r.targets, err = targetsOf(load); err != nil {
			return nil, badInput(err)
		}
	}
	resolved := plan.resolve(sha)
	man := &Manifest{Version: results.Build(), PlanHash: resolved.hash(), Plan: resolved,
		Points: plan.PointCount(), Runs: plan.Runs(), Shard: opts.Shard,
		Expected: opts.Shard.Size(plan.Runs()), Columns: plan.Columns()}
	unlock, err := lockDir(opts.Dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := prepareDir(opts.Dir, man, opts.Resume); err != nil {
		return nil, err
	}
	if plan.KeepSeries {
		r.series = filepath.Join(opts.Dir, "series")
		if err := os.MkdirAll(r.series, 0o755); err != nil {
			return nil, err
		}
	}
	j, done, err := openJournal(filepath.Join(opts.Dir, JournalFile))
	if err != nil {
		return nil, err
	}
	var todo []int
	for k := range plan.Runs() {
		if _, ok := done[k]; !ok && opts.Shard.Has(k) {
			todo = append(todo, k)
		}
	}
	out := &Outcome{Dir: opts.Dir, Expected: man.Expected}
	ran, runErr := r.pool(ctx, todo, opts.Workers, func(res result) error {
		if err := j.append(res.row); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		done[res.run] = res.row
		if opts.Progress != nil {
			opts.Progress(len(done), man.Expected)
		}
		return nil
	})
	if err := j.close(); err != nil && runErr == nil {
		runErr = err
	}
	out.Ran, out.Done = ran, len(done)
	out.Complete = out.Done == man.Expected
	man.Done, man.Complete = out.Done, out.Complete
	if err := finish(opts.Dir, man, done, opts.Plots, out); err != nil && runErr == nil {
		runErr = err
	}
	if runErr != nil {
		return out, runErr
	}
	if ctx.Err() != nil && !out.Complete {
		out.Interrupted = true
		return out, fmt.Errorf("%w: %d of %d runs done; run it again with --resume to finish", ErrInterrupted, out.Done, out.Expected)
	}
	return out, nil
}

// finish writes runs.csv and sweep.json from the finished runs, and the
// figures when the directory holds a whole, unsharded sweep.
func finish(dir string, man *Manifest, done map[int][]string, plots []string, out *Outcome) error {
	if err := writeRunsCSV(dir, man.Columns, done); err != nil {
		return err
	}
	man.Files = []string{RunsFile, JournalFile}
	if man.Complete && man.Shard == nil && len(plots) > 0 {
		figs, err := writeFigures(dir, man, done, plots)
		if err != nil {
			return err
		}
		out.Figures = figs
		for _, f := range figs {
			rel, _ := filepath.Rel(dir, f)
			man.Files = append(man.Files, rel)
		}
	}
	return man.write(dir)
}

// pool runs the runs in todo on workers and hands each result, in the
// order they finish, to keep (from this goroutine only). When ctx ends it
// starts no new run but finishes those in flight; the first error stops
// it the same way. It returns how many runs were kept.
func (r *runner) pool(ctx context.Context, todo []int, workers int, keep func(result) error) (int, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	stop := make(chan struct{})
	var once sync.Once
	halt := func() { once.Do(func() { close(stop) }) }
	jobs := make(chan int)
	results := make(chan result)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	r.shareCores = min(workers, len(todo)) == 1
	for range min(workers, len(todo)) {
		wg.Go(func() {
			var cache pointCache
			for k := range jobs {
				res, err := r.run(k, &cache)
				if err != nil {
					errs <- err
					halt()
					return
				}
				results <- res
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, k := range todo {
			if ctx.Err() != nil { // select picks at random among ready cases
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-stop:
				return
			case jobs <- k:
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	kept := 0
	var keepErr error
	for res := range results {
		if keepErr != nil {
			continue // drain: the workers finish what they started
		}
		if keepErr = keep(res); keepErr != nil {
			halt()
			continue
		}
		kept++
	}
	close(errs)
	if keepErr != nil {
		return kept, keepErr
	}
	return kept, errors.Join(collect(errs)...)
}

func collect(errs <-chan error) []error {
	var out []error
	for e := range errs {
		out = append(out, e)
	}
	return out
}

// prepareDir makes Dir ready for the sweep: a new directory (or an empty
// one) gets the manifest; a directory holding this sweep is taken only
// with resume; anything else is refused, so no result is overwritten.
func prepareDir(dir string, man *Manifest, resume bool) error {
	entries, err := entriesBut(dir, LockFile)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	case err != nil:
		return err
	case len(entries) > 0:
		old, err := readManifest(dir)
		if err != nil {
			return badInput(fmt.Errorf("%s is not empty and holds no sweep: choose another directory", dir))
		}
		if !resume {
			return badInput(fmt.Errorf("%s already holds a sweep (%d of %d runs done): add --resume to continue it, or choose another directory", dir, old.Done, old.Expected))
		}
		if err := sameSweep(dir, old, man); err != nil {
			return badInput(err)
		}
		man.Merged = old.Merged // a merged sweep stays one
		return nil
	}
	return man.write(dir)
}

// sameSweep refuses to resume a directory that holds another sweep.
func sameSweep(dir string, old, man *Manifest) error {
	switch {
	case old.PlanHash != man.PlanHash:
		return fmt.Errorf("%s holds another sweep (plan hash %.12s, this plan %.12s): the plan or the scenario file changed", dir, old.PlanHash, man.PlanHash)
	case old.Version != man.Version:
		return fmt.Errorf("%s was swept by entente %s, this is %s: runs of two builds would be mixed", dir, old.Version, man.Version)
	case !sameShard(old.Shard, man.Shard):
		return fmt.Errorf("%s holds shard %v, not %v", dir, shardName(old.Shard), shardName(man.Shard))
	}
	return nil
}

func sameShard(a, b *Shard) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func shardName(s *Shard) string {
	if s == nil {
		return "the whole sweep"
	}
	return "shard " + s.String()
}

// scenarioLoader returns a function that loads the plan's scenario with
// overrides, and the hash of the scenario's file. A file is read once.
func scenarioLoader(name string) (func([]string) (*scenarios.Scenario, error), string, error) {
	base, err := scenarios.Load(name, nil)
	if err != nil {
		return nil, "", err
	}
	if base.Source == "builtin:"+name {
		return func(o []string) (*scenarios.Scenario, error) { return scenarios.Load(name, o) }, base.SHA256, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, "", err
	}
	return func(o []string) (*scenarios.Scenario, error) { return scenarios.Parse(name, data, o) }, base.SHA256, nil
}

// targetsOf returns the historical targets of the plan's scenario.
func targetsOf(load func([]string) (*scenarios.Scenario, error)) ([]validate.Target, error) {
	sc, err := load(nil)
	if err != nil {
		return nil, err
	}
	hist, err := validate.LoadHistory(scenarios.Data, sc.Name)
	if err != nil {
		return nil, err
	}
	targets, ok := validate.Targets(sc.Config, hist)
	if !ok {
		return nil, fmt.Errorf("scenario %q has no historical targets: validation metrics need one of %s", sc.Name, strings.Join(validate.Scenarios(), ", "))
	}
	return targets, nil
}

// needsTargets reports whether a metric scores the run against history.
func (p *Plan) needsTargets() bool {
	for _, m := range p.Metrics {
		if m.Kind == "validation" {
			return true
		}
	}
	return false
}

// Columns are the header of runs.csv.
func (p *Plan) Columns() []string {
	cols := []string{"run", "point", "seed"}
	for _, q := range p.Params {
		cols = append(cols, q.Key)
	}
	for _, m := range p.Metrics {
		cols = append(cols, m.Name)
	}
	return cols
}

// entriesBut lists a directory without one name (its lock).
func entriesBut(dir, skip string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	out := entries[:0]
	for _, e := range entries {
		if e.Name() != skip {
			out = append(out, e)
		}
	}
	return out, err
}
