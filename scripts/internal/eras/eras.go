package eras

import (
	"entente/scenarios"
	"entente/sim"
	"entente/validate"
)

// Each calls fn with every built-in scenario's name, its world as loaded
// (no overrides) and its reference history, in the built-ins' order, and
// stops at the first error.
func Each(fn func(name string, cfg sim.Config, h *validate.History) error) error {
	for _, info := range scenarios.Builtins() {
		s, err := scenarios.Load(info.Name, nil)
		if err != nil {
			return err
		}
		h, err := validate.LoadHistory(scenarios.Data, info.Name)
		if err != nil {
			return err
		}
		if err := fn(info.Name, s.Config, h); err != nil {
			return err
		}
	}
	return nil
}
