package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"entente/internal/words"
	"entente/results"
	"entente/sweep"
)

func cmdSweep(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "merge":
			return cmdSweepMerge(args[1:], stdout, stderr)
		case "slurm":
			return cmdSweepSlurm(args[1:], stdout)
		}
	}
	fs := newFlags("sweep", stdout)
	dir := fs.String("o", "", "output directory (default out/sweep-<plan or scenario>)")
	workers := workersFlag(fs)
	resume := fs.Bool("resume", false, "continue the sweep already in the output directory, running only what is missing")
	shardFlag := fs.String("shard", "", "run only shard I of N (I/N; N alone takes I from $SLURM_ARRAY_TASK_ID or $JOB_COMPLETION_INDEX)")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	plotFormats := sweepFormatFlags(fs, stderr)
	noPlots := fs.Bool("no-plots", false, "draw no figures")
	check := fs.Bool("check", false, "verify the engine's invariants after every tick of every run; a broken one stops the sweep")
	var fp sweep.FlagPlan
	var params, metrics, sets listFlag
	fs.StringVar(&fp.Scenario, "scenario", "", "without a plan file: the scenario to sweep")
	fs.Var(&params, "param", "without a plan file: KEY=FROM:TO:STEP, KEY=A,B,C or KEY=uniform(MIN,MAX) (repeatable)")
	fs.Var(&metrics, "metric", "without a plan file: a metric to keep, such as mean.defense_share (repeatable; default: "+strings.Join(sweep.DefaultMetrics, ", ")+")")
	fs.Var(&sets, "set", "without a plan file: a fixed override key=value for every run (repeatable)")
	fs.IntVar(&fp.Reps, "reps", 1, "without a plan file: runs per point")
	fs.StringVar(&fp.Design, "design", "grid", "without a plan file: grid or lhs")
	fs.IntVar(&fp.Points, "points", 0, "without a plan file: points of an lhs design")
	seed := seedFlag(fs, "without a plan file: the master seed, from 0 to 2^63-1 (default 1)")
	fs.BoolVar(&fp.KeepSeries, "keep-series", false, "without a plan file: keep each run's time series (series/*.csv.gz)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	formats, err := plotFormatsOf(*plotFormats, *noPlots)
	if err != nil {
		return err
	}
	seedN, given, err := parseSeed(*seed)
	if err != nil {
		return err
	}
	fp.Seed = 1
	if given {
		fp.Seed = seedN
	}
	fp.Params, fp.Metrics, fp.Sets = params, metrics, sets
	plan, name, err := sweepPlan(fs.Visit, pos, fp)
	if err != nil {
		return err
	}
	var shard *sweep.Shard
	if *shardFlag != "" {
		if shard, err = sweep.ParseShard(*shardFlag, os.Getenv); err != nil {
			return usageError{err}
		}
	}
	if err := checkWorkers(*workers); err != nil {
		return err
	}
	out := *dir
	if out == "" {
		out = filepath.Join("out", "sweep-"+name)
	}
	opts := sweep.Options{Dir: out, Workers: *workers, Resume: *resume, Shard: shard, Plots: formats, Check: *check}
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar = newBar(f, shard, plan)
		opts.Progress = func(done, total int) { bar.Set(done) }
	}
	o, err := sweep.Execute(ctx, plan, opts)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if errors.Is(err, sweep.ErrInterrupted) {
		return interrupted{err}
	}
	if errors.Is(err, sweep.ErrInput) {
		return usageError{err} // the plan, its scenario or the directory is at fault
	}
	if err != nil {
		return outputDirError(err, out) // read-only or in the way: exit 2, as for run
	}
	if !*quiet {
		what := "sweep"
		if shard != nil {
			what = "shard " + shard.String()
		}
		fmt.Fprintf(stdout, "%s: %s done (%d now), %s; wrote %s\n", what, words.Count(o.Done, "run", "runs"), o.Ran,
			words.Count(len(o.Figures), "figure", "figures"), filepath.Join(o.Dir, sweep.RunsFile))
	}
	return nil
}

// sweepPlan returns the plan from a plan file or from the flags, and a
// name for the default output directory. Plan flags with a plan file are
// refused: the file is the record of the sweep.
func sweepPlan(visit func(func(*flag.Flag)), pos []string, fp sweep.FlagPlan) (*sweep.Plan, string, error) {
	planFlags := map[string]bool{"scenario": true, "param": true, "metric": true, "set": true, "reps": true,
		"design": true, "points": true, "seed": true, "keep-series": true}
	var given []string
	visit(func(f *flag.Flag) {
		if planFlags[f.Name] {
			given = append(given, "--"+f.Name)
		}
	})
	switch {
	case len(pos) > 1:
		return nil, "", badInput("sweep takes one plan file, got %d: %v", len(pos), pos)
	case len(pos) == 1 && len(given) > 0:
		return nil, "", badInput("%s given with the plan file %s: write them in the plan", strings.Join(given, ", "), pos[0])
	case len(pos) == 1:
		p, err := sweep.LoadPlan(pos[0])
		if err != nil {
			return nil, "", usageError{err}
		}
		return p, strings.TrimSuffix(filepath.Base(pos[0]), filepath.Ext(pos[0])), nil
	case fp.Scenario == "":
		return nil, "", badInput("give a plan file (entente sweep plan.toml) or --scenario with --param flags")
	}
	p, err := fp.Plan()
	if err != nil {
		return nil, "", usageError{err}
	}
	return p, strings.TrimSuffix(filepath.Base(fp.Scenario), ".toml"), nil
}

