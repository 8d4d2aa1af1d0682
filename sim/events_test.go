package sim

import (
	"math"
	"strings"
	"testing"
)

// stepThrough steps w until it has run tick (inclusive).
func stepThrough(t *testing.T, w *World, tick int) {
	t.Helper()
	for w.Tick() < tick {
		if !w.Step() {
			t.Fatalf("the run ended before tick %d", tick)
		}
	}
}

// checkLogged checks that the last tick logged the event as "event:<kind>"
// with its label.
func checkLogged(t *testing.T, w *World, kind EventKind, label string) {
	t.Helper()
	for _, r := range w.Records() {
		if r.Kind == "event:"+string(kind) && r.Cause == label && r.Tick == w.Tick() {
			return
		}
	}
	t.Errorf("tick %d: no event:%s record labelled %q in %+v", w.Tick(), kind, label, w.Records())
}

// TestEvents has one case per event kind; it fails if a kind of EventKinds
// has none.
func TestEvents(t *testing.T) {
	cases := map[EventKind]func(t *testing.T){
		ThreatShock:     testThreatShockAndDetente,
		Detente:         testDetentePastClamp,
		Recession:       func(t *testing.T) { testGrowthShock(t, Recession, -1) },
		GrowthSpurt:     func(t *testing.T) { testGrowthShock(t, GrowthSpurt, +1) },
		RegimeChange:    testRegimeChange,
		TargetChange:    testTargetChange,
		FiscalRule:      testFiscalRule,
		AidProgramme:    testAidProgramme,
		CapabilityShock: testCapabilityShock,
		Entry:           testEntry,
		Merge:           testMerge,
		Territory:       testTerritory,
		Doctrine:        testDoctrine,
		CampChange:      testCampChange,
		War:             testWar,
	}
	for _, k := range EventKinds {
		f, ok := cases[k]
		if !ok {
			t.Errorf("no test for event kind %q", k)
			continue
		}
		t.Run(string(k), f)
	}
	if len(cases) != len(EventKinds) {
		t.Errorf("%d cases for %d kinds", len(cases), len(EventKinds))
	}
}

