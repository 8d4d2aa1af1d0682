package sim

import (
	"math"
	"slices"
	"testing"

	"entente/agents"
)

// focusWorld: POWER and PEER, two great powers, are rivals; SMALL, a weak
// state beside POWER, is POWER's rival too. POWER's threat comes almost
// all from PEER, so its attention goes there.
func focusWorld(focus float64) Config {
	p := fixtureParams()
	p.Focus = focus
	mk := func(id string, x, gdp float64) agents.Nation { return newNation(p, id, x, 0, gdp, 0.04) }
	return Config{Name: "focus", StartYear: 2000, EndYear: 2005, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations:   []agents.Nation{mk("POWER", 0, 2000), mk("PEER", 1500, 2000), mk("SMALL", -800, 50)},
		Rivalries: []Relation{{A: 0, B: 1, Level: 0.8}, {A: 0, B: 2, Level: 0.8}},
	}
}

// A state feels of an adversary's forces the part its attention gives it:
// t_il·(t_li/T_l)^β_f on the whole threats, so that SMALL, which POWER
// hardly fears, feels little of POWER's forces, PEER nearly all of them;
// budgets keep the whole threat, and focus 0 is the whole threat.
func TestFocusFollowsTheAdversarysAttention(t *testing.T) {
	const power, peer, small = 0, 1, 2
	whole := mustNew(t, focusWorld(0))
	w := mustNew(t, focusWorld(0.5))
	for i := range w.nations {
		if got, want := w.threatWhole[i], whole.threat[i]; !near(got, want, 1e-12) {
			t.Errorf("%s: whole threat %v, want the threat without focus %v", w.nations[i].ID, got, want)
		}
		if w.threat[i] > w.threatWhole[i]*(1+1e-12) {
			t.Errorf("%s: focused threat %v above the whole %v", w.nations[i].ID, w.threat[i], w.threatWhole[i])
		}
	}
	share := func(l, i int) float64 { return whole.ThreatVector(l)[i] / whole.threat[l] } // of l's threat, the part from i
	for _, i := range []int{peer, small} {
		want := whole.ThreatVector(i)[power] * math.Sqrt(share(power, i))
		if got := w.ThreatVector(i)[power]; !near(got, want, 1e-12) {
			t.Errorf("%s's threat from POWER = %v, want t·(t_POWER,%s/T_POWER)^0.5 = %v", w.nations[i].ID, got, w.nations[i].ID, want)
		}
	}
	if s := share(power, small); !(s < 0.1) {
		t.Fatalf("bad fixture: SMALL is %v of POWER's threat, want a small part", s)
	}
	if f := w.ThreatVector(small)[power] / whole.ThreatVector(small)[power]; !(f < 0.3) {
		t.Errorf("SMALL feels %v of POWER's forces, want a small part", f)
	}
	if f := w.ThreatVector(peer)[power] / whole.ThreatVector(peer)[power]; !(f > 0.9) {
		t.Errorf("PEER feels %v of POWER's forces, want nearly all", f)
	}
	// Perception smooths both: budgets read the whole, alliances the focused.
	w.Step()
	if !(w.perceivedWhole[small] > 2*w.perceived[small]) {
		t.Errorf("SMALL: perceived whole threat %v, focused %v: want the whole far above", w.perceivedWhole[small], w.perceived[small])
	}
}

// Focus is byte-for-byte off at 0: the whole threat is the threat.
func TestFocusOffIsTheWholeThreat(t *testing.T) {
	w := mustNew(t, focusWorld(0))
	for range 3 {
		w.Step()
		for i := range w.nations {
			if w.threat[i] != w.threatWhole[i] || w.perceived[i] != w.perceivedWhole[i] {
				t.Fatalf("tick %d, %s: threat %v and %v, perceived %v and %v: want equal", w.Tick(), w.nations[i].ID,
					w.threat[i], w.threatWhole[i], w.perceived[i], w.perceivedWhole[i])
			}
		}
	}
}

