package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"entente/results"
	"entente/scenarios"
	"entente/validate"
)

// errTargetsFail makes `entente validate` exit 1 when history is not
// reproduced, so scripts and CI can rely on it.
var errTargetsFail = errors.New("targets fail")

func cmdValidate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", stdout)
	seeds := fs.Int("seeds", 20, "number of seeds (runs), from the scenario's seed (or --seed) up")
	workers := workersFlag(fs)
	dir := fs.String("o", "", "output directory for validation.csv, validation.json, run-values.csv, pairs.csv, pacts.csv and shares.csv (default out/<scenario>-validation)")
	force := fs.Bool("force", false, "write into a non-empty directory that holds no earlier run")
	maxMem := memoryFlag(fs)
	tpys := fs.String("ticks-per-year", "", "run the targets at each of these tick lengths (1, 4, 12: \"1,4,12\") and print them side by side")
	seed := seedFlag(fs, "the first seed, from 0 to 2^63-1 (overrides the scenario's)")
	without := fs.String("without", "", "leave out the scenario's events of these kinds, comma-separated (\"threat_shock,detente,doctrine\": what its history owes to the judgement numbers they carry); any kind but entry and merge")
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	userSets := slices.Clone(sets)
	if sets, err = seedSet(*seed, sets); err != nil {
		return err
	}
	if len(pos) > 1 {
		return badInput("validate takes one scenario, got %d", len(pos))
	}
	if *seeds < 1 {
		return badInput("--seeds must be at least 1, got %d", *seeds)
	}
	if err := checkWorkers(*workers); err != nil {
		return err
	}
	name := "cold-war"
	if len(pos) == 1 {
		name = pos[0]
	}
	kinds := splitKinds(*without)
	if *tpys != "" {
		return tickReport(ctx, name, sets, kinds, *tpys, *seeds, *workers, memoryLimit(*maxMem), stdout)
	}
	sc, err := loadWithout(ctx, name, sets, kinds)
	if err != nil {
		return err
	}
	if err := checkMemory(fmt.Sprintf("validating %s over %d seeds", sc.Name, *seeds),
		validateBytes(sc.Config, *seeds, *workers), memoryLimit(*maxMem)); err != nil {
		return err
	}
	rep, hist, err := evaluate(ctx, sc, *seeds, *workers)
	if err != nil {
		return err
	}
	// What stops history's new pacts, in the first seed's run (the report's
	// misses and validation.json; the tick-length report prints neither).
	if rep.Blockers, err = validate.Blockers(ctx, sc.Config, hist); err != nil {
		return err
	}
	rep.Overrides = userSets
	if err := rep.WriteTable(stdout); err != nil {
		return err
	}
	if err := rep.WriteMisses(stdout, 5); err != nil {
		return err
	}
	out := *dir
	if out == "" {
		out = filepath.Join("out", sc.Name+"-validation")
		if len(sc.LeftOut) > 0 { // not the scenario's own validation: a directory of its own
			out += "-without-" + strings.Join(sc.LeftOut, "-")
		}
	}
	rd, err := results.Prepare(out, *force)
	if errors.Is(err, results.ErrOutputDir) || errors.Is(err, results.ErrNotEmpty) {
		return usageError{err} // the output directory is at fault: exit 2, as run and sweep
	} else if err != nil {
		return outputDirError(err, out)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{{"validation.csv", rep.WriteCSV}, {"validation.json", rep.WriteJSON}, {"run-values.csv", rep.WriteRunValues},
		{"pairs.csv", func(w io.Writer) error { return validate.WritePairErrors(w, rep.Pairs) }},
		{"pacts.csv", func(w io.Writer) error { return validate.WritePactRecalls(w, rep.Pacts) }},
		{"shares.csv", func(w io.Writer) error { return validate.WriteShareErrors(w, rep.Shares) }}} {
		if err := rd.WriteFile(f.name, f.write); err != nil {
			rd.Abort()
			return err
		}
	}
	if err := rd.Commit(); err != nil {
		rd.Abort()
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", out)
	if rep.Failed > 0 {
		return fmt.Errorf("%d of %d %w", rep.Failed, rep.Passed+rep.Failed, errTargetsFail)
	}
	return nil
}

// evaluate scores a loaded scenario against its historical targets, and
// returns the history it read them from.
func evaluate(ctx context.Context, sc *scenarios.Scenario, seeds, workers int) (*validate.Report, *validate.History, error) {
	hist, err := validate.LoadHistory(scenarios.Data, sc.Name)
	if err != nil {
		return nil, nil, fmt.Errorf("reference data: %w", err)
	}
	if !validate.Judges(sc.Name, hist) {
		return nil, nil, badInput("scenario %q has no historical targets (validate knows %s, and any era added to cmd/scenariogen)", sc.Name, strings.Join(validate.Scenarios(), ", "))
	}
	rep, err := validate.Evaluate(ctx, sc.Config, hist, seeds, workers)
	if err != nil {
		return nil, nil, err
	}
	rep.LeftOut = sc.LeftOut
	return rep, hist, nil
}

// splitKinds is --without's list of event kinds (none for "").
func splitKinds(list string) []string {
	if strings.TrimSpace(list) == "" {
		return nil
	}
	return strings.Split(list, ",")
}

// loadWithout loads a scenario and leaves out its events of the given
// kinds (scenarios.Scenario.Without); a kind that cannot be left out is
// bad input.
func loadWithout(ctx context.Context, name string, sets, kinds []string) (*scenarios.Scenario, error) {
	sc, err := load(ctx, name, sets)
	if err != nil || len(kinds) == 0 {
		return sc, err
	}
	if _, err := sc.Without(kinds); err != nil {
		return nil, badInput("--without: %v", err)
	}
	return sc, nil
}

// tickReport runs the targets at several tick lengths and prints them side
// by side: the history a model tells must not depend on how finely time is
// cut. It reports; it writes no file.
func tickReport(ctx context.Context, name string, sets, kinds []string, list string, seeds, workers int, limit int64, stdout io.Writer) error {
	var reps []*validate.Report
	for _, f := range strings.Split(list, ",") {
		tpy, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || (tpy != 1 && tpy != 4 && tpy != 12) {
			return badInput("--ticks-per-year takes 1, 4 or 12, comma-separated; got %q", f)
		}
		sc, err := loadWithout(ctx, name, append([]string{"scenario.ticks_per_year=" + strconv.Itoa(tpy)}, sets...), kinds)
		if err != nil {
			return err
		}
		if err := checkMemory(fmt.Sprintf("validating %s over %d seeds at %d ticks a year", sc.Name, seeds, tpy),
			validateBytes(sc.Config, seeds, workers), limit); err != nil {
			return err
		}
		rep, _, err := evaluate(ctx, sc, seeds, workers)
		if err != nil {
			return err
		}
		reps = append(reps, rep)
	}
	if err := validate.WriteTickTable(stdout, reps); err != nil {
		return err
	}
	var failing []string
	for _, rep := range reps {
		if rep.Failed > 0 {
			failing = append(failing, fmt.Sprintf("%d of %d at %d a year", rep.Failed, rep.Passed+rep.Failed, rep.TicksPerYear))
		}
	}
	if len(failing) > 0 {
		return fmt.Errorf("%w: %s", errTargetsFail, strings.Join(failing, ", "))
	}
	return nil
}