func testThreatShockAndDetente(t *testing.T) {
	cfg := testWorld()
	cfg.Events = []Event{
		{Tick: 1, Kind: ThreatShock, Label: "crisis", A: Group{Nations: []int{iGAL}}, B: Group{Camps: []string{"blue"}}, Delta: 0.3},
		{Tick: 3, Kind: Detente, Label: "thaw", A: Group{Nations: []int{iGAL}}, B: Group{Nations: []int{iAST}}, Delta: 0.3},
	}
	w := mustNew(t, cfg)
	h0 := map[int]float64{iAST: w.Hostility(iGAL, iAST), iBOR: w.Hostility(iGAL, iBOR), iDRA: w.Hostility(iGAL, iDRA)}
	// GAL has no camp and no rivalry: it is hostile to no one (regimes
	// six points apart make no enmity outside an ideological rivalry).
	if h0[iAST] != 0 || h0[iBOR] != 0 {
		t.Fatalf("bad fixture: H_GAL,AST = %v, H_GAL,BOR = %v", h0[iAST], h0[iBOR])
	}
	stepThrough(t, w, 1)
	checkLogged(t, w, ThreatShock, "crisis")
	for _, j := range []int{iAST, iBOR} {
		for _, h := range []float64{w.Hostility(iGAL, j), w.Hostility(j, iGAL)} {
			if !near(h, h0[j]+0.3, 1e-12) {
				t.Errorf("after the shock H(GAL, %s) = %v, want %v, both ways", w.nations[j].ID, h, h0[j]+0.3)
			}
		}
	}
	if w.Hostility(iGAL, iDRA) != h0[iDRA] {
		t.Errorf("the shock reached DRA, outside group B: %v", w.Hostility(iGAL, iDRA))
	}
	stepThrough(t, w, 3)
	checkLogged(t, w, Detente, "thaw")
	if h := w.Hostility(iAST, iGAL); !near(h, h0[iAST], 1e-12) {
		t.Errorf("after the détente H(AST, GAL) = %v, want back to %v", h, h0[iAST])
	}
	if h := w.Hostility(iBOR, iGAL); !near(h, h0[iBOR]+0.3, 1e-12) {
		t.Errorf("the détente reached BOR: %v", h)
	}
	t.Run("a shock dated within a tick counts for the part after it", func(t *testing.T) {
		// Dated three quarters into tick 1, the shock adds a quarter of its
		// delta at tick 1 (the tick's mean hostility) and the rest at tick
		// 2: a year-long tick and four quarterly ones see the same year.
		cfg := testWorld()
		dt := 1 / float64(cfg.TicksPerYear)
		cfg.Events = []Event{{Tick: 1, Kind: ThreatShock, Label: "late", A: Group{Nations: []int{iGAL}}, B: Group{Nations: []int{iAST}},
			Delta: 0.4, From: 1.75 * dt}}
		w := mustNew(t, cfg)
		h0 := w.Hostility(iGAL, iAST)
		for _, step := range []struct {
			tick int
			want float64
		}{{0, h0}, {1, h0 + 0.1}, {2, h0 + 0.4}, {3, h0 + 0.4}} {
			stepThrough(t, w, step.tick)
			for _, h := range []float64{w.Hostility(iGAL, iAST), w.Hostility(iAST, iGAL)} {
				if !near(h, step.want, 1e-12) {
					t.Errorf("tick %d: H(GAL, AST) = %v, want %v, both ways", step.tick, h, step.want)
				}
			}
		}
	})
	t.Run("a pair in both groups moves once", func(t *testing.T) {
		// One event between i and j adds its delta to E_ij once (MODEL.md
		// 1: E_ij is the running sum of the events between i and j), also
		// when both are in both groups, as with A = B = every state.
		cfg := testWorld()
		cfg.Events = []Event{{Tick: 0, Kind: ThreatShock, Label: "tension", A: Group{All: true}, B: Group{All: true}, Delta: 0.1}}
		w := mustNew(t, cfg)
		h0 := w.Hostility(iGAL, iAST)
		stepThrough(t, w, 0)
		if got := w.Hostility(iGAL, iAST); !near(got, h0+0.1, 1e-12) {
			if near(got, h0+0.2, 1e-12) {
				t.Errorf("a pair in both groups moved by %v, want the shock once (0.1)", got-h0)
			}
			t.Errorf("H(GAL, AST) = %v after a shock of 0.1 from %v", got, h0)
		}
	})
}

func testDetentePastClamp(t *testing.T) {
	// AST–DRA: rivalry 0.8 + opposed camps 0.5 = 1.3 (no regime term:
	// the rivalry is not ideological), clamped to 1: a détente of 0.2
	// still bites (E is added outside the inner clamp), and a shock cannot
	// push past 1.
	cfg := testWorld()
	cfg.Events = []Event{
		{Tick: 0, Kind: Detente, Label: "détente", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iDRA}}, Delta: 0.2},
		{Tick: 2, Kind: ThreatShock, Label: "shock", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iDRA}}, Delta: 0.5},
	}
	w := mustNew(t, cfg)
	if w.Hostility(iAST, iDRA) != 1 {
		t.Fatalf("bad fixture: H = %v", w.Hostility(iAST, iDRA))
	}
	stepThrough(t, w, 0)
	checkLogged(t, w, Detente, "détente")
	if h := w.Hostility(iDRA, iAST); !near(h, 0.8, 1e-12) {
		t.Errorf("H = %v after a détente of 0.2 from a clamped 1.3, want 0.8", h)
	}
	stepThrough(t, w, 2)
	if h := w.Hostility(iAST, iDRA); h != 1 {
		t.Errorf("H = %v after a further shock, want clamped at 1", h)
	}
}

