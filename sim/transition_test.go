package sim

import (
	"strings"
	"testing"
)

// The old pact of institutionWorld, whose institutions hold GAL (its value
// below v_exit, above v_exit − β_i·I), with both members' regimes moved
// by shift at tick 1 to the same new regime: alike stays 1, so only the
// change itself can release GAL.
func transitionWorld(shift, regimeNew float64) Config {
	cfg := institutionWorld(200, 0)
	cfg.Params.RegimeNew = regimeNew
	cfg.Params.InstituteHold = 0.4 // holds GAL, whatever its regime
	to := cfg.Nations[iAST].Regime - shift
	cfg.Events = []Event{{Tick: 1, Kind: RegimeChange, Label: "revolution", A: Group{Nations: []int{iAST, iGAL}}, Value: to}}
	return cfg
}

// A regime change (3 Polity points or more) releases the members of a
// pact from its institutions for regime_new years: GAL, held before, leaves
// for its value in the tick of the change (exit_patience 1). A move of 2
// points is no regime change, and at regime_new 0 no change releases
// anyone. The leader's change alone releases GAL too: the change, not the
// difference of regimes (institutions hold a member whatever its regime),
// is what lets a member go.
func TestANewRegimeIsNotHeldByItsPredecessorsInstitutions(t *testing.T) {
	for _, c := range []struct {
		name             string
		shift, regimeNew float64
		leaderOnly       bool
		leaves           bool
	}{
		{"a change of 3 points", 3, 3, false, true},
		{"a change of 2 points", 2, 3, false, false},
		{"regime_new 0", 6, 0, false, false},
		{"the leader's change alone", 3, 3, true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := transitionWorld(c.shift, c.regimeNew)
			if c.leaderOnly {
				cfg.Events[0].A = Group{Nations: []int{iAST}}
			}
			w := madeInTheRun(mustNew(t, cfg))
			a := w.Alliances()[0]
			if v := w.ValueOf(iGAL, a).Value.Value; v >= w.p.ExitValue || v <= w.p.ExitValue-w.p.InstituteHold*a.Institution {
				t.Fatalf("bad fixture: GAL values the pact at %v", v)
			}
			left := 0
			for w.Step() && w.Tick() <= 5 {
				for _, r := range records(w, Left) {
					left++
					if r.Nation != "GAL" || r.Tick != 1 || !strings.Contains(r.Cause, "value") {
						t.Errorf("%s left at tick %d (%q), want GAL at tick 1 for its value", r.Nation, r.Tick, r.Cause)
					}
				}
			}
			if got := left > 0; got != c.leaves {
				t.Errorf("GAL left: %v, want %v", got, c.leaves)
			}
		})
	}
}

// TestAnOrganisedPactHoldsThroughAChangeOfRegime: the pact of the test
// above, marked organised (a start pact with an organisation of its
// members), holds GAL through its own change of regime and through its
// leader's: members of organised pacts leave them no more often after a
// change of regime (ATOP and Polity: 0.3 % a year either way,
// TestAnOrganisationHoldsThroughAChangeOfRegime in cmd/scenariogen).
func TestAnOrganisedPactHoldsThroughAChangeOfRegime(t *testing.T) {
	for _, leaderOnly := range []bool{false, true} {
		cfg := transitionWorld(3, 3)
		if leaderOnly {
			cfg.Events[0].A = Group{Nations: []int{iAST}}
		}
		w := madeInTheRun(mustNew(t, cfg))
		w.alliances[0].organised = true
		for w.Step() && w.Tick() <= 5 {
			for _, r := range records(w, Left) {
				t.Errorf("leader's change alone %v: %s left at tick %d (%q); an organised pact holds it", leaderOnly, r.Nation, r.Tick, r.Cause)
			}
		}
		if !w.newRegimeAt(iAST, 1) {
			t.Fatal("bad fixture: AST's regime is not new after the change")
		}
	}
}

// A regime is new for regime_new years from the tick of its change, that
// tick included, at any tick length; a change of the leader's regime
// releases every member.
func TestNewRegimeLastsRegimeNewYears(t *testing.T) {
	for _, perYear := range []int{1, 4, 12} {
		cfg := transitionWorld(3, 3)
		cfg.TicksPerYear = perYear
		cfg.Events[0].Tick = perYear // a year in
		cfg.Events[0].A = Group{Nations: []int{iAST}}
		w := mustNew(t, cfg)
		for w.Step() && w.Tick() <= 5*perYear {
			tk := w.Tick()
			want := tk >= perYear && tk < 4*perYear
			if got := w.newRegimeAt(iAST, tk); got != want {
				t.Fatalf("%d ticks a year, tick %d: AST's regime new %v, want %v", perYear, tk, got, want)
			}
			if w.newRegimeAt(iGAL, tk) {
				t.Fatalf("%d ticks a year, tick %d: GAL's regime is new, but only AST's changed", perYear, tk)
			}
		}
		// The next tick's decisions: GAL is unbound while its leader's
		// regime is new.
		w.regimeAt[iAST] = w.tick
		if !w.unbound(iGAL, iAST) || !w.unbound(iAST, iGAL) {
			t.Errorf("%d ticks a year: a new leader's regime leaves a member bound", perYear)
		}
	}
}