// sweepFormatFlags defines --format, the formats of the figures as run
// and plot take it (a sweep's default is png, as theirs), and --plots, its
// former name, kept as a deprecated alias.
func sweepFormatFlags(fs *flag.FlagSet, stderr io.Writer) *string {
	f := plotFormatFlag(fs)
	deprecatedAlias(fs, "plots", "format", stderr)
	return f
}

// plotFormatsOf reads --format, or none with --no-plots.
func plotFormatsOf(s string, none bool) ([]string, error) {
	if none {
		return nil, nil
	}
	f, err := results.ParsePlotFormats(s)
	if err != nil {
		return nil, badInput("--format: %v", err) // as run and plot say it
	}
	return f, nil
}

// newBar is the progress bar: runs done, the rate and the time left.
func newBar(w io.Writer, shard *sweep.Shard, plan *sweep.Plan) *progressbar.ProgressBar {
	return progressbar.NewOptions(shard.Size(plan.Runs()),
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("sweep"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("runs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
}

func cmdSweepMerge(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sweep", stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: entente sweep merge -o DIR [--plan PLAN] SHARD_DIR...\n\nJoin the directories of a sweep's shards into the runs.csv a local sweep gives,\nchecking every row against the plan and the shard's journal.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	dir := fs.String("o", "", "output directory (required)")
	plotFormats := sweepFormatFlags(fs, stderr)
	noPlots := fs.Bool("no-plots", false, "draw no figures")
	planFile := fs.String("plan", "", "the plan the shards must be of (refuse shards of any other plan or scenario file)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *dir == "" || len(pos) == 0 {
		return badInput("usage: entente sweep merge -o DIR SHARD_DIR...")
	}
	formats, err := plotFormatsOf(*plotFormats, *noPlots)
	if err != nil {
		return err
	}
	o, err := sweep.Merge(*dir, pos, sweep.MergeOptions{Plots: formats, PlanFile: *planFile})
	if err != nil {
		return usageError{err}
	}
	fmt.Fprintf(stdout, "merged %s: %s; wrote %s\n", words.Count(len(pos), "shard", "shards"), words.Count(o.Done, "run", "runs"),
		filepath.Join(o.Dir, sweep.RunsFile))
	return nil
}

func cmdSweepSlurm(args []string, stdout io.Writer) error {
	fs := newFlags("sweep", stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: entente sweep slurm PLAN [flags] > sweep.sbatch && sbatch sweep.sbatch\n\nPrint an sbatch script that runs the sweep as a Slurm job array and merges it.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	dir := fs.String("o", "", "the sweep's directory on the cluster's shared file system (default out/sweep-<plan>)")
	shards := fs.Int("shards", 0, "array tasks (default: one per 500 runs, at most 1000)")
	limit := fs.Int("limit", 0, "tasks running at once (0: no limit)")
	cpus := fs.Int("cpus", 1, "cores per task")
	limitTime := fs.String("time", "", "time limit per task, in Slurm's format: MINUTES, HOURS:MINUTES:SECONDS, DAYS-HOURS[:MINUTES[:SECONDS]] (such as 01:00:00)")
	bin := fs.String("entente", "", "path of the entente binary on the cluster (default: this one)")
	var extra listFlag
	fs.Var(&extra, "sbatch", "an extra #SBATCH option as one --key=value token, such as --partition=short (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return badInput("usage: entente sweep slurm PLAN [flags]")
	}
	plan, err := sweep.LoadPlan(pos[0])
	if err != nil {
		return usageError{err}
	}
	n := *shards
	if n == 0 {
		n = min(max(1, (plan.Runs()+499)/500), 1000)
	}
	if n < 1 || n > plan.Runs() {
		return badInput("--shards must be from 1 to the sweep's %d runs, got %d", plan.Runs(), n)
	}
	if *cpus < 1 || *limit < 0 {
		return badInput("--cpus must be ≥ 1 and --limit ≥ 0")
	}
	exe := *bin
	if exe == "" {
		if exe, err = os.Executable(); err != nil {
			return err
		}
		if strings.Contains(exe, string(filepath.Separator)+"go-build") {
			return badInput("this entente was built by `go run` in a temporary directory: build it (go build -o entente ./cmd/entente) and run that, or pass --entente PATH")
		}
	}
	out := *dir
	if out == "" {
		out = filepath.Join("out", "sweep-"+strings.TrimSuffix(filepath.Base(pos[0]), filepath.Ext(pos[0])))
	}
	job := sweep.SlurmJob{Entente: absPath(exe), Plan: absPath(pos[0]), Dir: absPath(out), Shards: n,
		Limit: *limit, CPUs: *cpus, Time: *limitTime, Extra: extra}
	script, err := job.Script()
	if err != nil {
		return usageError{err} // a field that would break out of its line in the script
	}
	fmt.Fprint(stdout, script)
	return nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
