package validate

import (
	"math"
	"testing"
)

// The forecast over a built-in era's states: the median of their first
// shares is the centre, each entrant counts from its own year, and the
// error is history's share against it, year by year.
func TestRevertingForecastAgainstHistory(t *testing.T) {
	cfg, h := loadBuiltin(t, "europe-1816")
	var states []majorPower
	for _, n := range cfg.Nations {
		states = append(states, majorPower{n.ID, 1819})
	}
	got := revertingShareRMSE(cfg, h, states, 1819, 1845)
	held := startShareRMSE(cfg, h, states, 1819, 1845)
	if math.IsNaN(got) || got <= 0 {
		t.Fatalf("reverting forecast %g", got)
	}
	// Europe 1816–1845's shares fell toward their level after the
	// Napoleonic wars: the reverting forecast is nearer than holding.
	if !(got < held) {
		t.Errorf("reverting %g, holding %g: want the reverting forecast nearer history", got, held)
	}
	if math.Abs(100*got-0.75) > 0.005 {
		t.Errorf("reverting forecast %.3f points, docs/VALIDATION.md quotes 0.75", 100*got)
	}
}
