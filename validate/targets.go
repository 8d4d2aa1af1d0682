package validate

import (
	"context"
	"fmt"
	"io/fs"
	"math"

	"entente/sim"
)

// targetSets are the scenarios with historical targets, by name.
var targetSets = map[string]func(sim.Config, *History) []Target{
	"cold-war":     ColdWar,
	"21st-century": TwentyFirst,
	"europe-1871":  Europe1871,
}

// Targets returns the historical targets of a world built from a built-in
// scenario (its name is the config's): its own target set, or for an era
// with reference data and no set of its own (one a researcher added to
// cmd/scenariogen) the era-independent targets of Generic, and after
// either the moments of its shares' movement (dynamics.go); false for a
// scenario without either. The baselines of the co-membership rows are
// computed from the config's own inputs, so a world changed by overrides
// is judged against baselines of the same inputs.
func Targets(cfg sim.Config, h *History) ([]Target, bool) {
	var ts []Target
	switch targets, ok := targetSets[cfg.Name]; {
	case ok:
		ts = targets(cfg, h)
	case Judges(cfg.Name, h):
		ts = Generic(cfg, h)
	default:
		return nil, false
	}
	return append(ts, eraDynamics(cfg, h)...), true
}

// Judges reports whether a scenario whose reference data are h can be
// judged: by a target set of its own or, its states having their COW
// codes, by Generic's.
func Judges(scenario string, h *History) bool { return HasTargets(scenario) || h.HasCodes() }

// HasTargets reports whether a scenario has a target set of its own.
func HasTargets(scenario string) bool {
	_, ok := targetSets[scenario]
	return ok
}

// HasHistory is Judges before the reference data are loaded: it reads the
// state codes in fsys (the layout of scenarios.Data) alone, for a caller
// that only checks (a sweep's plan).
func HasHistory(fsys fs.FS, scenario string) bool {
	if HasTargets(scenario) {
		return true
	}
	f, err := fsys.Open("data/state-codes.csv")
	if err != nil {
		return false
	}
	defer f.Close()
	h := &History{}
	return h.ReadCodes(f, scenario) == nil && Judges(scenario, h)
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
	persist := startPersist(cfg)
	rep.Pacts = PactRecalls(records, h, persist, cfg.StartYear, min(cfg.EndYear, atopLast))
	acc := AgainstStart(records, h, persist, cfg.StartYear, min(cfg.EndYear, atopLast))
	rep.AgainstStart = &acc
	rep.Shares = ShareErrors(records, h, cfg.StartYear, cfg.EndYear)
	rep.SharesFrom = cfg.StartYear + max(1, int(math.Round(cfg.ShareYears))) // after the start shares' years, as the generic target
	return rep, nil
}
