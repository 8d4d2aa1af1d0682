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

// overrides are the -set overrides, key=value, that put the constants of
// ds at x.
func overrides(ds []dim, x []float64) []string {
	sets := make([]string, len(ds))
	for k, d := range ds {
		sets[k] = fmt.Sprintf("%s=%.5g", d.key, x[k])
	}
	return sets
}

// starts are the dimensions' start values.
func starts(ds []dim) []float64 {
	x := make([]float64, len(ds))
	for k, d := range ds {
		x[k] = d.start
	}
	return x
}

// defaultValues maps every constant's key to its default.
func defaultValues() map[string]float64 {
	values := map[string]float64{}
	for _, p := range sim.ParamTable() {
		values[p.Key] = p.Default
	}
	return values
}

// descent is what a search found: its start and its best point.
type descent struct {
	start, best point
}

// search is a Nelder–Mead descent (reflection, expansion, contraction,
// shrink) within the bounds; it prints the best point after each step and
// at the end, and returns its start and the best point it found (with no
// iteration, the best vertex of the first simplex, which may be one of the
// start's neighbours).
func search(ctx context.Context, ev *evaluator, ds []dim, iters int, out io.Writer) (descent, error) {
	n := len(ds)
	eval := func(x []float64) (point, error) {
		for k, d := range ds {
			x[k] = math.Min(d.hi, math.Max(d.lo, x[k]))
		}
		sets := overrides(ds, x)
		reps, err := ev.reports(ctx, sets)
		if err != nil {
			return point{}, err
		}
		return point{x, sets, loss(reps, ev.weights), strings.Join(sets, " ") + " | " + summary(reps)}, nil
	}
	simplex := make([]point, 0, n+1)
	for k := -1; k < n; k++ {
		x := starts(ds)
		if k >= 0 {
			x[k] += 0.15 * (ds[k].hi - ds[k].lo)
		}
		p, err := eval(x)
		if err != nil {
			return descent{}, err
		}
		simplex = append(simplex, p)
	}
	start := simplex[0] // the start itself, before any sort
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
			return descent{}, err
		}
		switch {
		case r.loss < simplex[0].loss:
			e, err := eval(along(-2))
			if err != nil {
				return descent{}, err
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
				return descent{}, err
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
					return descent{}, err
				}
			}
		}
	}
	sort.SliceStable(simplex, func(a, b int) bool { return simplex[a].loss < simplex[b].loss })
	fmt.Fprintf(out, "best loss %.3f  %s\n", simplex[0].loss, simplex[0].desc)
	return descent{start, simplex[0]}, nil
}