func testGrowthShock(t *testing.T, kind EventKind, sign float64) {
	for _, perYear := range []int{1, 4} {
		cfg := withParams(testWorld(), func(p *Params) { p.Volatility, p.Drag = 0, 0 })
		cfg.TicksPerYear = perYear
		const start, duration, delta = 2, 3, 0.05
		cfg.Events = []Event{{Tick: start, Kind: kind, Label: "shock", A: Group{Nations: []int{iBOR, iCAL}}, Delta: delta, Duration: duration}}
		w := mustNew(t, cfg)
		dt := 1 / float64(perYear)
		prev := make([]float64, len(w.nations))
		for w.Step() && w.Tick() < start+duration+3 {
			if w.Tick() == start {
				checkLogged(t, w, kind, "shock")
			}
			for i, n := range w.nations {
				if prev[i] == 0 {
					continue
				}
				want := 1 + perTick(n.Growth, dt)*dt // the trend compounds to a year's growth
				if (i == iBOR || i == iCAL) && w.Tick() >= start && w.Tick() < start+duration {
					want += sign * delta * dt
				}
				if got := n.GDP / prev[i]; !near(got, want, 1e-12) {
					t.Errorf("%d ticks a year, tick %d: %s grew by %v, want %v", perYear, w.Tick(), n.ID, got, want)
				}
			}
			for i, n := range w.nations {
				prev[i] = n.GDP
			}
		}
	}
}

func testRegimeChange(t *testing.T) {
	// GAL, of regime 2, turns 8; it has an ideological rivalry (level 0.1)
	// with DRA (−7) and nothing with AST (8).
	cfg := testWorld()
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iGAL, B: iDRA, Level: 0.1, Ideological: true})
	cfg.Events = []Event{{Tick: 1, Kind: RegimeChange, Label: "coup", A: Group{Nations: []int{iGAL}}, Value: 8}}
	w := mustNew(t, cfg)
	// Before: regimes 9 apart within the rivalry, h_reg·9/20 on its level.
	if got, want := w.Hostility(iGAL, iDRA), 0.1+0.4*9/20; !near(got, want, 1e-12) {
		t.Fatalf("bad fixture: H_GAL,DRA = %v, want %v", got, want)
	}
	stepThrough(t, w, 1)
	checkLogged(t, w, RegimeChange, "coup")
	if w.nations[iGAL].Regime != 8 {
		t.Errorf("regime %v, want 8", w.nations[iGAL].Regime)
	}
	// GAL has no camp: regimes make hostility only within the ideological
	// rivalry, affinity with everyone. (AST and BOR, nearer GAL's regime
	// than DRA's, are polarized toward DRA, not GAL.)
	for _, c := range []struct {
		j       int
		h, aff  float64
		between string
	}{
		{iAST, 0, 0.5, "identical regimes"},
		{iBOR, 0, 0.5 * (1 - 1.0/10), "regimes 1 apart, no rivalry"},
		{iDRA, 0.1 + 0.4*15/20, 0.5 * (1 - 15.0/10), "ideological rivals 15 apart"},
	} {
		if got := w.Hostility(iGAL, c.j); !near(got, c.h, 1e-12) {
			t.Errorf("%s: H = %v, want %v", c.between, got, c.h)
		}
		if got := w.Affinity(iGAL, c.j); !near(got, c.aff, 1e-12) {
			t.Errorf("%s: A = %v, want %v", c.between, got, c.aff)
		}
	}
}

func testCampChange(t *testing.T) {
	// The second event names camp:red, resolved when it fires: BOR, which
	// turned red at tick 1, turns green with the original reds.
	cfg := testWorld()
	cfg.Events = []Event{
		{Tick: 1, Kind: CampChange, Label: "turn", A: Group{Nations: []int{iBOR}}, Camp: "red"},
		{Tick: 2, Kind: CampChange, Label: "rename", A: Group{Camps: []string{"red"}}, Camp: "green"},
	}
	w := mustNew(t, cfg)
	stepThrough(t, w, 1)
	checkLogged(t, w, CampChange, "turn")
	// BOR and AST now in opposed camps: h_camp, and nothing for their
	// regimes (9 and 8), which count only within an ideological rivalry.
	if h := w.Hostility(iBOR, iAST); !near(h, 0.5, 1e-12) {
		t.Errorf("H(BOR, AST) = %v after BOR turned red, want h_camp 0.5", h)
	}
	if h := w.Hostility(iBOR, iCAL); !near(h, 0.5, 1e-12) {
		t.Errorf("H(BOR, CAL) = %v after BOR turned red, want h_camp 0.5", h)
	}
	stepThrough(t, w, 2)
	checkLogged(t, w, CampChange, "rename")
	want := []string{"blue", "green", "blue", "green", "green", "green", ""}
	for i, n := range w.nations {
		if n.Camp != want[i] {
			t.Errorf("%s camp %q, want %q", n.ID, n.Camp, want[i])
		}
	}
}

