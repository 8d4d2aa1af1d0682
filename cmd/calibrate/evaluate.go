package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"entente/scenarios"
	"entente/validate"
)

// evaluator runs the historical scenarios with a base set of overrides and
// scores them, all eras at once: one set of constants must serve them all.
type evaluator struct {
	scenarios []string
	base      []string
	seeds     int
	weights   weights // what the loss counts beyond the shortfall of runs
	ticks     []int   // the tick lengths every scenario is run at (nil: its own)
	hist      map[string]*validate.History
}

func newEvaluator(names []string, base []string, seeds int) (*evaluator, error) {
	ev := &evaluator{scenarios: names, base: base, seeds: seeds, hist: map[string]*validate.History{}}
	for _, name := range names {
		h, err := validate.LoadHistory(scenarios.Data, name)
		if err != nil {
			return nil, err
		}
		if !validate.Judges(name, h) {
			return nil, fmt.Errorf("scenario %q has no historical targets", name)
		}
		ev.hist[name] = h
	}
	return ev, nil
}

// reports runs every scenario with the overrides and scores it, once at
// each of the evaluator's tick lengths (a tick length is a scenario
// override, applied before the others).
func (e *evaluator) reports(ctx context.Context, sets []string) ([]*validate.Report, error) {
	ticks := e.ticks
	if len(ticks) == 0 {
		ticks = []int{0}
	}
	var out []*validate.Report
	for _, name := range e.scenarios {
		for _, tpy := range ticks {
			var over []string
			if tpy > 0 {
				over = append(over, "scenario.ticks_per_year="+strconv.Itoa(tpy))
			}
			over = append(append(over, e.base...), sets...)
			sc, err := scenarios.Load(name, over)
			if err != nil {
				return nil, err
			}
			rep, err := validate.Evaluate(ctx, sc.Config, e.hist[name], e.seeds, 0)
			if err != nil {
				return nil, err
			}
			out = append(out, rep)
		}
	}
	return out, nil
}

// parseTicks reads -ticks: tick lengths of 1, 4 or 12 a year,
// comma-separated ("" for each scenario's own).
func parseTicks(list string) ([]int, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(list, ",") {
		tpy, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || (tpy != 1 && tpy != 4 && tpy != 12) {
			return nil, fmt.Errorf("-ticks takes 1, 4 or 12, comma-separated; got %q", f)
		}
		out = append(out, tpy)
	}
	return out, nil
}

// weights are what the loss counts beyond each target's shortfall of runs.
type weights struct {
	// margin is a share of runs beyond the share needed: a quarter of each
	// target's shortfall from it counts too.
	margin float64
	// center weighs how far a target's median lies from the middle of a
	// band drawn around history's figure, beyond half its half-width
	// (offCentre).
	center float64
}

// loss sums, over the targets of every report, how far each falls short of
// the share of runs it needs, plus a tenth of the distance of its median
// from its band (in band widths, at most 3), so that the search has a
// slope where no run meets a target yet. With a margin above the share
// needed, a quarter of the shortfall from the margin counts too: a target
// held in 11 runs of 20 is lost by a small move of a constant (the
// robustness criterion), one held in 18 is not. With a centre weight, so
// does a median near its band's edge, for the same reason: a target held
// in 20 runs of 20 on its band's edge is lost by any move that pushes it
// out. Further checks count three tenths; rows of information nothing.
func loss(reps []*validate.Report, w weights) float64 {
	total := 0.0
	for _, rep := range reps {
		for _, r := range rep.Results {
			if r.Info {
				continue
			}
			d := max(0, r.Required()-r.ShareInBand())
			if d > 0 {
				d += 0.1 * distance(r)
			}
			if w.margin > r.Required() {
				d += marginWeight * max(0, w.margin-r.ShareInBand())
			}
			d += w.center * offCentre(r)
			if r.Extra {
				d *= 0.3
			}
			total += d
		}
	}
	return total
}

// marginWeight weighs the shortfall from the margin against that from the
// share needed.
const marginWeight = 0.25

// offCentre is how far a result's median lies from the middle of its band,
// in half-widths, beyond half a half-width (0 in the band's middle half;
// 0.5 on its edge; at most 1.5), for a band drawn around history's figure
// (validate.Target.Centred: the defence shares); 0 for any other band,
// whose middle is not history's (κ ≥ 0.80 is stored as [0.80, 1], "18 of
// 18" as [90 %, 100 %]), and for an undefined median.
func offCentre(r validate.Result) float64 {
	half := (r.Hi - r.Lo) / 2
	if !r.Centred || math.IsNaN(r.Median) || !(half > 0) || math.IsInf(half, 0) || half > 1e6 {
		return 0
	}
	mid := r.Lo + half
	return min(1.5, max(0, math.Abs(r.Median-mid)/half-0.5))
}

// distance is how far a result's median lies from its band, in band widths
// (a width of 1 for open or degenerate bands), at most 3; 3 when the
// measure is undefined in every run.
func distance(r validate.Result) float64 {
	if math.IsNaN(r.Median) {
		return 3
	}
	width := r.Hi - r.Lo
	if width <= 0 || math.IsInf(width, 0) || width > 1e6 {
		width = 1
	}
	switch {
	case r.Median < r.Lo:
		return min(3, (r.Lo-r.Median)/width)
	case r.Median > r.Hi:
		return min(3, (r.Median-r.Hi)/width)
	}
	return 0
}

// held counts the targets a report holds and scores, further checks apart.
func held(rep *validate.Report) (pass, total int) {
	return rep.Passed, rep.Passed + rep.Failed
}

// failing names the targets a report fails, with their medians and the
// runs in their bands.
func failing(rep *validate.Report) string {
	var out []string
	for _, r := range rep.Results {
		if !r.Info && !r.Pass {
			v := r.Median
			if r.Unit == "%" || r.Unit == "points" {
				v *= 100
			}
			out = append(out, fmt.Sprintf("%s = %.3g (%d/%d)", strings.TrimSpace(r.Name), v, r.InBand, r.Runs))
		}
	}
	return strings.Join(out, "; ")
}
