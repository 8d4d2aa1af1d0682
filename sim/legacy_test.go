package sim

import (
	"math"
	"testing"

	"entente/agents"
)

// TestALegacyReturnsAsItsThreatPasses: the clock runs at the part of the
// threat that has fallen below its first level, not at all while the
// threat holds or rises, the same over a year at any tick length, and the
// anchor returns toward the median of the first shares by p and ρ.
func TestALegacyReturnsAsItsThreatPasses(t *testing.T) {
	l := newLegacy([]agents.Nation{{Share: 0.08}, {Share: 0.02}, {Share: 0.03}, {Share: 0}})
	if l.median != 0.03 {
		t.Fatalf("median of the positive first shares %g, want 0.03", l.median)
	}
	l.advance(0, 10, 1) // its anchor's threat
	l.advance(1, 10, 1)
	for k := 0; k < 12; k++ {
		l.advance(0, 5, 1.0/12) // half its threat gone, for a year in months
	}
	l.advance(1, 20, 1) // a threat that rose
	if math.Abs(l.years[0]-0.5) > 1e-12 || l.years[1] != 0 {
		t.Errorf("clocks %g and %g, want 0.5 (half the threat gone for a year) and 0", l.years[0], l.years[1])
	}
	const p, rho = 0.26, 0.074
	a := agents.Anchor{Share: 0.08, Set: true}
	w := p + (1-p)*math.Exp(-rho*0.5)
	want := math.Exp(w*math.Log(0.08) + (1-w)*math.Log(0.03))
	if got := l.returned(0, a, p, rho).Share; math.Abs(got-want) > 1e-15 || got >= 0.08 || got <= 0.03 {
		t.Errorf("returned anchor %g, want %g, between the median and the start", got, want)
	}
	if got := l.returned(1, agents.Anchor{Share: 0.02}, p, rho).Share; got != 0.02 {
		t.Errorf("a state whose threat held kept %g, want 0.02", got)
	}
	if got := l.returned(0, a, p, 0).Share; got != 0.08 {
		t.Errorf("revert_rate 0: %g, want the anchor unmoved", got)
	}
	l.years[0] = 1e6 // for ever: p of the distance in logs stays
	far := math.Exp(p*math.Log(0.08) + (1-p)*math.Log(0.03))
	if got := l.returned(0, a, p, rho).Share; math.Abs(got-far) > 1e-15 {
		t.Errorf("for ever %g, want %g", got, far)
	}
}

// TestAThreatFirstSeenLaterAnchorsTheClock: a state whose budget answers
// no threat at first takes its first positive threat as its anchor's, and
// its clock does not run before it.
func TestAThreatFirstSeenLaterAnchorsTheClock(t *testing.T) {
	l := newLegacy([]agents.Nation{{Share: 0.02}})
	l.advance(0, 0, 1)
	l.advance(0, 0, 1)
	l.advance(0, 4, 1)
	l.advance(0, 1, 1)
	if l.threat[0] != 4 || math.Abs(l.years[0]-0.75) > 1e-12 {
		t.Errorf("anchor threat %g and clock %g, want 4 and 0.75", l.threat[0], l.years[0])
	}
}

// TestReturnedShareReturnsTowardTheMedian: a share returns toward the
// median in logs: all of it kept at once, a part p of its distance kept
// for ever, and never past the median (the reverting forecast of
// validate/reverting.go and the anchor's return share it).
func TestReturnedShareReturnsTowardTheMedian(t *testing.T) {
	const s0, m, p, rho = 0.08, 0.02, 0.26, 0.074
	if got := ReturnedShare(s0, m, 0, p, rho); got != s0 {
		t.Errorf("at once: %g, want the start share %g", got, s0)
	}
	far := math.Exp(p*math.Log(s0) + (1-p)*math.Log(m))
	if got := ReturnedShare(s0, m, 1000, p, rho); math.Abs(got-far) > 1e-12 {
		t.Errorf("for ever: %g, want m^(1−p)·s0^p = %g", got, far)
	}
	// Ten years: the distance in logs shrinks by (1 − p)(1 − e^(−10ρ)).
	want := math.Log(s0/m) * (1 - (1-p)*(1-math.Exp(-10*rho)))
	if got := math.Log(ReturnedShare(s0, m, 10, p, rho) / m); math.Abs(got-want) > 1e-12 {
		t.Errorf("ten years on, log distance %g, want %g", got, want)
	}
	if got := ReturnedShare(0.01, m, 10, p, rho); got <= 0.01 || got >= m {
		t.Errorf("a share below the median rises toward it: %g", got)
	}
	if got := ReturnedShare(0, m, 10, p, rho); got != 0 {
		t.Errorf("a state without forces keeps its share: %g", got)
	}
	if got := FirstShareMedian([]agents.Nation{{Share: 0.04}, {Share: 0}, {Share: 0.01}, {Share: 0.02}, {Share: 0.03}}); got != 0.025 {
		t.Errorf("median of the positive first shares %g, want 0.025 (the middle two's mean)", got)
	}
}