func testTargetChange(t *testing.T) {
	t.Run("the alliance that holds a state", func(t *testing.T) {
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{
			{Members: []int{iAST, iBOR}, Target: 0.02, Cohesion: 0.8},
			{Members: []int{iDRA, iESK}, Target: 0.02, Cohesion: 0.8},
		}
		cfg.Events = []Event{{Tick: 0, Kind: TargetChange, Label: "2 %", Alliance: AllianceRef{Holder: iBOR}, Value: 0.05}}
		w := mustNew(t, cfg)
		stepThrough(t, w, 0)
		checkLogged(t, w, TargetChange, "2 %")
		if a, b := w.alliances[0].Target, w.alliances[1].Target; a != 0.05 || b != 0.02 {
			t.Errorf("targets %v and %v, want 0.05 for the holder's alliance and 0.02 for the other", a, b)
		}
		for _, a := range w.alliances[2:] {
			if a.Target != w.p.InitTarget {
				t.Errorf("%s formed later with target %v, want τ0 %v", a.ID, a.Target, w.p.InitTarget)
			}
		}
	})
	t.Run("an alliance by its name", func(t *testing.T) {
		// BOR belongs to both pacts: only the one named "west" moves.
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{
			{Name: "west", Members: []int{iAST, iBOR}, Target: 0.02, Cohesion: 0.8},
			{Name: "pair", Members: []int{iBOR, iCAL}, Target: 0.02, Cohesion: 0.8},
		}
		cfg.Events = []Event{{Tick: 0, Kind: TargetChange, Label: "west 3 %", Alliance: AllianceRef{Name: "west"}, Value: 0.03}}
		w := mustNew(t, cfg)
		stepThrough(t, w, 0)
		checkLogged(t, w, TargetChange, "west 3 %")
		if a, b := w.alliances[0].Target, w.alliances[1].Target; a != 0.03 || b != 0.02 {
			t.Errorf("targets %v and %v, want 0.03 for west and 0.02 for the pair", a, b)
		}
	})
	t.Run("all, including alliances formed later", func(t *testing.T) {
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{{Members: []int{iBOR, iCAL}, Target: 0.02, Cohesion: 0.8}}
		cfg.Events = []Event{{Tick: 0, Kind: TargetChange, Label: "5 %", Alliance: AllianceRef{All: true}, Value: 0.05}}
		w := mustNew(t, cfg)
		stepThrough(t, w, 5)
		if len(w.alliances) < 2 {
			t.Fatal("bad fixture: no alliance formed after the event")
		}
		for _, a := range w.alliances {
			if a.Target != 0.05 {
				t.Errorf("%s (founded at tick %d) has target %v, want 0.05", a.ID, a.Founded, a.Target)
			}
		}
	})
}

func testFiscalRule(t *testing.T) {
	// AST's debt 0.31 falls below the rule's 0.3 at tick 3 (interest 1 %,
	// growth 2 % without noise or drag, no deficit under s_funded): the cap
	// of 0.025, below the 0.03 AST is anchored at, binds until then, and
	// only then.
	const capShare = 0.025
	build := func(rule bool) *World {
		cfg := withParams(testWorld(), func(p *Params) { p.Volatility, p.Drag = 0, 0 })
		cfg.Nations[iAST].Debt = 0.31
		if rule {
			cfg.Events = []Event{{Tick: 0, Kind: FiscalRule, Label: "brake", A: Group{Nations: []int{iAST}}, Value: capShare, Debt: 0.3}}
		}
		return mustNew(t, cfg)
	}
	w, free := build(true), build(false)
	bound, lifted := 0, 0
	for w.Step() && free.Step() && w.Tick() < 8 {
		if w.Tick() == 0 {
			checkLogged(t, w, FiscalRule, "brake")
		}
		n := w.nations[iAST]
		if want := 0.31 * math.Pow(1.01/1.02, float64(w.Tick()+1)); lifted == 0 && !near(n.Debt, want, 1e-12) {
			t.Fatalf("tick %d: debt %v, want %v", w.Tick(), n.Debt, want)
		}
		if n.Debt > 0.3 {
			if n.Share > capShare {
				t.Errorf("tick %d: share %v above the cap while debt %v > 0.3", w.Tick(), n.Share, n.Debt)
			}
			if free.nations[iAST].Share > capShare {
				bound++
			}
		} else if n.Share > capShare {
			lifted++
		}
	}
	if bound == 0 || lifted == 0 {
		t.Errorf("the rule bound in %d ticks and lifted in %d: want both", bound, lifted)
	}
}

