package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"entente/results"
	"entente/scenarios"
	"entente/validate"
)

// errTargetsFail makes `entente validate` exit 1 when history is not
// reproduced, so scripts and CI can rely on it.
var errTargetsFail = errors.New("targets fail")

func cmdValidate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", stdout)
	seeds := fs.Int("seeds", 20, "number of seeds (runs), from the scenario's seed up")
	workers := fs.Int("workers", 0, "runs at once (default: one per CPU); results do not depend on it")
	dir := fs.String("o", "", "output directory for validation.csv and validation.json (default out/<scenario>-validation)")
	force := fs.Bool("force", false, "write into a non-empty directory that holds no earlier run")
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return badInput("validate takes one scenario, got %d", len(pos))
	}
	if *seeds < 1 {
		return badInput("--seeds must be at least 1, got %d", *seeds)
	}
	name := "cold-war"
	if len(pos) == 1 {
		name = pos[0]
	}
	sc, err := load(name, sets)
	if err != nil {
		return err
	}
	hist, err := validate.LoadHistory(scenarios.Data, sc.Name)
	if err != nil {
		return fmt.Errorf("reference data: %w", err)
	}
	targets, ok := validate.Targets(sc.Name, hist)
	if !ok {
		return badInput("scenario %q has no historical targets (validate knows cold-war and 21st-century)", sc.Name)
	}
	records, err := validate.Runs(ctx, sc.Config, *seeds, *workers)
	if err != nil {
		return err
	}
	rep := validate.NewReport(sc.Name, targets, records)
	if err := rep.WriteTable(stdout); err != nil {
		return err
	}
	out := *dir
	if out == "" {
		out = filepath.Join("out", sc.Name+"-validation")
	}
	rd, err := results.Prepare(out, *force)
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{{"validation.csv", rep.WriteCSV}, {"validation.json", rep.WriteJSON}} {
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
