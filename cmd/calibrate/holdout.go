package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

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
// search's progress before it. A constant found on a bound of its search
// is marked with *: the bound, not the data, stopped it.
func holdout(ctx context.Context, names, base []string, seeds int, w weights, ds []dim, iters int, verbose bool, out io.Writer) error {
	if len(names) < 2 {
		return fmt.Errorf("holdout needs two scenarios or more, got %d", len(names))
	}
	type fold struct {
		leftOut, searchedOn []string
		found               descent
		atStart, atFound    *validate.Report
	}
	var folds []fold
	for _, name := range names {
		others := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == name })
		train, err := newEvaluator(others, base, seeds)
		if err != nil {
			return err
		}
		train.weights = w
		progress := io.Discard
		if verbose {
			progress = out
			fmt.Fprintf(out, "# %s left out: search on %s\n", name, strings.Join(others, ", "))
		}
		found, err := search(ctx, train, ds, iters, progress)
		if err != nil {
			return err
		}
		test, err := newEvaluator([]string{name}, base, seeds)
		if err != nil {
			return err
		}
		atStart, err := test.reports(ctx, found.start.sets)
		if err != nil {
			return err
		}
		atFound, err := test.reports(ctx, found.best.sets)
		if err != nil {
			return err
		}
		folds = append(folds, fold{[]string{name}, others, found, atStart[0], atFound[0]})
	}
	fmt.Fprintf(out, "leave-one-era-out: %d iterations on the other eras, %d seeds; targets held in the era left out (* a constant on a bound of its search)\n\n", iters, seeds)
	fmt.Fprintln(out, "| left out | searched on | their loss: start → found | left out: at the start | at the constants found without it | lost | gained | constants found |")
	fmt.Fprintln(out, "|---|---|---|---|---|---|---|---|")
	for _, f := range folds {
		p0, n := held(f.atStart)
		p1, _ := held(f.atFound)
		lost, gained := changes(f.atStart, f.atFound)
		fmt.Fprintf(out, "| %s | %s | %.3f → %.3f | %d/%d | %d/%d | %s | %s | %s |\n",
			f.leftOut[0], strings.Join(f.searchedOn, ", "), f.found.start.loss, f.found.best.loss,
			p0, n, p1, n, orNone(lost), orNone(gained), onBounds(ds, f.found.best))
	}
	return nil
}

// furtherCheck marks a further check in the lists of lost and gained
// targets.
const furtherCheck = " (further check)"

// changes lists the targets that hold in before and not in after (lost)
// and the reverse (gained), further checks marked as such: the counts of
// targets held leave them out.
func changes(before, after *validate.Report) (lost, gained []string) {
	f := validate.Fidelity{}
	f.Record(before)
	extra := map[string]bool{}
	for _, r := range after.Results {
		extra[strings.TrimSpace(r.Name)] = r.Extra
	}
	mark := func(names []string) []string {
		for k, name := range names {
			if extra[name] {
				names[k] += furtherCheck
			}
		}
		return names
	}
	return mark(f.Lost(after)), mark(f.Gained(after))
}

// onBounds is a point's overrides, each marked with * when it lies on a
// bound of its dimension, within a thousandth of the dimension's width (the
// descent approaches a bound it presses against without always reaching it).
func onBounds(ds []dim, p point) string {
	sets := slices.Clone(p.sets)
	for k, d := range ds {
		near := 1e-3 * (d.hi - d.lo)
		if p.x[k] <= d.lo+near || p.x[k] >= d.hi-near {
			sets[k] += "*"
		}
	}
	return strings.Join(sets, " ")
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
	defaults := defaultValues()
	var parts []string
	for _, key := range budgetConstants {
		v := defaults[key]
		parts = append(parts, fmt.Sprintf("%s:%g:%g:%g", key, v, v/2, 2*v))
	}
	return parseDims(strings.Join(parts, ","))
}
