package sim

import (
	"strings"
	"testing"

	"entente/agents"
)

func TestBlocsFormAlongTheRivalry(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		cfg := testWorld()
		cfg.Seed = seed
		w := mustNew(t, cfg)
		for w.Step() && w.Tick() < 15 {
			if len(w.Memberships(iGAL)) > 0 {
				t.Errorf("seed %d, tick %d: the distant bystander GAL joined %s", seed, w.Tick(), w.Memberships(iGAL)[0].ID)
			}
			if w.shareAlliance(iAST, iDRA) {
				t.Errorf("seed %d, tick %d: the rivals AST and DRA share an alliance", seed, w.Tick())
			}
		}
		west, east := allianceOf(w, iAST, iBOR), allianceOf(w, iDRA, iESK)
		if west == nil || east == nil || west == east {
			t.Errorf("seed %d: no two blocs: AST–BOR %v, DRA–ESK %v", seed, west, east)
			continue
		}
		if !west.Has(iCAL) || !east.Has(iFEN) || west.Size() != 3 || east.Size() != 3 {
			t.Errorf("seed %d: blocs %v and %v, want {AST, BOR, CAL} and {DRA, ESK, FEN}", seed, west.Members, east.Members)
		}
	}
}

// kappaWorld: SML is threatened by ZED (rivalry 0.9); BIG, far larger,
// has a milder quarrel with ZED (0.35). ZED is the adversary of a pact of
// the two (both hostile above h_scope), and both value the pact above
// v_form, but BIG opposes only 35 % of what SML fears from it.
func kappaWorld(kappaAdmit float64) Config {
	p := fixtureParams()
	p.FormValue = 0.1
	p.KappaAdmit = kappaAdmit
	return Config{Name: "kappa", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "ZED", 0, 0, 500, 0.05),
			newNation(p, "SML", 1000, 0, 50, 0.02),
			newNation(p, "BIG", 2500, 0, 1500, 0.02),
		},
		Rivalries: []Relation{{A: 0, B: 1, Level: 0.9}, {A: 0, B: 2, Level: 0.35}},
	}
}

func TestKappaAdmitBlocksPartnerWithoutCommonThreat(t *testing.T) {
	const zed, sml, big = 0, 1, 2
	// A founder's admission κ is how far it opposes what its partner fears
	// from the pact's adversaries (here ZED alone, so the ratio is its own
	// H toward ZED), discounted by their mutual hostility (none) and scaled
	// by its reach to the partner (equal here, π_BIG,SML = π_SML,BIG):
	// SML's is 0.9·π, BIG's 0.35·π, about 0.22.
	w := mustNew(t, kappaWorld(0.3))
	if s := w.pactScope(sml, big, zed); s != 1 {
		t.Fatalf("bad fixture: σ_ZED = %v for an SML–BIG pact, want 1", s)
	}
	vs, vb := w.PactValue(sml, big), w.PactValue(big, sml)
	if vs.Value.Value <= w.p.FormValue || vb.Value.Value <= w.p.FormValue {
		t.Fatalf("bad fixture: values %v and %v, want both above v_form", vs.Value.Value, vb.Value.Value)
	}
	if want := 0.9 * w.Proximity(big, sml); !near(vs.KappaIn, want, 1e-12) {
		t.Errorf("SML's admission κ = %v, want 0.9·π_BIG,SML = %v", vs.KappaIn, want)
	}
	wantBig := 0.35 * w.Proximity(sml, big)
	if !near(vb.KappaIn, wantBig, 1e-12) {
		t.Errorf("BIG's admission κ = %v, want 0.35·π_SML,BIG = %v", vb.KappaIn, wantBig)
	}
	if vs.KappaIn < 0.3 || wantBig >= 0.3 || wantBig < 0.2 {
		t.Fatalf("bad fixture: admission κ %v (SML) and %v (BIG), want SML's above 0.3 and BIG's in [0.2, 0.3)", vs.KappaIn, wantBig)
	}
	for _, i := range []int{sml, big} {
		if p, ok := w.bestPartner(i, make([]bool, 3)); ok {
			t.Errorf("%s found partner %s despite BIG's κ below κ_admit", w.nations[i].ID, w.nations[p.partner].ID)
		}
	}
	w.formation()
	if len(w.Alliances()) != 0 {
		t.Errorf("a pact formed: %v", w.Alliances()[0].Members)
	}

	// The κ test is what blocked it: at κ_admit 0.2 the same pair founds.
	w = mustNew(t, kappaWorld(0.2))
	if p, ok := w.bestPartner(sml, make([]bool, 3)); !ok || p.partner != big {
		t.Errorf("at κ_admit 0.2, SML's best partner is %d (ok %v), want BIG", p.partner, ok)
	}
	w.formation()
	if len(w.Alliances()) != 1 || !w.Alliances()[0].Has(sml) || !w.Alliances()[0].Has(big) {
		t.Errorf("at κ_admit 0.2, alliances %d, want the SML–BIG pact", len(w.Alliances()))
	}
}

