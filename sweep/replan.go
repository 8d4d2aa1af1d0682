package sweep

import (
	"errors"
	"fmt"
	"strings"
)

// planOf rebuilds the plan a sweep.json records. Merge has the shards'
// directories, not the plan file, and checks every row against this plan:
// its run's point, seed and swept values. Counts are checked against the
// limits a plan file is held to before anything is sized by them, so a
// forged manifest cannot make merge allocate more than a real sweep would.
// The caller checks that the plan hashes to the manifest's plan_hash,
// which also shows that nothing was lost in rebuilding it.
func planOf(r ResolvedPlan) (*Plan, error) {
	p := &Plan{Scenario: r.Scenario, Sets: r.Sets, Seed: r.Seed, Design: r.Design, Points: r.Points,
		Reps: r.Reps, KeepSeries: r.KeepSeries}
	switch r.Design {
	case Grid:
		if r.Points != 0 {
			return nil, errors.New("a grid with points")
		}
	case LHS:
		if r.Points < 1 || r.Points > maxLHSPoints || len(r.Params) == 0 {
			return nil, fmt.Errorf("a Latin hypercube of %d points over %d parameters (want 1 to %d points, one or more parameters)", r.Points, len(r.Params), maxLHSPoints)
		}
	default:
		return nil, fmt.Errorf("unknown design %q", r.Design)
	}
	if r.Reps < 1 || r.Reps > maxRuns {
		return nil, fmt.Errorf("reps %d (want 1 to %d)", r.Reps, maxRuns)
	}
	for _, rp := range r.Params {
		q, err := paramOf(rp, r.Design)
		if err != nil {
			return nil, fmt.Errorf("param %q: %w", rp.Key, err)
		}
		p.Params = append(p.Params, q)
	}
	if n := p.PointCount(); n < 1 || n > maxRuns/p.Reps {
		return nil, fmt.Errorf("%d points × %d reps: want 1 to %d runs", n, p.Reps, maxRuns)
	}
	if len(r.Metrics) == 0 {
		return nil, errors.New("no metrics")
	}
	for _, name := range r.Metrics {
		m, err := ParseMetric(name)
		if err != nil {
			return nil, err
		}
		p.Metrics = append(p.Metrics, m)
	}
	return p, nil
}

// paramOf rebuilds one swept parameter: a grid's list of values, or a
// Latin hypercube's distribution as Dist.String wrote it.
func paramOf(rp ResolvedParam, design string) (Param, error) {
	q := Param{Key: rp.Key}
	switch {
	case rp.Key == "":
		return q, errors.New("no key")
	case len(rp.Values) > 0 && rp.Distribution == "":
		if len(rp.Values) > maxValues {
			return q, fmt.Errorf("%d values, more than %d", len(rp.Values), maxValues)
		}
		q.Values = rp.Values
	case len(rp.Values) == 0 && rp.Distribution != "" && design == LHS:
		d, err := parseDist(rp.Distribution)
		if err != nil {
			return q, err
		}
		q.Dist = d
	default:
		return q, errors.New("want values, or a distribution in a Latin hypercube")
	}
	return q, nil
}

// parseDist reads what Dist.String writes: uniform(MIN,MAX),
// loguniform(MIN,MAX) or normal(MEAN,SD).
func parseDist(s string) (*Dist, error) {
	kind, args, ok := strings.Cut(s, "(")
	if !ok || !strings.HasSuffix(args, ")") {
		return nil, fmt.Errorf("distribution %q: want KIND(A,B)", s)
	}
	xs, err := floats(strings.TrimSuffix(args, ")"), ",", 2)
	if err != nil {
		return nil, fmt.Errorf("distribution %q: %v", s, err)
	}
	d := &Dist{Kind: kind}
	if kind == "normal" {
		d.Mean, d.SD = xs[0], xs[1]
	} else {
		d.Min, d.Max = xs[0], xs[1]
	}
	if msg := d.check(); msg != "" {
		return nil, errors.New(msg)
	}
	return d, nil
}
