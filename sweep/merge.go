package sweep

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// MergeOptions say how a merge runs.
type MergeOptions struct {
	Plots []string // formats of the figures; nil for none
	// PlanFile, if set, is the plan the shards must be of: merge refuses
	// shards whose plan hash is not this plan's (with its scenario file).
	PlanFile string
}

// Merge joins the directories of a sweep's shards into dir: the runs.csv
// and figures a single sweep of the plan gives, byte for byte, a journal
// of the same runs (in run order), and a sweep.json that also lists the
// shards it was merged from (the per-run series are linked, or copied,
// into dir/series). It refuses shards of different plans or versions,
// missing or repeated shards, shards that are not complete, and any row
// that is not what the plan gives its run or not what the shard's
// journal recorded (see shardRows), as ErrInput and before dir is
// touched. dir may be new, empty, hold the shard directories themselves,
// or hold an earlier merge of the same sweep.
func Merge(dir string, shardDirs []string, opts MergeOptions) (*Outcome, error) {
	first, done, err := readShards(shardDirs, opts.PlanFile)
	if err != nil {
		return nil, badInput(fmt.Errorf("merge: %w", err))
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := prepareMerge(dir, first.Manifest, shardDirs); err != nil {
		return nil, err
	}
	man := *first.Manifest
	man.Shard, man.Expected, man.Done, man.Complete = nil, man.Runs, len(done), len(done) == man.Runs
	man.Merged = nil
	for i, d := range shardDirs {
		man.Merged = append(man.Merged, ShardSource{Dir: d, Runs: first.runs[i]})
	}
	if man.Plan.KeepSeries {
		if err := gatherSeries(dir, shardDirs); err != nil {
			return nil, err
		}
	}
	if err := writeJournal(dir, done); err != nil {
		return nil, err
	}
	out := &Outcome{Dir: dir, Done: man.Done, Expected: man.Expected, Complete: man.Complete}
	return out, finish(dir, &man, done, opts.Plots, out)
}

// shardSet is the first shard's manifest and the runs each shard holds.
type shardSet struct {
	*Manifest
	runs []int
}

// readShards reads and checks every shard: the manifests first (each
// against its own plan, then against each other), so that nothing is
// sized by a count before the count is known to be the plan's; then
// every row. It returns the shards and their rows by run.
func readShards(shardDirs []string, planFile string) (*shardSet, map[int][]string, error) {
	if len(shardDirs) == 0 {
		return nil, nil, errors.New("no shard directories given")
	}
	var mans []*Manifest
	var plan *Plan
	for _, d := range shardDirs {
		m, err := readManifest(d)
		if err != nil {
			return nil, nil, fmt.Errorf("%s holds no sweep: %w", d, err)
		}
		if m.Shard == nil {
			return nil, nil, fmt.Errorf("%s holds a whole sweep, not a shard", d)
		}
		p, err := shardPlan(d, m)
		if err != nil {
			return nil, nil, err
		}
		if plan == nil {
			plan = p
		}
		mans = append(mans, m)
	}
	if err := oneSweep(shardDirs, mans); err != nil {
		return nil, nil, err
	}
	if planFile != "" {
		if err := samePlan(planFile, mans[0], shardDirs[0]); err != nil {
			return nil, nil, err
		}
	}
	check := newRowChecker(plan)
	set := &shardSet{Manifest: mans[0]}
	done := map[int][]string{}
	for i, d := range shardDirs {
		if err := shardRows(d, mans[i], check, done); err != nil {
			return nil, nil, err
		}
		set.runs = append(set.runs, mans[i].Done)
	}
	return set, done, nil
}

// oneSweep refuses shards that do not make one whole sweep together.
func oneSweep(shardDirs []string, mans []*Manifest) error {
	first := mans[0]
	seen := map[int]string{} // by shard index: as large as shardDirs, whatever a manifest claims
	for i, m := range mans {
		d := shardDirs[i]
		switch {
		case m.PlanHash != first.PlanHash:
			return fmt.Errorf("%s is a shard of another sweep than %s (plan hash %.12s, not %.12s)", d, shardDirs[0], m.PlanHash, first.PlanHash)
		case m.Version != first.Version:
			return fmt.Errorf("%s was run by entente %s, %s by %s", d, m.Version, shardDirs[0], first.Version)
		case m.Shard.Count != first.Shard.Count:
			return fmt.Errorf("%s is shard %v, %s is shard %v: the sweep was split two ways", d, m.Shard, shardDirs[0], first.Shard)
		case seen[m.Shard.Index] != "":
			return fmt.Errorf("%s and %s are both shard %v", seen[m.Shard.Index], d, m.Shard)
		case !m.Complete:
			return fmt.Errorf("shard %v in %s is incomplete (%d of %d runs): run it again with --resume", m.Shard, d, m.Done, m.Expected)
		}
		seen[m.Shard.Index] = d
	}
	if missing, any := missingShards(seen, first.Shard.Count); any {
		return fmt.Errorf("shards %s of %d are missing", missing, first.Shard.Count)
	}
	return nil
}

// samePlan refuses shards that are not of the plan in planFile as it is
// now, with its scenario file: the job that merges knows the plan it
// submitted, and so need not trust the shards' word for it.
func samePlan(planFile string, first *Manifest, dir string) error {
	p, err := LoadPlan(planFile)
	if err != nil {
		return err
	}
	_, sha, err := scenarioLoader(p.source())
	if err != nil {
		return err
	}
	if h := p.resolve(sha).hash(); h != first.PlanHash {
		return fmt.Errorf("%s is a shard of another sweep than the plan %s (plan hash %.12s, the plan's %.12s): the plan or its scenario changed, or these are another plan's shards", dir, planFile, first.PlanHash, h)
	}
	return nil
}

// prepareMerge makes dir ready for a merge without overwriting anything
// but an earlier merge of the same sweep.
func prepareMerge(dir string, first *Manifest, shardDirs []string) error {
	entries, err := entriesBut(dir, LockFile)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if old, err := readManifest(dir); err == nil {
		if old.Shard == nil && old.PlanHash == first.PlanHash && old.Merged != nil {
			return nil // an earlier merge of the same shards: same bytes again
		}
		return badInput(fmt.Errorf("merge: %s already holds a sweep: choose another directory", dir))
	}
	abs, _ := filepath.Abs(dir)
	for _, e := range entries {
		inside := false
		for _, s := range shardDirs {
			sa, _ := filepath.Abs(s)
			if rel, err := filepath.Rel(abs, sa); err == nil && strings.Split(rel, string(filepath.Separator))[0] == e.Name() {
				inside = true
			}
		}
		if !inside {
			return badInput(fmt.Errorf("merge: %s is not empty (%s): choose another directory", dir, e.Name()))
		}
	}
	return nil
}

// gatherSeries links (or, across file systems, copies) every shard's
// series files into dir/series.
func gatherSeries(dir string, shardDirs []string) error {
	out := filepath.Join(dir, "series")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, d := range shardDirs {
		files, err := os.ReadDir(filepath.Join(d, "series"))
		if err != nil {
			return err
		}
		for _, f := range files {
			src, dst := filepath.Join(d, "series", f.Name()), filepath.Join(out, f.Name())
			if strings.HasPrefix(f.Name(), ".") {
				continue // a temporary file of a killed run
			}
			os.Remove(dst)
			if os.Link(src, dst) == nil {
				continue
			}
			data, err := os.ReadFile(src)
			if err != nil {
				return err
			}
			if err := os.WriteFile(dst, data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeJournal writes a merged sweep's journal, so that its directory is
// like one a local sweep left (and --resume finds nothing to do).
func writeJournal(dir string, done map[int][]string) error {
	path := filepath.Join(dir, JournalFile)
	os.Remove(path)
	j, _, err := openJournal(path)
	if err != nil {
		return err
	}
	for _, k := range sortedRuns(done) {
		if err := j.append(done[k]); err != nil {
			j.close()
			return err
		}
	}
	return j.close()
}
