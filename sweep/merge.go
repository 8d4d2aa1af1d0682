package sweep

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Merge joins the directories of a sweep's shards into dir: the runs.csv
// and figures a single sweep of the plan gives, byte for byte, a journal
// of the same runs (in run order), and a sweep.json that also lists the
// shards it was merged from (the per-run series are linked, or copied,
// into dir/series). It refuses
// shards of different plans or versions, missing or repeated shards, and
// shards that are not complete. dir may be new, empty, hold the shard
// directories themselves, or hold an earlier merge of the same sweep.
func Merge(dir string, shardDirs []string, plots []string) (*Outcome, error) {
	if len(shardDirs) == 0 {
		return nil, errors.New("merge: no shard directories given")
	}
	var mans []*Manifest
	for _, d := range shardDirs {
		m, err := readManifest(d)
		if err != nil {
			return nil, fmt.Errorf("merge: %s holds no sweep: %w", d, err)
		}
		if m.Shard == nil {
			return nil, fmt.Errorf("merge: %s holds a whole sweep, not a shard", d)
		}
		mans = append(mans, m)
	}
	for i, m := range mans {
		if m.Shard.Count < 1 || m.Shard.Index < 0 || m.Shard.Index >= m.Shard.Count {
			return nil, fmt.Errorf("merge: %s: its manifest names shard %d of %d", shardDirs[i], m.Shard.Index, m.Shard.Count)
		}
	}
	first := mans[0]
	seen := make([]string, first.Shard.Count)
	for i, m := range mans {
		d := shardDirs[i]
		switch {
		case m.PlanHash != first.PlanHash:
			return nil, fmt.Errorf("merge: %s is a shard of another sweep than %s (plan hash %.12s, not %.12s)", d, shardDirs[0], m.PlanHash, first.PlanHash)
		case m.Version != first.Version:
			return nil, fmt.Errorf("merge: %s was run by entente %s, %s by %s", d, m.Version, shardDirs[0], first.Version)
		case m.Shard.Count != first.Shard.Count:
			return nil, fmt.Errorf("merge: %s is shard %v, %s is shard %v: the sweep was split two ways", d, m.Shard, shardDirs[0], first.Shard)
		case seen[m.Shard.Index] != "":
			return nil, fmt.Errorf("merge: %s and %s are both shard %v", seen[m.Shard.Index], d, m.Shard)
		case !m.Complete:
			return nil, fmt.Errorf("merge: shard %v in %s is incomplete (%d of %d runs): run it again with --resume", m.Shard, d, m.Done, m.Expected)
		}
		seen[m.Shard.Index] = d
	}
	var missing []string
	for i, d := range seen {
		if d == "" {
			missing = append(missing, strconv.Itoa(i))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("merge: shards %s of %d are missing", strings.Join(missing, ", "), first.Shard.Count)
	}
	done := map[int][]string{}
	for i, d := range shardDirs {
		if err := readShardRows(d, mans[i], done); err != nil {
			return nil, fmt.Errorf("merge: %w", err)
		}
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := prepareMerge(dir, first, shardDirs); err != nil {
		return nil, err
	}
	man := *first
	man.Shard, man.Expected, man.Done, man.Complete = nil, first.Runs, len(done), len(done) == first.Runs
	for i, d := range shardDirs {
		man.Merged = append(man.Merged, ShardSource{Dir: d, Runs: mans[i].Done})
	}
	if first.Plan.KeepSeries {
		if err := gatherSeries(dir, shardDirs); err != nil {
			return nil, err
		}
	}
	if err := writeJournal(dir, done); err != nil {
		return nil, err
	}
	out := &Outcome{Dir: dir, Done: man.Done, Expected: man.Expected, Complete: man.Complete}
	return out, finish(dir, &man, done, plots, out)
}

// readShardRows reads a shard's runs.csv into done, checking its header
// and that it holds exactly the shard's runs.
func readShardRows(dir string, m *Manifest, done map[int][]string) error {
	f, err := os.Open(filepath.Join(dir, RunsFile))
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(dir, RunsFile), err)
	}
	if !slices.Equal(header, m.Columns) {
		return fmt.Errorf("%s: its columns are not the manifest's", filepath.Join(dir, RunsFile))
	}
	n := 0
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(dir, RunsFile), err)
		}
		k, err := strconv.Atoi(row[0])
		if err != nil || k < 0 || k >= m.Runs || !m.Shard.Has(k) {
			return fmt.Errorf("%s: run %q does not belong to shard %v", filepath.Join(dir, RunsFile), row[0], m.Shard)
		}
		if _, dup := done[k]; dup {
			return fmt.Errorf("%s: run %d appears twice", filepath.Join(dir, RunsFile), k)
		}
		done[k] = row
		n++
	}
	if n != m.Expected {
		return fmt.Errorf("%s: %d runs, shard %v has %d", filepath.Join(dir, RunsFile), n, m.Shard, m.Expected)
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
		return fmt.Errorf("merge: %s already holds a sweep: choose another directory", dir)
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
			return fmt.Errorf("merge: %s is not empty (%s): choose another directory", dir, e.Name())
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