func testAidProgramme(t *testing.T) {
	cfg := testWorld()
	cfg.TicksPerYear = 4
	for i := range cfg.Nations {
		cfg.Nations[i].Policy.Generosity = 0 // only the programme gives
	}
	const start, duration = 2, 3
	cfg.Events = []Event{{Tick: start, Kind: AidProgramme, Label: "lend-lease", A: Group{Nations: []int{iGAL}},
		B: Group{Nations: []int{iBOR, iCAL}}, Value: 5, Duration: duration}}
	w := mustNew(t, cfg)
	total := 0.0
	for w.Step() && w.Tick() < start+duration+3 {
		on := w.Tick() >= start && w.Tick() < start+duration
		if w.Tick() == start {
			checkLogged(t, w, AidProgramme, "lend-lease")
		}
		want := 0.0
		if on {
			want = 5 * 0.25
		}
		for _, r := range []int{iBOR, iCAL} {
			if got := w.State(r).Flows.AidReceived; !near(got, want, 1e-12) {
				t.Errorf("tick %d: %s received %v, want %v", w.Tick(), w.nations[r].ID, got, want)
			}
		}
		if got := w.State(iGAL).Flows.AidGiven; !near(got, 2*want, 1e-12) {
			t.Errorf("tick %d: GAL gave %v, want %v", w.Tick(), got, 2*want)
		}
		total += w.State(iGAL).Flows.AidGiven
	}
	if !near(total, 2*5*0.25*duration, 1e-12) {
		t.Errorf("the programme gave %v in all, want %v", total, 2*5*0.25*duration)
	}
}

func testCapabilityShock(t *testing.T) {
	cfg := testWorld()
	cfg.Events = []Event{{Tick: 2, Kind: CapabilityShock, Label: "war", A: Group{Nations: []int{iDRA, iESK}}, Value: 0.3}}
	w := mustNew(t, cfg)
	stepThrough(t, w, 1)
	before := append([]float64(nil), capabilities(w)...)
	stepThrough(t, w, 2)
	checkLogged(t, w, CapabilityShock, "war")
	for i, n := range w.nations {
		k := before[i]
		if i == iDRA || i == iESK {
			k *= 0.7
		}
		f := w.State(i).Flows
		want := (1-w.p.Depreciation)*k + n.Share*n.GDP - f.AidGiven - f.Pooled + f.AidReceived + f.Borrowed + w.p.PoolGain*f.Pooled
		if !near(n.Capability, want, 1e-12) {
			t.Errorf("K_%s = %v, want %v", n.ID, n.Capability, want)
		}
	}
}

// testTerritory: a step of territory scales the states' GDP, forces and
// anchored GDP by its factor and leaves their debt ratios as they were: the
// same world without the event, stepped through the same draws, differs by
// the factor in GDP and not at all in debt.
func testTerritory(t *testing.T) {
	factor := map[int]float64{iDRA: 0.5, iESK: 0.5}
	cfg := testWorld()
	twin := mustNew(t, cfg)
	cfg.Events = []Event{{Tick: 2, Kind: Territory, Label: "partition", A: Group{Nations: []int{iDRA, iESK}}, Value: 0.5}}
	w := mustNew(t, cfg)
	stepThrough(t, w, 1)
	stepThrough(t, twin, 1)
	before := append([]float64(nil), capabilities(w)...)
	stepThrough(t, w, 2)
	stepThrough(t, twin, 2)
	checkLogged(t, w, Territory, "partition")
	for i, n := range w.nations {
		f, ok := factor[i]
		if !ok {
			f = 1
		}
		if m := twin.nations[i]; !near(n.GDP, f*m.GDP, 1e-12) || !near(n.Debt, m.Debt, 1e-12) {
			t.Errorf("%s: GDP %v and debt ratio %v, want %v and %v", n.ID, n.GDP, n.Debt, f*m.GDP, m.Debt)
		}
		if a, b := w.Anchor(i).GDP, twin.Anchor(i).GDP; !near(a, f*b, 1e-12) {
			t.Errorf("%s: anchored GDP %v, want %v", n.ID, a, f*b)
		}
		fl := w.State(i).Flows
		want := (1-w.p.Depreciation)*f*before[i] + n.Share*n.GDP - fl.AidGiven - fl.Pooled + fl.AidReceived + fl.Borrowed + w.p.PoolGain*fl.Pooled
		if !near(n.Capability, want, 1e-12) {
			t.Errorf("K_%s = %v, want %v", n.ID, n.Capability, want)
		}
	}
}

