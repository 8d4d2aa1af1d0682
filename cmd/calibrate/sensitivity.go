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
	"entente/validate"
)

// sensitivity moves each constant by −20 % and +20 %, one at a time, and
// prints what moves: the targets that hold, and the three targets whose
// mean moves most (in band widths).
func sensitivity(ctx context.Context, ev *evaluator, keys []string, out io.Writer) error {
	base, err := ev.report(ctx, nil)
	if err != nil {
		return err
	}
	values := map[string]float64{}
	for _, p := range sim.ParamTable() {
		values[p.Key] = p.Default
	}
	for _, s := range ev.base {
		if k, v, ok := strings.Cut(s, "="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				values[strings.TrimPrefix(k, "model.")] = f
			}
		}
	}
	fmt.Fprintf(out, "%s over %d seeds: %d of %d targets hold at the defaults.\n\n", ev.scenario, ev.seeds, base.Passed, base.Passed+base.Failed)
	fmt.Fprintln(out, "| constant | value | −20 %: targets held | +20 %: targets held | what moves most (mean at −20 % → +20 %) |")
	fmt.Fprintln(out, "| --- | --- | --- | --- | --- |")
	for _, key := range keys {
		v, ok := values[key]
		if !ok {
			return fmt.Errorf("unknown constant %q", key)
		}
		lo, err := ev.report(ctx, []string{fmt.Sprintf("%s=%g", key, 0.8*v)})
		if err != nil {
			return err
		}
		hi, err := ev.report(ctx, []string{fmt.Sprintf("%s=%g", key, 1.2*v)})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "| `%s` | %g | %d | %d | %s |\n", key, v, lo.Passed, hi.Passed, moves(lo, hi))
	}
	return nil
}

// moves names the three targets whose means differ most between two
// reports, in band widths.
func moves(a, b *validate.Report) string {
	type move struct {
		name     string
		from, to float64
		by       float64
		unit     string
	}
	var ms []move
	for k, r := range a.Results {
		s := b.Results[k]
		if r.Info || r.Extra || math.IsNaN(r.Mean) || math.IsNaN(s.Mean) {
			continue
		}
		width := r.Hi - r.Lo
		if width <= 0 || math.IsInf(width, 0) {
			width = 1
		}
		ms = append(ms, move{strings.TrimSpace(r.Name), r.Mean, s.Mean, math.Abs(s.Mean-r.Mean) / width, r.Unit})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].by > ms[j].by })
	var out []string
	for _, m := range ms[:min(3, len(ms))] {
		if m.by < 0.05 {
			break
		}
		f, t := m.from, m.to
		format := "%s %.3g → %.3g"
		switch m.unit {
		case "%":
			f, t = 100*f, 100*t
		case "year":
			format = "%s %.1f → %.1f"
		}
		out = append(out, fmt.Sprintf(format, m.name, f, t))
	}
	if len(out) == 0 {
		return "nothing much"
	}
	return strings.Join(out, "; ")
}
