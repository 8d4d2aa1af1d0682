package main

import (
	"context"
	"fmt"
	"math"
	"strings"

	"entente/scenarios"
	"entente/validate"
)

// evaluator scores a set of overrides against a scenario's targets.
type evaluator struct {
	scenario string
	base     []string
	seeds    int
	margin   float64 // search: share of each band's width kept clear at both ends
	hist     *validate.History
}

func newEvaluator(scenario string, base []string, seeds int) (*evaluator, error) {
	hist, err := validate.LoadHistory(scenarios.Data, scenario)
	if err != nil {
		return nil, err
	}
	if !validate.HasTargets(scenario) {
		return nil, fmt.Errorf("scenario %q has no historical targets", scenario)
	}
	return &evaluator{scenario: scenario, base: base, seeds: seeds, hist: hist}, nil
}

// report runs the scenario with the overrides and scores it.
func (e *evaluator) report(ctx context.Context, sets []string) (*validate.Report, error) {
	sc, err := scenarios.Load(e.scenario, append(append([]string(nil), e.base...), sets...))
	if err != nil {
		return nil, err
	}
	return validate.Evaluate(ctx, sc.Config, e.hist, e.seeds, 0)
}

// loss sums, over the targets, the distance of the mean from the band in
// band widths (half a width for a target that fails only because it is
// undefined in some runs; further checks count three tenths). With a
// margin, each band is first narrowed by that share of its width at both
// ends, so that the search prefers constants that hold the targets with
// room to spare over ones on an edge.
func loss(rep *validate.Report, margin float64) float64 {
	total := 0.0
	for _, r := range rep.Results {
		if r.Info {
			continue
		}
		width := r.Hi - r.Lo
		if width <= 0 || math.IsInf(width, 0) {
			width = 1
		}
		lo, hi := r.Lo, r.Hi
		if !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
			lo, hi = lo+margin*width, hi-margin*width
		}
		d := 0.0
		switch {
		case math.IsNaN(r.Mean):
			d = 2
		case r.Mean < lo:
			d = (lo - r.Mean) / width
		case r.Mean > hi:
			d = (r.Mean - hi) / width
		case !r.Pass:
			d = 0.5
		}
		if r.Extra {
			d *= 0.3
		}
		total += d
	}
	return total
}

// failing names the targets a report fails, with their means.
func failing(rep *validate.Report) string {
	var out []string
	for _, r := range rep.Results {
		if !r.Info && !r.Pass {
			v := r.Mean
			if r.Unit == "%" {
				v *= 100
			}
			out = append(out, fmt.Sprintf("%s = %.4g", strings.TrimSpace(r.Name), v))
		}
	}
	return strings.Join(out, "; ")
}
