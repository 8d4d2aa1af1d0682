package validate

import (
	"math"
	"testing"
)

// A start share returns toward the median in logs: all of it kept at
// once, a part p of its distance kept for ever, and never past the median.
func TestRevertedReturnsTowardTheMedian(t *testing.T) {
	const s0, m = 0.08, 0.02
	if got := reverted(s0, m, 0); got != s0 {
		t.Errorf("at once: %g, want the start share %g", got, s0)
	}
	far := math.Exp(RevertKept*math.Log(s0) + (1-RevertKept)*math.Log(m))
	if got := reverted(s0, m, 1000); math.Abs(got-far) > 1e-12 {
		t.Errorf("for ever: %g, want m^(1−p)·s0^p = %g", got, far)
	}
	// Ten years: the distance in logs shrinks by (1 − p)(1 − e^(−10ρ)).
	want := math.Log(s0/m) * (1 - (1-RevertKept)*(1-math.Exp(-10*RevertRate)))
	if got := math.Log(reverted(s0, m, 10) / m); math.Abs(got-want) > 1e-12 {
		t.Errorf("ten years on, log distance %g, want %g", got, want)
	}
	if got := reverted(0.01, m, 10); got <= 0.01 || got >= m {
		t.Errorf("a share below the median rises toward it: %g", got)
	}
	if got := reverted(0, m, 10); got != 0 {
		t.Errorf("a state without forces keeps its share: %g", got)
	}
}

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
