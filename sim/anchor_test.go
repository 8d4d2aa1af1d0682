package sim

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// heldBurden is the burden a state's anchor window reads, by explicit
// arithmetic: its own threat T̂ and forces K as they are, the part of its
// security it provided ω₀ as it was at its first budget, and its alliance
// threat T̂_A0 then, scaled by T̂/T̂₀ (held when T̂₀ = 0):
// x = (ψ·T̂ + (1 − ψ)·ω₀·max(T̂_A, T̂))/K.
func heldBurden(w *World, i int, own0, threat0, allied0 float64) float64 {
	psi := w.nations[i].Policy.Privateness
	t := w.perceivedWhole[i]
	k := math.Max(w.nations[i].Capability, w.snapshotFloor)
	ta := allied0
	if threat0 > 0 {
		ta = allied0 * t / threat0
	}
	return (psi*t + (1-psi)*own0*math.Max(ta, t)) / k
}

func TestAnchorBurdenIsMeasuredOverTheStartShareYears(t *testing.T) {
	for _, tc := range []struct {
		name       string
		shareYears float64
		perYear    int
		window     int  // ticks (0: the first tick's burden only)
		unthreated bool // the state faces no threat of its own at its first budget, its allies do
	}{
		{"first tick only", 0, 1, 0, false},
		{"three years, yearly", 3, 1, 3, false},
		{"three years, quarterly", 3, 4, 12, false},
		{"no threat of its own at first", 3, 1, 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := perceptionWorld()
			cfg.TicksPerYear, cfg.ShareYears = tc.perYear, tc.shareYears
			w := mustNew(t, cfg)
			i := iBOR // a member of two alliances
			if tc.unthreated {
				w.perceivedWhole[i] = 0
			}
			own0 := w.nations[i].Capability / w.security[i]
			threat0, allied0 := w.perceivedWhole[i], w.allianceThreatForTest(i)
			var seen []float64
			for tick := range tc.window + 3 {
				if tick > 0 {
					// Its threat grows, and its allies come to provide more
					// of its security (a pact the model forms): the window
					// reads the first, not the second.
					for j := range w.nations {
						w.perceivedWhole[j] = 1.3*w.perceivedWhole[j] + 1
					}
					w.security[i] *= 2
				}
				if tick <= tc.window {
					seen = append(seen, heldBurden(w, i, own0, threat0, allied0))
				}
				w.sumAlliances()
				w.setBudgets()
				got, want := w.anchor[i].Burden, trapezoidMean(seen)
				if !near(got, want, 1e-12) {
					t.Fatalf("tick %d: anchor burden %v, want the trapezoid mean %v of %v", tick, got, want, seen)
				}
			}
			if tc.window > 1 && w.anchor[i].Burden == seen[0] {
				t.Error("the anchor burden never moved from its first tick's: the fixture does not exercise the window")
			}
			if tc.unthreated && !(seen[0] > 0 && allied0 > 0) {
				t.Errorf("first burden %v, alliance threat %v: the fixture does not give the state allies' threat to answer", seen[0], allied0)
			}
		})
	}
}

// allianceThreatForTest is allianceThreat after sumAlliances.
func (w *World) allianceThreatForTest(i int) float64 {
	w.sumAlliances()
	return math.Max(w.allianceThreat(i), w.perceivedWhole[i])
}

// trapezoidMean is the mean of a quantity over the span its samples xs
// cover at equal steps, by the trapezoid rule (one sample: itself).
func trapezoidMean(xs []float64) float64 {
	if len(xs) == 1 {
		return xs[0]
	}
	sum := (xs[0] + xs[len(xs)-1]) / 2
	for _, x := range xs[1 : len(xs)-1] {
		sum += x
	}
	return sum / float64(len(xs)-1)
}

