package sweep

import (
	"fmt"
	"path/filepath"
	"slices"
)

// shardPlan checks a shard's sweep.json against itself and returns the
// plan it records, against which the shard's rows are checked. The
// plan must hash to the manifest's plan_hash (so the plan merge checks
// rows against is the one the shards agree on), and every count must be
// the plan's: nothing merge sizes by a count is sized by a forged one.
func shardPlan(dir string, m *Manifest) (*Plan, error) {
	file := filepath.Join(dir, ManifestFile)
	p, err := planOf(m.Plan)
	if err != nil {
		return nil, fmt.Errorf("%s: its plan is not one entente writes: %w", file, err)
	}
	if h := p.resolve(m.Plan.ScenarioSHA256).hash(); h != m.PlanHash {
		return nil, fmt.Errorf("%s: its plan hashes to %.12s, not to its plan_hash %.12s: the file was edited", file, h, m.PlanHash)
	}
	runs, s := p.Runs(), m.Shard
	switch {
	case m.Points != p.PointCount() || m.Runs != runs:
		return nil, fmt.Errorf("%s: it counts %d points and %d runs, its plan %d and %d", file, m.Points, m.Runs, p.PointCount(), runs)
	case s.Count < 1 || s.Count > runs || s.Index < 0 || s.Index >= s.Count:
		return nil, fmt.Errorf("%s: its manifest names shard %d of %d; a sweep of %d runs has 1 to %d shards", dir, s.Index, s.Count, runs, runs)
	case m.Expected != s.Size(runs):
		return nil, fmt.Errorf("%s: shard %v of %d runs holds %d, not %d", file, s, runs, s.Size(runs), m.Expected)
	case m.Done < 0 || m.Done > m.Expected || m.Complete != (m.Done == m.Expected):
		return nil, fmt.Errorf("%s: %d of %d runs done, complete %v: these do not fit", file, m.Done, m.Expected, m.Complete)
	case !slices.Equal(m.Columns, p.Columns()):
		return nil, fmt.Errorf("%s: its columns are not its plan's", file)
	}
	return p, nil
}

// maxMissing bounds how many missing shards a message lists.
const maxMissing = 20

// missingShards lists the shard indices below count that seen lacks,
// the first maxMissing of them and a count of the rest. It allocates
// nothing by count: seen holds only the shards given.
func missingShards(seen map[int]string, count int) (string, bool) {
	var out string
	n := 0
	for i := range count {
		if _, ok := seen[i]; ok {
			continue
		}
		if n < maxMissing {
			if n > 0 {
				out += ", "
			}
			out += fmt.Sprint(i)
		}
		n++
	}
	if n > maxMissing {
		out += fmt.Sprintf(" and %d more", n-maxMissing)
	}
	return out, n > 0
}
