package sweep

import (
	"fmt"
	"math"
	"strconv"
)

// rowChecker checks a row of runs.csv against the plan: the run's point,
// seed and swept values are the plan's alone (a run's seed comes from the
// master seed and its index), so a row whose seed or values were edited,
// or a row of another sweep, cannot pass; metrics must be numbers or NA.
type rowChecker struct {
	plan   *Plan
	design *Design
	runs   int
	cols   int
	bytes  int64 // the most bytes a row of the table can take as CSV
}

func newRowChecker(p *Plan) *rowChecker {
	return &rowChecker{plan: p, design: NewDesign(p), runs: p.Runs(), cols: len(p.Columns()), bytes: rowBytes(p)}
}

// check returns the run a row is of, or what is wrong with it.
func (c *rowChecker) check(row []string, s *Shard) (int, error) {
	if len(row) != c.cols {
		return 0, fmt.Errorf("%d fields, not %d", len(row), c.cols)
	}
	k, err := strconv.Atoi(row[0])
	if err != nil || k < 0 || k >= c.runs || !s.Has(k) || row[0] != strconv.Itoa(k) {
		return 0, fmt.Errorf("run %q does not belong to shard %v", row[0], s)
	}
	point := k / c.plan.Reps
	if want := strconv.Itoa(point); row[1] != want {
		return k, fmt.Errorf("run %d is of point %s, not %q", k, want, row[1])
	}
	if want := strconv.FormatUint(RunSeed(c.plan.Seed, k), 10); row[2] != want {
		return k, fmt.Errorf("run %d has seed %q, but the plan gives it seed %s", k, row[2], want)
	}
	for j, v := range c.design.Point(point) {
		q := c.plan.Params[j]
		if want := q.label(v); row[3+j] != want {
			return k, fmt.Errorf("run %d has %s = %q, but the plan gives point %d %s = %q", k, q.Key, row[3+j], point, q.Key, want)
		}
	}
	for i, m := range c.plan.Metrics {
		if v := row[3+len(c.plan.Params)+i]; !isCell(v) {
			return k, fmt.Errorf("run %d has %s = %q, not a number or %s", k, m.Name, v, na)
		}
	}
	return k, nil
}

// isCell reports whether s is a metric's value as a sweep writes it: a
// finite number or NA.
func isCell(s string) bool {
	if s == na {
		return true
	}
	x, err := strconv.ParseFloat(s, 64)
	return err == nil && !math.IsInf(x, 0) && !math.IsNaN(x)
}

// rowBytes bounds the bytes of one row of the plan's table as CSV: each
// field at most doubled by quoting, with its quotes and comma. Merge
// reads no more than this per run, so memory follows the plan.
func rowBytes(p *Plan) int64 {
	const number = 32 // an index, a seed or a metric: 25 characters at most
	n := int64(3*number + 1)
	for _, q := range p.Params {
		w := number // a number sampled from a distribution
		for _, v := range q.Values {
			w = max(w, len(q.label(v)))
		}
		n += int64(2*w + 3)
	}
	return n + int64(len(p.Metrics))*(number+1)
}

// headerBytes bounds the header line the same way.
func headerBytes(columns []string) int64 {
	n := int64(1)
	for _, c := range columns {
		n += int64(2*len(c) + 3)
	}
	return n
}