// A member's row without its pact (valuation's counterfactual, which its
// value of staying weighs) is focused as the snapshot's rows are, with the
// attention l would give i at Θ⁰_il, i's enmity without the pact's
// inherited enemies: t⁰_il = Θ⁰_il·π_il·K_l·(Θ⁰_il·π_li·K_i /
// (T^w_l − Θ_il·π_li·K_i + Θ⁰_il·π_li·K_i))^β_f.
func TestRowWithoutAPactIsFocused(t *testing.T) {
	// χ 2: the west's members inherit their fellows' mean enmity toward
	// DRA (BOR 0.9·2·0.5 against its own 0.5), so that some rows differ
	// without the pact.
	cfg := perceptionWorld()
	cfg.Params.Entrapment = 2
	w := mustNew(t, cfg)
	w.Step()
	n := len(w.nations)
	k := w.capVec.RawVector().Data
	changed := 0
	for _, a := range w.alliances {
		for _, i := range a.Members {
			if a.Dissolved || !w.entrappedBy(i, a) {
				continue
			}
			w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
			got := w.rowThreat[:n]
			h0 := make([]float64, n)
			w.inheritRow(h0, i, a)
			for l := range n {
				if l == i {
					continue
				}
				th0 := max(h0[l], w.hhat.At(l, i))
				th := w.theta.At(i, l)
				from := w.proximity.At(l, i) * k[i]
				want := th0 * w.proximity.At(i, l) * k[l]
				if want > 0 {
					want *= math.Pow(th0*from/(w.threatWhole[l]-th*from+th0*from), w.p.Focus)
				}
				if !near(got[l], want, 1e-12) {
					t.Errorf("%s without %s: t⁰ from %s = %v, want %v", w.nations[i].ID, a.ID, w.nations[l].ID, got[l], want)
				}
				if th0 < th && want > 0 {
					changed++
				}
			}
		}
	}
	if changed == 0 {
		t.Fatal("bad fixture: no member's enmity falls without its pact")
	}
}

// The enemies a pact would bring count with the attention they would turn
// on i once the quarrel is i's: Σ_l max(0, r_l − Θ_il)·π_il·K_l·a_l, with
// r_l = χ·c·σ_l·mean_m H_ml (over the members other than i and l) and a_l = (s_li/(T^w_l + s_li − Θ_il·π_li·K_i))^β_f,
// s_li = max(Θ_il, r_l)·π_li·K_i, the share of l's whole threat that would
// come from i; without focus (β_f = 0), the whole forces.
func TestEnemiesAPactBringsCountWithTheirAttention(t *testing.T) {
	focused := mustNew(t, perceptionWorld())
	cfg := perceptionWorld()
	cfg.Params.Focus = 0
	whole := mustNew(t, cfg)
	positive, less := 0, 0
	for _, a := range focused.alliances {
		for i := range focused.nations {
			if a.Has(i) {
				continue
			}
			o := option{alliance: a, cohesion: a.snapshot}
			added := func(w *World) float64 {
				b := w.alliances[slices.Index(focused.alliances, a)]
				ob := option{alliance: b, cohesion: b.snapshot}
				return w.addedThreat(i, ob, w.optionScope(i, ob), w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data)
			}
			w := focused
			got, want, wantWhole := added(w), 0.0, 0.0
			for _, x := range w.optionScope(i, o) {
				l := x.l
				if l == i {
					continue
				}
				raised := w.p.Entrapment * o.cohesion * x.s * w.inheritedHostility(a, i, l)
				th := w.theta.At(i, l)
				v := max(0, raised-th) * w.proximity.At(i, l) * w.capVec.AtVec(l)
				from := w.proximity.At(l, i) * w.capVec.AtVec(i)
				share := max(th, raised) * from / (w.threatWhole[l] + (max(th, raised)-th)*from)
				want += v * math.Pow(min(1, share), w.p.Focus)
				wantWhole += v
			}
			if !near(got, want, 1e-9) {
				t.Errorf("%s joining %s: added %v, want %v", w.nations[i].ID, a.ID, got, want)
			}
			if w2 := added(whole); !near(w2, wantWhole, 1e-9) {
				t.Errorf("%s joining %s without focus: added %v, want the whole forces, %v", w.nations[i].ID, a.ID, w2, wantWhole)
			}
			if got > 0 {
				positive++
			}
			if got < wantWhole {
				less++
			}
		}
	}
	if positive == 0 || less == 0 {
		t.Fatalf("bad fixture: %d options bring an enemy, %d with less than its whole forces", positive, less)
	}
}

// TestAttentionAtOneHalfIsPow: at the default focus the share's root is
// taken directly, and it must be math.Pow's bits (x^0.5 is Sqrt(x) there),
// so that the shortcut moves no run; at another focus Pow is used.
func TestAttentionAtOneHalfIsPow(t *testing.T) {
	for _, focus := range []float64{0.5, 0.7} {
		w := &World{p: Params{Focus: focus}}
		for k := 1; k <= 10000; k++ {
			tli, total := float64(k)*1.37e-3, 7.9+float64(k%97)
			if got, want := w.attention(tli, total), math.Pow(min(1, tli/total), focus); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("focus %v: attention(%v, %v) = %v, Pow gives %v", focus, tli, total, got, want)
			}
		}
	}
}