// A state that enters mid-run is anchored at its entry: its window counts
// its own first ticks in the system, not the run's, and its anchor burden
// is fixed once they have passed (with the next tick's sample that closes
// the window's last tick).
func TestAnchorWindowStartsAtEntry(t *testing.T) {
	cfg := testWorld()
	cfg.ShareYears = 2
	cfg.Nations[iGAL].Active = false
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iGAL, Level: 0.3})
	const enter = 3
	cfg.Events = []Event{{Tick: enter, Kind: Entry, Label: "independence", Nation: iGAL}}
	w := mustNew(t, cfg)
	window := w.anchorTicks()
	if window != 2 {
		t.Fatalf("window %d ticks, want 2", window)
	}
	var fixed float64
	burdens := map[float64]bool{}
	for w.Step() {
		tick, win, a := w.Tick(), w.anchorWin[iGAL], w.anchor[iGAL]
		switch since := tick - enter; {
		case since < 0:
			if a.Set || win.samples != 0 {
				t.Fatalf("tick %d, before its entry: anchor %+v, window of %d samples", tick, a, win.samples)
			}
		case since <= window:
			if !a.Set || win.samples != since+1 {
				t.Fatalf("tick %d, %d after its entry: anchor set %v, window of %d samples, want %d", tick, since, a.Set, win.samples, since+1)
			}
			burdens[a.Burden] = true
			fixed = a.Burden
		default:
			if win.samples != window+1 || a.Burden != fixed {
				t.Fatalf("tick %d: window of %d samples, anchor burden %v, want %d and %v fixed", tick, win.samples, a.Burden, window+1, fixed)
			}
		}
	}
	if fixed <= 0 || len(burdens) < 2 {
		t.Errorf("anchor burdens over the window %v: the fixture does not give the entrant a threat that moves", burdens)
	}
}

// A state's anchor keeps the regime its start share was measured under
// where the scenario gives one (Czechoslovakia's start share is the
// median of 1948–50, all under the communists, while its regime at the
// start, 1947, is 2), else its regime at its first budget; a later change
// of regime moves only the regime term, never the anchor.
func TestAnchorRegimeIsTheShareRegime(t *testing.T) {
	cfg := perceptionWorld()
	cfg.ShareRegimes = []NationRegime{{Nation: iBOR, Regime: -7}}
	w := mustNew(t, cfg)
	w.nations[iBOR].Regime, w.nations[iCAL].Regime = 2, 6
	w.setBudgets()
	if got := w.anchor[iBOR].Regime; got != -7 {
		t.Errorf("BOR: anchored regime %v, want the scenario's -7", got)
	}
	if got := w.anchor[iCAL].Regime; got != 6 {
		t.Errorf("CAL: anchored regime %v, want its regime at its first budget, 6", got)
	}
	w.nations[iCAL].Regime = -4
	w.setBudgets()
	if got := w.anchor[iCAL].Regime; got != 6 {
		t.Errorf("CAL after a fall: anchored regime %v, want 6 still", got)
	}
}

// Config.Validate refuses a share regime outside [-10, 10], for a nation
// the world does not have, or out of nation order.
func TestShareRegimesAreValidated(t *testing.T) {
	for _, m := range [][]NationRegime{{{0, 11}}, {{0, math.NaN()}}, {{99, 0}}, {{-1, 0}}, {{1, 0}, {0, 0}}} {
		cfg := perceptionWorld()
		cfg.ShareRegimes = m
		if errs := cfg.Validate(); !slices.ContainsFunc(errs, func(e error) bool { return strings.Contains(e.Error(), "share regime") }) {
			t.Errorf("share regimes %v: errors %v, want one naming the share regime", m, errs)
		}
	}
}

// The anchor window's mean is the same at every tick length for a burden
// that moves linearly over the window (the trapezoid rule is exact there),
// and nearer the window's true mean than the samples' plain mean for a
// burden that falls as an entrant's forces build up: 1/K with K growing
// linearly from a year's budget.
func TestAnchorWindowMeanIsTickInvariant(t *testing.T) {
	const years = 3.0
	for _, tc := range []struct {
		name   string
		burden func(t float64) float64
		exact  float64 // the mean over [0, years]
		tol    float64
	}{
		{"linear", func(t float64) float64 { return 10 - 2*t }, 7, 1e-12},
		{"forces building up", func(t float64) float64 { return 1 / (1 + t) }, math.Log(1+years) / years, 0.06},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, perYear := range []int{1, 4, 12} {
				var win anchorWindow
				var got float64
				n := int(years) * perYear
				plain := 0.0
				for k := 0; k <= n; k++ {
					b := tc.burden(float64(k) / float64(perYear))
					got = win.add(b)
					if k < n {
						plain += b / float64(n)
					}
				}
				if math.Abs(got-tc.exact) > tc.tol*tc.exact {
					t.Errorf("%d ticks a year: mean %v, want %v within %v", perYear, got, tc.exact, tc.tol)
				}
				if tc.tol > 1e-12 && !(math.Abs(got-tc.exact) < math.Abs(plain-tc.exact)) {
					t.Errorf("%d ticks a year: trapezoid %v no nearer %v than the plain mean %v", perYear, got, tc.exact, plain)
				}
			}
		})
	}
	cfg := perceptionWorld()
	cfg.ShareYears = 0
	if got := mustNew(t, cfg).anchorTicks(); got != 0 {
		t.Errorf("share_years 0: a window of %d ticks, want 0 (the first tick's burden, kept)", got)
	}
}