func capabilities(w *World) []float64 {
	out := make([]float64, len(w.nations))
	for i, n := range w.nations {
		out[i] = n.Capability
	}
	return out
}

func testEntry(t *testing.T) {
	// GAL, which enters at tick 3, is AST's rival: once in the system it
	// threatens AST.
	cfg := testWorld()
	cfg.Nations[iGAL].Active = false
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iGAL, Level: 0.3})
	const enter = 3
	cfg.Events = []Event{{Tick: enter, Kind: Entry, Label: "independence", Nation: iGAL}}
	w := mustNew(t, cfg)
	for w.Step() && w.Tick() < enter {
		if w.nations[iGAL].Active || w.ThreatVector(iAST)[iGAL] != 0 || len(records(w, Entered)) > 0 {
			t.Fatalf("tick %d: GAL active %v, threatens AST by %v before its entry", w.Tick(), w.nations[iGAL].Active, w.ThreatVector(iAST)[iGAL])
		}
	}
	checkLogged(t, w, Entry, "independence")
	if e := records(w, Entered); len(e) != 1 || e[0].Nation != "GAL" {
		t.Errorf("entered records %+v", e)
	}
	if !w.nations[iGAL].Active || w.ThreatVector(iAST)[iGAL] <= 0 || w.State(iGAL).Security <= 0 {
		t.Errorf("after entry: active %v, t_AST,GAL %v, S_GAL %v", w.nations[iGAL].Active, w.ThreatVector(iAST)[iGAL], w.State(iGAL).Security)
	}
	// It starts with the threats it finds, focused and whole.
	if w.perceived[iGAL] != w.threat[iGAL] || w.perceivedWhole[iGAL] != w.threatWhole[iGAL] || !(w.threatWhole[iGAL] > 0) {
		t.Errorf("at entry: perceived %v and whole %v, want the threats %v and %v", w.perceived[iGAL], w.perceivedWhole[iGAL], w.threat[iGAL], w.threatWhole[iGAL])
	}
}

func testMerge(t *testing.T) {
	w := mustNew(t, testWorld())
	dra, esk := w.nations[iDRA], w.nations[iESK]
	dra.Debt, esk.Debt = 0.5, 1.5
	w.nations[iDRA].Debt, w.nations[iESK].Debt = dra.Debt, esk.Debt
	e := Event{Kind: Merge, Label: "unification", Nation: iESK, Into: iDRA}
	w.apply(&e)
	n := w.nations[iDRA]
	wantDebt := (0.5*dra.GDP + 1.5*esk.GDP) / (dra.GDP + esk.GDP)
	if !near(n.GDP, dra.GDP+esk.GDP, 1e-12) || !near(n.Capability, dra.Capability+esk.Capability, 1e-12) || !near(n.Debt, wantDebt, 1e-12) {
		t.Errorf("DRA after the merge: Y %v, K %v, b %v; want %v, %v, %v", n.GDP, n.Capability, n.Debt,
			dra.GDP+esk.GDP, dra.Capability+esk.Capability, wantDebt)
	}
	if g := w.nations[iESK]; g.Active || g.GDP != 0 || g.Capability != 0 {
		t.Errorf("ESK after the merge: active %v, Y %v, K %v", g.Active, g.GDP, g.Capability)
	}
	if e := records(w, "event:merge"); len(e) != 1 || e[0].Cause != "unification" || e[0].Nation != "ESK" {
		t.Errorf("event:merge records %+v", e)
	}
	if m := records(w, Merged); len(m) != 1 || m[0].Nation != "ESK" {
		t.Errorf("merged records %+v", m)
	}
	// World capability and GDP are carried, not created.
	w2 := mustNew(t, testWorld())
	if !near(w.worldCapability(), w2.worldCapability(), 1e-12) {
		t.Errorf("world capability %v after the merge, %v before", w.worldCapability(), w2.worldCapability())
	}
}

