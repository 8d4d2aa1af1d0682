package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"entente/sim"
)

// dim is one constant the search moves, with its start and bounds.
type dim struct {
	key           string
	start, lo, hi float64
}

func parseDims(s string) ([]dim, error) {
	if s == "" {
		return nil, fmt.Errorf("search needs -dims key:start:lo:hi,…")
	}
	var ds []dim
	for _, part := range strings.Split(s, ",") {
		f := strings.Split(part, ":")
		if len(f) != 4 {
			return nil, fmt.Errorf("dimension %q: want key:start:lo:hi", part)
		}
		d := dim{key: f[0]}
		for k, p := range []*float64{&d.start, &d.lo, &d.hi} {
			v, err := strconv.ParseFloat(f[k+1], 64)
			if err != nil {
				return nil, fmt.Errorf("dimension %q: %v", part, err)
			}
			*p = v
		}
		if err := clipToRange(&d); err != nil {
			return nil, fmt.Errorf("dimension %q: %v", part, err)
		}
		ds = append(ds, d)
	}
	return ds, nil
}

// clipToRange narrows a dimension's bounds to the range its key admits
// (sim.ParamTable), so that a search never proposes a value the scenario
// loader refuses (h_ideo above 1 ended a search of hundreds of runs).
func clipToRange(d *dim) error {
	for _, info := range sim.ParamTable() {
		if info.Key != d.key {
			continue
		}
		lo, hi, err := info.Ends()
		if err != nil {
			return err
		}
		d.lo, d.hi = math.Max(d.lo, lo), math.Min(d.hi, hi)
		if d.lo > d.hi {
			return fmt.Errorf("bounds outside %s's range %s", d.key, info.Range)
		}
		d.start = math.Min(d.hi, math.Max(d.lo, d.start))
		return nil
	}
	return fmt.Errorf("unknown constant %q", d.key)
}

type point struct {
	x    []float64
	sets []string // the overrides, key=value, of x
	loss float64
	desc string
}

// search is a Nelder–Mead descent (reflection, expansion, contraction,
// shrink) within the bounds; it prints the best point after each step and
// returns the best it found.
func search(ctx context.Context, ev *evaluator, ds []dim, iters int, out io.Writer) (point, error) {
	n := len(ds)
	eval := func(x []float64) (point, error) {
		sets := make([]string, n)
		for k, d := range ds {
			x[k] = math.Min(d.hi, math.Max(d.lo, x[k]))
			sets[k] = fmt.Sprintf("%s=%.5g", d.key, x[k])
		}
		reps, err := ev.reports(ctx, sets)
		if err != nil {
			return point{}, err
		}
		return point{x, sets, loss(reps, ev.margin), strings.Join(sets, " ") + " | " + summary(reps)}, nil
	}
	simplex := make([]point, 0, n+1)
	for k := -1; k < n; k++ {
		x := make([]float64, n)
		for j, d := range ds {
			x[j] = d.start
		}
		if k >= 0 {
			x[k] += 0.15 * (ds[k].hi - ds[k].lo)
		}
		p, err := eval(x)
		if err != nil {
			return point{}, err
		}
		simplex = append(simplex, p)
	}
	for it := range iters {
		sort.SliceStable(simplex, func(a, b int) bool { return simplex[a].loss < simplex[b].loss })
		fmt.Fprintf(out, "%3d loss %.3f  %s\n", it, simplex[0].loss, simplex[0].desc)
		centroid := make([]float64, n)
		for _, p := range simplex[:n] {
			for k := range centroid {
				centroid[k] += p.x[k] / float64(n)
			}
		}
		along := func(t float64) []float64 {
			x := make([]float64, n)
			for k := range x {
				x[k] = centroid[k] + t*(simplex[n].x[k]-centroid[k])
			}
			return x
		}
		r, err := eval(along(-1))
		if err != nil {
			return point{}, err
		}
		switch {
		case r.loss < simplex[0].loss:
			e, err := eval(along(-2))
			if err != nil {
				return point{}, err
			}
			if e.loss < r.loss {
				r = e
			}
			simplex[n] = r
		case r.loss < simplex[n-1].loss:
			simplex[n] = r
		default:
			c, err := eval(along(0.5))
			if err != nil {
				return point{}, err
			}
			if c.loss < simplex[n].loss {
				simplex[n] = c
				continue
			}
			for k := 1; k <= n; k++ {
				x := make([]float64, n)
				for j := range x {
					x[j] = simplex[0].x[j] + 0.5*(simplex[k].x[j]-simplex[0].x[j])
				}
				if simplex[k], err = eval(x); err != nil {
					return point{}, err
				}
			}
		}
	}
	sort.SliceStable(simplex, func(a, b int) bool { return simplex[a].loss < simplex[b].loss })
	return simplex[0], nil
}
