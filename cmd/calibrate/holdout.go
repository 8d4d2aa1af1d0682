package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"entente/sim"
	"entente/validate"
)

// holdout is leave-one-era-out cross-validation: for each era in turn, the
// constants are searched on the other eras alone (the same descent, the
// same loss, from the same start), and the era left out is scored at the
// start and at the constants found without it. A form that holds only
// where it was fitted loses targets in the era it did not see; the
// constants of every era's fold show which of them the data pin down and
// which one era alone decides.
//
// It prints a table, one row per era left out, and, with verbose, each
// search's progress before it.
func holdout(ctx context.Context, names, base []string, seeds int, margin float64, ds []dim, iters int, verbose bool, out io.Writer) error {
	if len(names) < 2 {
		return fmt.Errorf("holdout needs two scenarios or more, got %d", len(names))
	}
	start := make([]string, len(ds))
	for k, d := range ds {
		start[k] = fmt.Sprintf("%s=%.5g", d.key, d.start)
	}
	type row struct {
		out                  string
		trainedOn            []string
		trainStart, trainEnd point
		before, after        *validate.Report
	}
	var rows []row
	for _, name := range names {
		others := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == name })
		train, err := newEvaluator(others, base, seeds)
		if err != nil {
			return err
		}
		train.margin = margin
		progress := io.Discard
		if verbose {
			progress = out
			fmt.Fprintf(out, "# %s left out: search on %s\n", name, strings.Join(others, ", "))
		}
		best, err := search(ctx, train, ds, iters, progress)
		if err != nil {
			return err
		}
		startReps, err := train.reports(ctx, start)
		if err != nil {
			return err
		}
		test, err := newEvaluator([]string{name}, base, seeds)
		if err != nil {
			return err
		}
		before, err := test.reports(ctx, start)
		if err != nil {
			return err
		}
		after, err := test.reports(ctx, best.sets)
		if err != nil {
			return err
		}
		rows = append(rows, row{name, others, point{loss: loss(startReps, margin)}, best, before[0], after[0]})
	}
	fmt.Fprintf(out, "leave-one-era-out: %d iterations on the other eras, %d seeds; targets held in the era left out\n\n", iters, seeds)
	fmt.Fprintln(out, "| left out | searched on | their loss: start → found | left out: at the start | at the constants found without it | lost | gained | constants found |")
	fmt.Fprintln(out, "|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		p0, n := held(r.before)
		p1, _ := held(r.after)
		fmt.Fprintf(out, "| %s | %s | %.3f → %.3f | %d/%d | %d/%d | %s | %s | %s |\n",
			r.out, strings.Join(r.trainedOn, ", "), r.trainStart.loss, r.trainEnd.loss,
			p0, n, p1, n, orNone(lost([]*validate.Report{r.before}, []*validate.Report{r.after})),
			orNone(lost([]*validate.Report{r.after}, []*validate.Report{r.before})), strings.Join(r.trainEnd.sets, " "))
	}
	return nil
}

// orNone joins target names, or says none.
func orNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "; ")
}

// budgetConstants are the constants the last searches moved
// (docs/CALIBRATION.md): holdout's dimensions when none are given.
var budgetConstants = []string{"k", "x0", "eta", "nu", "tau_mean", "psi0", "mu", "lambda"}

// holdoutDims parses the dimensions given, or makes the default ones: each
// budget constant from its default, within half and twice it (narrowed to
// its range).
func holdoutDims(s string) ([]dim, error) {
	if s != "" {
		return parseDims(s)
	}
	defaults := map[string]float64{}
	for _, p := range sim.ParamTable() {
		defaults[p.Key] = p.Default
	}
	var parts []string
	for _, key := range budgetConstants {
		v := defaults[key]
		parts = append(parts, fmt.Sprintf("%s:%g:%g:%g", key, v, v/2, 2*v))
	}
	return parseDims(strings.Join(parts, ","))
}