func testDoctrine(t *testing.T) {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{
		{Members: []int{iAST, iBOR}, Cohesion: 0.8},
		{Members: []int{iDRA, iESK}, Cohesion: 0.8},
	}
	cfg.Events = []Event{
		{Tick: 1, Kind: Doctrine, Label: "flexible response", Alliance: AllianceRef{Holder: iAST}, Value: 0.7},
		{Tick: 3, Kind: Doctrine, Label: "everyone", Alliance: AllianceRef{All: true}, Value: 0.4},
	}
	w := mustNew(t, cfg)
	stepThrough(t, w, 1)
	checkLogged(t, w, Doctrine, "flexible response")
	// The doctrine is the alliance AST holds (its first pact may have
	// been folded into a larger one it leads by then).
	members := map[int]bool{}
	for _, m := range w.Memberships(iAST)[0].Members {
		members[m] = true
	}
	for i, n := range w.nations {
		want := w.p.Privateness
		if members[i] {
			want = 0.7
		}
		if n.Policy.Privateness != want {
			t.Errorf("ψ_%s = %v, want %v", n.ID, n.Policy.Privateness, want)
		}
	}
	stepThrough(t, w, 3)
	checkLogged(t, w, Doctrine, "everyone")
	for _, n := range w.nations {
		if n.Policy.Privateness != 0.4 {
			t.Errorf("ψ_%s = %v, want 0.4 for every state", n.ID, n.Policy.Privateness)
		}
	}
	t.Run("a doctrine and a pledge dated within a tick count for the part after them", func(t *testing.T) {
		// Dated three quarters into tick 1, the doctrine moves ψ a quarter
		// of the way there and the pledge the target a quarter of the way
		// (their tick's means); both are whole at tick 2.
		cfg := testWorld()
		dt := 1 / float64(cfg.TicksPerYear)
		cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8}}
		at := AllianceRef{Holder: iAST}
		cfg.Events = []Event{
			{Tick: 1, Kind: Doctrine, Label: "late doctrine", Alliance: at, Value: 0.8, From: 1.75 * dt},
			{Tick: 1, Kind: TargetChange, Label: "late pledge", Alliance: at, Value: 0.04, From: 1.75 * dt},
		}
		w := mustNew(t, cfg)
		psi0, tau0 := w.nations[iAST].Policy.Privateness, w.Memberships(iAST)[0].Target
		for _, step := range []struct {
			tick     int
			psi, tau float64
		}{{1, psi0 + (0.8-psi0)/4, tau0 + (0.04-tau0)/4}, {2, 0.8, 0.04}} {
			stepThrough(t, w, step.tick)
			a := w.Memberships(iAST)[0]
			if psi := w.nations[iAST].Policy.Privateness; !near(psi, step.psi, 1e-12) {
				t.Errorf("tick %d: ψ_AST = %v, want %v", step.tick, psi, step.psi)
			}
			if !near(a.Target, step.tau, 1e-12) {
				t.Errorf("tick %d: AST's pact's target = %v, want %v", step.tick, a.Target, step.tau)
			}
		}
	})
}