// A state whose regime has just changed is not drawn to a community of
// like regimes until its regime is regime_new years old: NEAR, unlike the
// pact's leader before (6 against 10), becomes a democracy at tick 1.
func TestANewRegimeIsNotDrawnToACommunity(t *testing.T) {
	const iNear = 2
	cfg := communityWorld(0.9)
	cfg.Nations[iNear].Regime = 6
	cfg.Params.JoinValue, cfg.Params.FormValue = 1000, 1000 // nobody joins: drawn is asked at every tick
	cfg.Events = []Event{{Tick: 1, Kind: RegimeChange, Label: "democratisation", A: Group{Nations: []int{iNear}}, Value: 10}}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	for w.Step() && w.Tick() < 5 {
		tk := w.Tick() + 1 // between steps the world stands at the next tick, whose choices drawn informs
		_, drawn := w.drawn(iNear, a)
		if want := tk >= 4; drawn != want {
			t.Errorf("tick %d: NEAR drawn %v, want %v", tk, drawn, want)
		}
	}
}

// A regime the scenario's data show as reached shortly before the start is
// new in the run's first years as one changed by an event is: GAL, its
// regime reached the year before the start, is not held by the pact's
// institutions and leaves for its value after the first year; reached
// regime_new years before the start, or not given, it is held. At four
// ticks a year the window is counted in ticks from the year's first.
func TestARegimeReachedBeforeTheStartIsNew(t *testing.T) {
	for _, c := range []struct {
		name    string
		before  int // years before the start; −1: not given
		perYear int
		leaves  bool
	}{
		{"the year before the start", 1, 1, true},
		{"the start's year", 0, 1, true},
		{"regime_new years before", 3, 1, false},
		{"not given", -1, 1, false},
		{"the year before, at 4 ticks a year", 1, 4, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := institutionWorld(200, 0)
			cfg.Params.RegimeNew, cfg.Params.InstituteHold = 3, 0.4
			cfg.TicksPerYear = c.perYear
			cfg.RegimeSince = make([]int, len(cfg.Nations))
			if c.before >= 0 {
				cfg.RegimeSince[iGAL] = cfg.StartYear - c.before
			}
			w := madeInTheRun(mustNew(t, cfg))
			newUntil := (3 - max(c.before, 0)) * c.perYear // the first tick it is old
			for tk := 0; tk < 5*c.perYear; tk++ {
				if got, want := w.newRegimeAt(iGAL, tk), c.before >= 0 && tk < newUntil; got != want {
					t.Fatalf("tick %d: GAL's regime new %v, want %v", tk, got, want)
				}
			}
			left := false
			for w.Step() && w.Tick() <= 2*c.perYear {
				for _, r := range records(w, Left) {
					left = true
					// exit_patience 1: a year of low value, the run's first.
					if r.Nation != "GAL" || r.Tick != c.perYear-1 || !strings.Contains(r.Cause, "value") {
						t.Errorf("%s left at tick %d (%q), want GAL at the end of the first year for its value", r.Nation, r.Tick, r.Cause)
					}
				}
			}
			if left != c.leaves {
				t.Errorf("GAL left: %v, want %v", left, c.leaves)
			}
		})
	}
}

// A regime reached after the start is no start fact: Validate refuses it,
// but for a state that enters in the run.
func TestRegimeSinceAfterTheStartIsInvalid(t *testing.T) {
	cfg := institutionWorld(200, 0)
	cfg.RegimeSince = make([]int, len(cfg.Nations))
	cfg.RegimeSince[iGAL] = cfg.StartYear + 1
	if errs := cfg.Validate(); len(errs) == 0 {
		t.Fatal("a regime reached after the start passed Validate")
	}
	cfg.Nations[iGAL].Active, cfg.Alliances = false, nil // an entrant: its regime is reached by its entry, in the run
	if errs := cfg.Validate(); len(errs) != 0 {
		t.Fatalf("an entrant's regime reached after the start refused: %v", errs)
	}
	cfg.RegimeSince = []int{cfg.StartYear}
	if errs := cfg.Validate(); len(errs) == 0 {
		t.Fatal("a regime_since of the wrong length passed Validate")
	}
}

// A state whose regime is reached at its entry is new for regime_new years
// from the entry's tick, not from its year's first: GAL, entering in April
// of the run's third year (tick 9 at four ticks a year) with its regime of
// that year, is new from tick 9 to tick 20, and old from tick 21.
func TestAnEntrantsRegimeIsNewFromItsEntry(t *testing.T) {
	cfg := institutionWorld(200, 0)
	cfg.Params.RegimeNew = 3
	cfg.TicksPerYear = 4
	cfg.Alliances = nil
	cfg.Nations[iGAL].Active = false
	cfg.Events = []Event{{Tick: 9, Kind: Entry, Label: "independence", Nation: iGAL}}
	cfg.RegimeSince = make([]int, len(cfg.Nations))
	cfg.RegimeSince[iGAL] = cfg.StartYear + 2
	w := mustNew(t, cfg)
	checked := 0
	for w.Step() && w.Tick() < 28 {
		tk := w.Tick()
		if tk >= 9 && !w.nations[iGAL].Active {
			t.Fatalf("tick %d: GAL not in the system after its entry", tk)
		}
		if !w.nations[iGAL].Active {
			continue
		}
		checked++
		if want := tk < 21; w.newRegimeAt(iGAL, tk) != want {
			t.Fatalf("tick %d: GAL's regime new %v, want %v", tk, !want, want)
		}
	}
	if checked < 15 {
		t.Fatalf("checked %d ticks, want GAL in the system from tick 9", checked)
	}
}