func TestAlliesDoNotFoundAnotherPact(t *testing.T) {
	// BOR and CAL share a pact at cohesion 0.05: a fresh pact would be
	// worth more to both (above a low v_form), but a pair that shares an
	// alliance does not found another.
	cfg := withParams(testWorld(), func(p *Params) { p.JoinValue, p.FormValue = 0.01, 0.02 })
	cfg.Nations = cfg.Nations[:iESK] // AST, BOR, CAL and their enemy DRA
	cfg.Rivalries = []Relation{{A: iBOR, B: iDRA, Level: 0.8}, {A: iCAL, B: iDRA, Level: 0.8}}
	cfg.Alliances = []AllianceConfig{{Members: []int{iBOR, iCAL}, Cohesion: 0.05}}
	cfg.Nations[iAST].Active = false
	w := mustNew(t, cfg)
	vb, vc := w.PactValue(iBOR, iCAL), w.PactValue(iCAL, iBOR)
	if vb.Value.Value <= w.p.FormValue || vc.Value.Value <= w.p.FormValue ||
		w.Kappa(iBOR, iCAL) < w.p.KappaAdmit || w.Kappa(iCAL, iBOR) < w.p.KappaAdmit {
		t.Fatalf("bad fixture: a new pact would not pass anyway: values %v, %v; κ %v, %v",
			vb.Value.Value, vc.Value.Value, w.Kappa(iBOR, iCAL), w.Kappa(iCAL, iBOR))
	}
	for _, i := range []int{iBOR, iCAL} {
		if p, ok := w.bestPartner(i, make([]bool, len(w.nations))); ok {
			t.Errorf("%s would found a pact with %s", w.nations[i].ID, w.nations[p.partner].ID)
		}
	}
	w.formation()
	if n := len(w.Alliances()); n != 1 || len(records(w, Formed)) != 0 {
		t.Errorf("%d alliances after formation, records %+v", n, w.Records())
	}
}

// hubWorld: HUB faces two enemies, EN1 to the west and EN2 to the east;
// WST shares only EN1, EST only EN2. Either small state would found a pact
// with HUB, and HUB with either (thresholds lowered, no overextension
// cost), but WST and EST share no threat, so the one left out cannot join
// the other's pact.
func hubWorld() Config {
	p := fixtureParams()
	p.OverCost, p.KappaAdmit, p.JoinValue, p.FormValue = 0, 0.35, 0.02, 0.03
	mk := func(id string, x, gdp, share float64) agents.Nation {
		n := newNation(p, id, x, 0, gdp, share)
		n.Regime = 5
		return n
	}
	return Config{Name: "hub", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{mk("HUB", 0, 1000, 0.03), mk("WST", -800, 100, 0.02), mk("EST", 800, 100, 0.02),
			mk("EN1", -2200, 600, 0.05), mk("EN2", 2200, 600, 0.05)},
		Rivalries: []Relation{{A: 0, B: 3, Level: 0.8}, {A: 1, B: 3, Level: 0.8}, {A: 0, B: 4, Level: 0.8}, {A: 2, B: 4, Level: 0.8}},
	}
}

