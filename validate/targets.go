package validate

import (
	"context"
	"fmt"

	"entente/sim"
)

// targetSets are the scenarios with historical targets, by name.
var targetSets = map[string]func(sim.Config, *History) []Target{
	"cold-war":     ColdWar,
	"21st-century": TwentyFirst,
	"europe-1871":  Europe1871,
}

// Targets returns the historical targets of a world built from a built-in
// scenario (its name is the config's), or false for a scenario without
// any. The baselines of the co-membership rows are computed from the
// config's own inputs, so a world changed by overrides is judged against
// baselines of the same inputs.
func Targets(cfg sim.Config, h *History) ([]Target, bool) {
	targets, ok := targetSets[cfg.Name]
	if !ok {
		return nil, false
	}
	return targets(cfg, h), true
}

// HasTargets reports whether a scenario has historical targets.
func HasTargets(scenario string) bool {
	_, ok := targetSets[scenario]
	return ok
}

// Scenarios lists the scenarios with historical targets, in the order the
// documentation presents them.
func Scenarios() []string { return []string{"cold-war", "21st-century", "europe-1871"} }

// Evaluate runs a world over seeds cfg.Seed, cfg.Seed+1, … (up to workers
// at once; 0: one per CPU) and scores it against its scenario's targets.
func Evaluate(ctx context.Context, cfg sim.Config, h *History, seeds, workers int) (*Report, error) {
	targets, ok := Targets(cfg, h)
	if !ok {
		return nil, fmt.Errorf("scenario %q has no historical targets", cfg.Name)
	}
	records, err := Runs(ctx, cfg, seeds, workers)
	if err != nil {
		return nil, err
	}
	rep := NewReport(cfg.Name, targets, records)
	rep.TicksPerYear = cfg.TicksPerYear
	rep.Pairs = PairErrors(records, h, cfg.StartYear, min(cfg.EndYear, atopLast))
	rep.Shares = ShareErrors(records, h, cfg.StartYear, cfg.EndYear)
	return rep, nil
}