// testWar: a pact of AST and BOR, both hostile to DRA (AST's rivalry, the
// camps), does not admit CAL while CAL is at war with DRA and no member
// fights DRA, nor, once AST fights DRA, GAL, which does not; it admits CAL
// when a member fights DRA with it, and once the war ends. A new pact of two
// is barred the same way when one fights their common enemy and the other
// does not.
func testWar(t *testing.T) {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8}}
	cfg.Events = []Event{
		{Tick: 1, Kind: War, Label: "CAL–DRA war", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iDRA}}, Duration: 2},
		{Tick: 5, Kind: War, Label: "CAL and AST against DRA", A: Group{Nations: []int{iCAL, iAST}}, B: Group{Nations: []int{iDRA}}},
	}
	cfg = withParams(cfg, func(p *Params) { p.JoinValue, p.FormValue = 50, 100 }) // nobody joins or founds: the vetoes are read, not acted on
	w := mustNew(t, cfg)
	a := w.alliances[0]
	atWarVeto := func(i int) bool { return strings.Contains(w.vetoed(i, a), "war under way") }
	stepThrough(t, w, 0)
	if w.scopeWith(a, iCAL, iDRA) <= 0 || w.scopeWith(a, iGAL, iDRA) <= 0 || w.pactScope(iCAL, iAST, iDRA) <= 0 {
		t.Fatal("bad fixture: DRA is not an adversary of the AST–BOR pact, or of a pact of CAL and AST")
	}
	if atWarVeto(iCAL) || atWarVeto(iGAL) {
		t.Fatalf("before any war: CAL vetoed %q, GAL vetoed %q", w.vetoed(iCAL, a), w.vetoed(iGAL, a))
	}
	stepThrough(t, w, 1)
	checkLogged(t, w, War, "CAL–DRA war")
	if !w.atWar(iCAL, iDRA) || !w.atWar(iDRA, iCAL) || w.atWar(iAST, iDRA) {
		t.Errorf("at war: CAL–DRA %v, DRA–CAL %v, AST–DRA %v; want true, true, false", w.atWar(iCAL, iDRA), w.atWar(iDRA, iCAL), w.atWar(iAST, iDRA))
	}
	if why := w.vetoed(iCAL, a); !strings.Contains(why, "war under way with DRA") {
		t.Errorf("CAL at war with the pact's adversary: veto %q, want one for the war with DRA", why)
	}
	if atWarVeto(iGAL) {
		t.Errorf("GAL, joining a pact at peace, vetoed for a war: %q", w.vetoed(iGAL, a))
	}
	if _, split := w.pairAtWar(iCAL, iAST); !split {
		t.Error("a pact of CAL, at war with DRA, and AST, at peace with it, is not barred")
	}
	stepThrough(t, w, 2) // the war's two years are over
	if w.atWar(iCAL, iDRA) {
		t.Error("the war outlived its duration")
	}
	if atWarVeto(iCAL) {
		t.Errorf("after the war CAL is still vetoed: %s", w.vetoed(iCAL, a))
	}
	stepThrough(t, w, 3)
	if len(w.wars) != 0 {
		t.Errorf("%d wars kept after the first one ended, want none to scan", len(w.wars))
	}
	stepThrough(t, w, 5) // AST fights DRA, with CAL
	if !w.atWar(iCAL, iDRA) {
		t.Error("a war without a duration did not last")
	}
	if atWarVeto(iCAL) {
		t.Errorf("CAL vetoed though AST fights DRA with it: %s", w.vetoed(iCAL, a))
	}
	if why := w.vetoed(iGAL, a); !strings.Contains(why, "war under way with DRA") {
		t.Errorf("GAL, at peace, joining a pact whose member fights DRA: veto %q, want one for the war with DRA", why)
	}
	if _, split := w.pairAtWar(iCAL, iAST); split {
		t.Error("a pact of two co-belligerents is barred")
	}
}

// TestAShocksFirstPartIsTheTicksRestAfterItsMonth: dated on the first of
// its month, as the loader dates events, a shock counts in its tick for
// the months of the tick from its own: all of it at twelve ticks a year
// (exactly 1, not a few ulps short, which would leave a rest for the next
// tick), the quarter's months from it at four, the year's at one.
func TestAShocksFirstPartIsTheTicksRestAfterItsMonth(t *testing.T) {
	for _, perYear := range []int{1, 4, 12} {
		dt := 1 / float64(perYear)
		for year := range 30 {
			for month := 1; month <= 12; month++ {
				e := Event{Tick: year*perYear + (month-1)*perYear/12, From: float64(year) + float64(month-1)/12}
				monthsPerTick := 12 / perYear
				want := float64(monthsPerTick-(month-1)%monthsPerTick) / float64(monthsPerTick)
				got := e.FirstPart(dt)
				if (want == 1 && got != 1) || math.Abs(got-want) > 1e-12 {
					t.Fatalf("%d ticks a year, year %d, month %d: first part %v, want %v", perYear, year, month, got, want)
				}
			}
		}
	}
}
