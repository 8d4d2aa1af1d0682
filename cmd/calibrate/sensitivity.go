package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"entente/validate"
)

// calibrated are the constants the calibration moves and the robustness
// check perturbs.
var calibrated = []string{"k", "x0", "eta", "psi0", "f", "lambda", "share_rise", "mu", "nu", "tau_mean", "deliberation", "exit_patience", "regime_new", "chi", "beta_a", "h_rival", "h_ideo",
	"h_reg", "h_scope", "kappa_admit", "kappa_stay", "c_commit", "c_over", "v_form", "beta_i", "iota", "h_lo", "phi_front", "focus", "a_comm",
	"h_hi", "w2", "a_reg", "war_match", "war_cap", "war_effort", "war_ratchet", "ratchet_fade", "regime_fall", "revert_kept", "revert_rate"}

func newFlagSet(mode string) *flag.FlagSet { return flag.NewFlagSet(mode, flag.ContinueOnError) }

// robustness moves each constant by −step and +step of its value, one at a
// time, and prints, for each, the targets held in every era and the targets
// that held at the defaults and are lost.
func robustness(ctx context.Context, ev *evaluator, keys []string, step float64, out io.Writer) error {
	base, err := ev.reports(ctx, nil)
	if err != nil {
		return err
	}
	values := defaultValues()
	for _, s := range ev.base {
		if k, v, ok := strings.Cut(s, "="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				values[strings.TrimPrefix(k, "model.")] = f
			}
		}
	}
	fmt.Fprintf(out, "at the defaults, %d seeds: %s\n\n", ev.seeds, summary(base))
	fmt.Fprintf(out, "| constant | value | −%.0f %%: targets held | lost | +%.0f %%: targets held | lost |\n", 100*step, 100*step)
	fmt.Fprintln(out, "| --- | --- | --- | --- | --- | --- |")
	worst, moves, mild, heldSum, heldMin := 0, 0, 0, 0, math.MaxInt
	for _, key := range keys {
		v, ok := values[key]
		if !ok {
			return fmt.Errorf("unknown constant %q", key)
		}
		row := []string{"`" + key + "`", strconv.FormatFloat(v, 'g', 4, 64)}
		for _, f := range []float64{1 - step, 1 + step} {
			reps, err := ev.reports(ctx, []string{fmt.Sprintf("%s=%g", key, f*v)})
			if err != nil {
				return err
			}
			l := lost(base, reps)
			n := targetsIn(l) // further checks are listed, not counted
			worst = max(worst, n)
			moves++
			if n <= 2 {
				mild++
			}
			h, _ := heldOf(reps)
			heldSum += h
			heldMin = min(heldMin, h)
			row = append(row, summary(reps), fmt.Sprintf("%d: %s", n, strings.Join(l, "; ")))
		}
		fmt.Fprintf(out, "| %s |\n", strings.Join(row, " | "))
	}
	fmt.Fprintf(out, "\nthe most targets one change loses: %d\n", worst)
	if moves > 0 {
		p, n := heldOf(base)
		fmt.Fprintf(out, "moves that lose at most two: %d of %d; targets held over the moves: %.1f of %d on average, the worst %d (%d at the defaults)\n",
			mild, moves, float64(heldSum)/float64(moves), n, heldMin, p)
	}
	return nil
}

// heldOf sums held over the eras: the targets held and scored.
func heldOf(reps []*validate.Report) (pass, total int) {
	for _, rep := range reps {
		p, n := held(rep)
		pass, total = pass+p, total+n
	}
	return pass, total
}

// lost lists the targets that hold in base and not in reps, by scenario,
// further checks marked as such (changes).
func lost(base, reps []*validate.Report) []string {
	var out []string
	for k, rep := range reps {
		l, _ := changes(base[k], rep)
		for _, name := range l {
			out = append(out, label(rep)+": "+name)
		}
	}
	slices.Sort(out)
	return out
}

// targetsIn counts the targets of a list from lost or changes, further
// checks apart.
func targetsIn(names []string) int {
	n := 0
	for _, name := range names {
		if !strings.HasSuffix(name, furtherCheck) {
			n++
		}
	}
	return n
}