func TestNationActsOncePerTick(t *testing.T) {
	t.Run("the hub founds one pact a tick", func(t *testing.T) {
		for seed := uint64(1); seed <= 20; seed++ {
			cfg := hubWorld()
			cfg.Seed = seed
			w := mustNew(t, cfg)
			for _, pair := range [][2]int{{0, 1}, {1, 0}, {0, 2}, {2, 0}} {
				if o := w.PactValue(pair[0], pair[1]); o.Value.Value <= w.p.FormValue || o.KappaOut < w.p.KappaAdmit {
					t.Fatalf("bad fixture: %v values the pact at %v, κ %v", pair, o.Value.Value, o.KappaOut)
				}
			}
			w.formation()
			if n := len(w.Memberships(0)); n != 1 {
				t.Errorf("seed %d: HUB holds %d memberships after one tick, want 1: %+v", seed, n, w.Records())
			}
		}
	})

	// From a world without alliances, one formation round leaves every
	// nation with at most one membership: each founding or joining is one
	// action, and others joining its pact add none to it.
	for seed := uint64(1); seed <= 30; seed++ {
		cfg := testWorld()
		cfg.Seed = seed
		w := mustNew(t, cfg)
		w.formation()
		for i := range w.nations {
			if n := len(w.Memberships(i)); n > 1 {
				t.Errorf("seed %d: %s acted %d times in one tick", seed, w.nations[i].ID, n)
			}
		}
		if len(w.Alliances()) == 0 {
			t.Errorf("seed %d: nothing formed", seed)
		}
	}
	t.Run("records over whole runs", func(t *testing.T) {
		for seed := uint64(1); seed <= 5; seed++ {
			cfg := testWorld()
			cfg.Seed = seed
			w := mustNew(t, cfg)
			for w.Step() {
				acted := map[string]int{}
				for _, r := range w.Records() {
					switch r.Kind {
					case Joined:
						acted[r.Nation]++
					case Formed:
						acted[r.Nation]++
						partner, _, _ := strings.Cut(strings.TrimPrefix(r.Cause, "with "), ";")
						acted[partner]++
					}
				}
				for id, n := range acted {
					if n > 1 {
						t.Errorf("seed %d, tick %d: %s acted %d times: %+v", seed, w.Tick(), id, n, w.Records())
					}
				}
			}
		}
	})
}

func TestJoinNeedsCommonThreat(t *testing.T) {
	// GAL, far from everyone and with no camp, is never admitted to the
	// western bloc: the members' mean κ toward it is below κ_admit.
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR, iCAL}, Cohesion: 0.8, Target: 0.02}}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	if o := w.ValueOf(iGAL, a); o.KappaIn >= w.p.KappaAdmit {
		t.Fatalf("bad fixture: κ_in %v", o.KappaIn)
	}
	if b, _, ok := w.bestAlliance(iGAL); ok {
		t.Errorf("GAL admitted to %s", b.ID)
	}
	// Nor is FEN, on the other side of the rivalry.
	if b, _, ok := w.bestAlliance(iFEN); ok {
		t.Errorf("FEN admitted to %s", b.ID)
	}
}

// A nation that founded or joined a pact waits a year before it acts
// again, whatever the tick length: HUB founds a pact with one small
// neighbour at tick 0 and with the other exactly one year later, not
// before (each neighbour would found with it at once).
func TestNationActsOncePerYear(t *testing.T) {
	for _, perYear := range []int{1, 4, 12} {
		for seed := uint64(1); seed <= 4; seed++ {
			cfg := hubWorld()
			cfg.TicksPerYear, cfg.Seed = perYear, seed
			w := mustNew(t, cfg)
			second := -1
			for w.Step() && w.Tick() <= perYear {
				n := len(w.Memberships(0))
				switch {
				case w.Tick() == 0 && n != 1:
					t.Fatalf("%d ticks a year, seed %d: HUB holds %d pacts after tick 0, want 1", perYear, seed, n)
				case n == 2 && second < 0:
					second = w.Tick()
				}
			}
			if second != perYear {
				t.Errorf("%d ticks a year, seed %d: HUB's second pact at tick %d, want %d (a year after the first)", perYear, seed, second, perYear)
			}
		}
	}
}

// protectorWorld: ENE threatens everyone; BL1 and BL2, west of it, are
// allied; JAP, east of it, could join their bloc, or found a pact with
// PRO, a protector nearer to it, of GDP proGDP at x = proX. The bloc's
// members have acted this year (formation leaves them be).
func protectorWorld(t *testing.T, seed uint64, proGDP, proX float64) *World {
	p := fixtureParams()
	p.Focus = 0 // ENE's whole forces on every state: the values the layout was made for
	mk := func(id string, x, y, gdp, share float64) agents.Nation { return newNation(p, id, x, y, gdp, share) }
	cfg := Config{Name: "protector", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: seed, Geometry: Plane, Params: p,
		Nations: []agents.Nation{mk("ENE", 0, 0, 1000, 0.05), mk("BL1", -1000, 300, 200, 0.02), mk("BL2", -1000, -300, 200, 0.02),
			mk("JAP", 1000, 0, 150, 0.01), mk("PRO", proX, 400, proGDP, 0.03)},
		Rivalries: []Relation{{A: 0, B: 1, Level: 0.8}, {A: 0, B: 2, Level: 0.8}, {A: 0, B: 3, Level: 0.8}, {A: 0, B: 4, Level: 0.8}},
		Alliances: []AllianceConfig{{Name: "bloc", Members: []int{1, 2}, Cohesion: 0.7}},
	}
	w := mustNew(t, cfg)
	w.lastActed = []int{-1, 0, 0, -1, -1}
	return w
}

