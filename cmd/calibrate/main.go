// Command calibrate supports the calibration of Entente's constants against
// the historical scenarios' targets (package validate), all eras at once:
// one set of constants must serve them all.
//
//	go run ./cmd/calibrate report [-seeds 20] [-set "k=2 chi=0.8"] [-ticks 1,4,12]
//	go run ./cmd/calibrate robust [-seeds 20] [-step 0.1]
//	go run ./cmd/calibrate search -dims k:0.25:0:1.5,x0:0.2:0.02:2 [-seeds 8] [-margin 0.95] [-center 0.5]
//	go run ./cmd/calibrate holdout [-dims …] [-iters 60] [-v]
//
// report prints, for each scenario, the targets held and those failing with
// their medians and runs in band; robust moves each constant down and up by
// a step (10 %), one at a time, and prints the targets held in each era and
// those lost; search runs a Nelder–Mead descent over the named constants on
// a loss that sums each target's shortfall from the share of runs it needs
// (evaluate.go; with -margin, a quarter of its shortfall from a larger share
// too; with -center, how far a defence share's median lies from history's
// figure, the middle of its band); holdout is leave-one-era-out cross-validation (holdout.go): the
// search on all eras but one, and the one left out scored at the constants
// found without it. They print, write nothing and change nothing:
// constants found by search go into sim.DefaultParams by hand, with a note
// in docs/CALIBRATION.md.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"entente/validate"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	mode := "report"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		mode, args = args[0], args[1:]
	}
	fs := newFlagSet(mode)
	names := fs.String("scenarios", strings.Join(validate.Scenarios(), ","), "historical scenarios, comma-separated")
	seeds := fs.Int("seeds", 20, "seeds per scenario")
	base := fs.String("set", "", "fixed overrides, space separated: \"k=2 mu=0.4\"")
	keys := fs.String("keys", strings.Join(calibrated, ","), "robust: constants to move")
	step := fs.Float64("step", 0.1, "robust: the relative step each constant moves by")
	dims := fs.String("dims", "", "search, holdout: key:start:lo:hi,… (holdout: default the budget constants, from their defaults, within half and twice)")
	iters := fs.Int("iters", 100, "search, holdout: iterations")
	verbose := fs.Bool("v", false, "holdout: print each search's progress")
	tickList := fs.String("ticks", "", "report, search, robust: run every scenario at each of these tick lengths a year (1, 4, 12: \"1,4,12\"), each a report of its own in the loss (default: the scenario's own)")
	margin := fs.Float64("margin", 0, "report, search, holdout: the loss also counts, at a quarter weight, each target's shortfall from this share of runs (0: none), so that a search does not stop where targets hold in a bare majority of runs")
	center := fs.Float64("center", 0, "report, search, holdout: the loss also counts, at this weight, how far each target's median lies from the middle of a band drawn around history's figure (the defence shares), in half-widths beyond half of one, so that a search does not stop where targets hold on their bands' edges (0: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ev, err := newEvaluator(strings.Split(*names, ","), strings.Fields(*base), *seeds)
	if err != nil {
		return err
	}
	ev.weights = weights{margin: *margin, center: *center}
	if ev.ticks, err = parseTicks(*tickList); err != nil {
		return err
	}
	switch mode {
	case "report":
		reps, err := ev.reports(ctx, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "loss %.3f | %s\n", loss(reps, ev.weights), summary(reps))
		for _, rep := range reps {
			fmt.Fprintf(out, "%s fails: %s\n", label(rep), failing(rep))
		}
		for _, rep := range reps {
			if m := moves(rep); m != "" {
				fmt.Fprintf(out, "%s moves: %s\n", label(rep), m)
			}
		}
		for _, rep := range reps {
			if a := allies(rep); a != "" {
				fmt.Fprintf(out, "%s allies: %s\n", label(rep), a)
			}
		}
		return nil
	case "robust":
		return robustness(ctx, ev, strings.Split(*keys, ","), *step, out)
	case "search":
		ds, err := parseDims(*dims)
		if err != nil {
			return err
		}
		_, err = search(ctx, ev, ds, *iters, out)
		return err
	case "holdout":
		ds, err := holdoutDims(*dims)
		if err != nil {
			return err
		}
		return holdout(ctx, strings.Split(*names, ","), strings.Fields(*base), *seeds, ev.weights, ds, *iters, *verbose, out)
	}
	return fmt.Errorf("unknown mode %q (report, robust, search or holdout)", mode)
}

// moves is how a report's shares move beside history's, from its rows of
// drift and reversion (validate/dynamics.go): history's value, then the
// runs' median.
func moves(rep *validate.Report) string {
	var parts []string
	for _, r := range rep.Results {
		switch r.Name {
		case validate.DriftRow:
			parts = append(parts, fmt.Sprintf("drift %s, runs %.2f", r.History, r.Median))
		case validate.ReversionRow:
			parts = append(parts, fmt.Sprintf("reversion %s, runs %.2f", r.History, r.Median))
		}
	}
	return strings.Join(parts, "; ")
}

// allies says how the era's alliances compare with history, on one line:
// co-membership κ and its skill over the best baseline (medians over the
// runs), and the runs' pair-years gained and lost against the start's
// pacts persisting (validate/against.go), whose difference over the
// pair-years is the runs' agreement over that baseline's. Targets that
// hold can still move: this is what a change does to them.
func allies(rep *validate.Report) string {
	var parts []string
	for _, r := range rep.Results {
		name := strings.TrimSpace(r.Name)
		switch {
		case strings.HasPrefix(name, validate.KappaRow):
			parts = append(parts, fmt.Sprintf("κ %.3f", r.Median))
		case name == validate.SkillRow:
			parts = append(parts, fmt.Sprintf("skill %+.3f", r.Median))
		}
	}
	if a := rep.AgainstStart; a != nil && a.Total() > 0 {
		parts = append(parts, fmt.Sprintf("against the start's pacts gained %.0f, lost %.0f pair-years (%+.4f)",
			a.Gained(), a.Lost(), (a.Gained()-a.Lost())/a.Total()))
	}
	return strings.Join(parts, "; ")
}

// label names a report's scenario, with its tick length when it is not one
// a year ("cold-war@4").
func label(rep *validate.Report) string {
	if rep.TicksPerYear > 1 {
		return fmt.Sprintf("%s@%d", rep.Scenario, rep.TicksPerYear)
	}
	return rep.Scenario
}

// summary is the targets held in each era, on one line.
func summary(reps []*validate.Report) string {
	var parts []string
	for _, rep := range reps {
		p, n := held(rep)
		parts = append(parts, fmt.Sprintf("%s %d/%d", label(rep), p, n))
	}
	return strings.Join(parts, ", ")
}