// A nation takes the better of its options, joining the best alliance
// that admits it or founding the best pact, not the first that passes:
// a bilateral pact with a near, strong protector beats a bloc whose
// members its forces barely reach, and a weak, far one does not.
func TestTakesTheBetterOfJoiningAndFounding(t *testing.T) {
	const jap, pro = 3, 4
	t.Run("the pact is better", func(t *testing.T) {
		for seed := uint64(1); seed <= 10; seed++ {
			w := protectorWorld(t, seed, 1200, 1400)
			// Both could join the bloc, and both value their pact more.
			for _, c := range [][2]int{{jap, pro}, {pro, jap}} {
				_, join, canJoin := w.bestAlliance(c[0])
				p, canForm := w.bestPartner(c[0], make([]bool, 5))
				if !canJoin || !canForm || p.partner != c[1] || p.own.Value <= join.Value {
					t.Fatalf("bad fixture: %s joins at %v (%v), founds with %d at %v (%v)",
						w.nations[c[0]].ID, join.Value, canJoin, p.partner, p.own.Value, canForm)
				}
			}
			w.formation()
			if len(records(w, Joined)) != 0 || allianceOf(w, jap, pro) == nil {
				t.Errorf("seed %d: records %+v, want the JAP–PRO pact and no join", seed, w.Records())
			}
		}
	})
	t.Run("joining is better", func(t *testing.T) {
		joined := 0
		for seed := uint64(1); seed <= 10; seed++ {
			w := protectorWorld(t, seed, 150, 2500)
			_, join, canJoin := w.bestAlliance(jap)
			p, canForm := w.bestPartner(jap, make([]bool, 5))
			if !canJoin || !canForm || p.partner != pro || p.own.Value >= join.Value {
				t.Fatalf("bad fixture: JAP joins at %v (%v), founds with %d at %v (%v)", join.Value, canJoin, p.partner, p.own.Value, canForm)
			}
			w.formation()
			// JAP, when it acts first, joins; PRO, which cannot join the
			// bloc, may found with JAP before JAP acts.
			for _, r := range records(w, Formed) {
				if r.Nation == "JAP" {
					t.Errorf("seed %d: JAP founded a pact (%s), though it values joining more", seed, r.Cause)
				}
			}
			if w.alliances[0].Has(jap) {
				joined++
			}
		}
		if joined == 0 {
			t.Error("JAP never acted first: the fixture exercises nothing")
		}
	})
}

// A treaty of two admits no third state: JAP, which joins the bloc when it
// is open ("joining is better" above), is refused when the bloc is a
// bilateral treaty of the start, with the reason, and joins nothing.
func TestATreatyOfTwoAdmitsNoThirdState(t *testing.T) {
	const jap = 3
	for seed := uint64(1); seed <= 10; seed++ {
		w := protectorWorld(t, seed, 150, 2500)
		if a, _, ok := w.bestAlliance(jap); !ok || a != w.alliances[0] {
			t.Fatalf("seed %d: bad fixture: JAP would not join the open bloc", seed)
		}
		w.alliances[0].bilateral = true
		if a, _, ok := w.bestAlliance(jap); ok {
			t.Errorf("seed %d: JAP may join %s, a treaty of two", seed, a.ID)
		}
		if why := w.vetoed(jap, w.alliances[0]); !strings.Contains(why, "treaty of two") {
			t.Errorf("seed %d: the veto says %q", seed, why)
		}
		w.formation()
		if j := records(w, Joined); len(j) != 0 {
			t.Errorf("seed %d: joins %+v, want none", seed, j)
		}
		if got := len(w.alliances[0].Members); got != 2 {
			t.Errorf("seed %d: the treaty has %d members, want 2", seed, got)
		}
	}
}
