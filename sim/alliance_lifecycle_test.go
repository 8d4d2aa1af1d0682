package sim

import (
	"slices"
	"strings"
	"testing"
)

// neutralWorld is testWorld with AST, BOR and CAL allied, BOR declared
// neutral and the neutrality penalty whole at any danger: BOR shares its
// allies' threat (κ high) but values the membership far below v_exit.
func neutralWorld(perYear int) Config {
	cfg := withParams(testWorld(), func(p *Params) { p.NeutralLow, p.NeutralHigh = 0.99, 1 })
	cfg.TicksPerYear = perYear
	cfg.Nations[iBOR].Neutral = true
	cfg.Alliances = []AllianceConfig{{Name: "west", Members: []int{iAST, iBOR, iCAL}, Target: 0.02, Cohesion: 0.8}}
	return cfg
}

func TestExitAfterPatience(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
	}{{"yearly", 1}, {"quarterly", 4}} {
		t.Run(tc.name, func(t *testing.T) {
			w := madeInTheRun(mustNew(t, neutralWorld(tc.perYear)))
			a := w.alliances[0]
			v := w.ValueOf(iBOR, a)
			if v.Value.Value >= w.p.ExitValue || v.KappaIn < w.p.KappaStay {
				t.Fatalf("bad fixture: BOR's value %v, κ_in %v", v.Value.Value, v.KappaIn)
			}
			for _, i := range []int{iAST, iCAL} {
				if o := w.ValueOf(i, a); o.Value.Value < w.p.ExitValue || o.KappaIn < w.p.KappaStay {
					t.Fatalf("bad fixture: %s would leave too: %+v", w.nations[i].ID, o)
				}
			}
			patience := w.ticksOf(w.p.ExitPatience) // tc.perYear ticks a year
			// Hysteresis: a tick of value above v_exit resets the count.
			for range patience - 1 {
				w.exits()
			}
			w.nations[iBOR].Neutral = false
			w.exits()
			if o := w.ValueOf(iBOR, a); o.Value.Value < w.p.ExitValue {
				t.Fatalf("bad fixture: BOR's value without neutrality %v", o.Value.Value)
			}
			w.nations[iBOR].Neutral = true
			for k := 1; k < patience; k++ {
				w.exits()
				if !a.Has(iBOR) || len(records(w, Left)) > 0 {
					t.Fatalf("BOR left after %d ticks of low value, before exit_patience (%d ticks)", k, patience)
				}
			}
			w.exits()
			if a.Has(iBOR) {
				t.Fatalf("BOR still a member after %d ticks of low value", patience)
			}
			left := records(w, Left)
			if len(left) != 1 || left[0].Nation != "BOR" || left[0].Alliance != a.ID || !strings.HasPrefix(left[0].Cause, "value") {
				t.Errorf("left records %+v, want BOR leaving %s for its value", left, a.ID)
			}
			if a.Dissolved || !a.Has(iAST) || !a.Has(iCAL) || len(w.Memberships(iBOR)) != 0 {
				t.Errorf("after BOR left: dissolved %v, members %v, BOR's memberships %d", a.Dissolved, a.Members, len(w.Memberships(iBOR)))
			}
		})
	}
}

func TestRivalOfTheLeaderLeaves(t *testing.T) {
	// BOR turns red at tick 2 (the 1989 revolutions in reverse): it is now
	// hostile to AST, the pact's leader, at h_camp ≥ h_scope. A rival of
	// the leader is held by no institution (the pact is fifty years old)
	// and leaves after exit_patience, counted from the turn; the pact goes
	// on with AST and CAL.
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{{Name: "west", Members: []int{iAST, iBOR, iCAL}, Target: 0.02, Cohesion: 0.8, Age: 50}}
	const turn = 2
	cfg.Events = []Event{
		{Tick: turn, Kind: CampChange, A: Group{Nations: []int{iBOR}}, Camp: "red"},
		{Tick: turn, Kind: RegimeChange, A: Group{Nations: []int{iBOR}}, Value: -7},
	}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	if w.leader(a) != iAST {
		t.Fatalf("bad fixture: the leader is %s", w.nations[w.leader(a)].ID)
	}
	patience := w.ticksOf(w.p.ExitPatience)
	for w.Step() && w.Tick() < turn+patience+2 {
		if w.Tick() >= turn && !w.rivals(iBOR, iAST) {
			t.Fatalf("tick %d: bad fixture: BOR is not AST's rival (H %v)", w.Tick(), w.Hostility(iBOR, iAST))
		}
		left := records(w, Left)
		if w.Tick() < turn+patience-1 {
			if len(left) > 0 {
				t.Fatalf("tick %d: %+v left before exit_patience", w.Tick(), left)
			}
			continue
		}
		if len(left) > 0 {
			if len(left) != 1 || left[0].Nation != "BOR" || left[0].Cause != "rival of the pact's leader, AST" {
				t.Errorf("left records %+v, want BOR as a rival of the pact's leader, AST", left)
			}
			if a.Has(iBOR) || !a.Has(iAST) || !a.Has(iCAL) || a.Dissolved {
				t.Errorf("after BOR left: members %v, dissolved %v", a.Members, a.Dissolved)
			}
			if w.Tick() != turn+patience-1 {
				t.Errorf("BOR left at tick %d, want %d: exit_patience ticks counted from the turn", w.Tick(), turn+patience-1)
			}
			return
		}
	}
	t.Errorf("BOR never left; members %v", a.Members)
}

func TestDissolution(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
	}{{"yearly", 1}, {"quarterly", 4}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testWorld()
			cfg.TicksPerYear = tc.perYear
			cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR, iCAL}, Cohesion: 0.05}}
			w := mustNew(t, cfg)
			a := w.alliances[0]
			patience := int(w.p.DissolvePatient) * tc.perYear
			for range patience - 1 {
				w.dissolutions()
			}
			a.Cohesion = 0.5 // one tick above c_dissolve resets the count
			w.dissolutions()
			a.Cohesion = 0.05
			for k := 1; k < patience; k++ {
				w.dissolutions()
				if a.Dissolved {
					t.Fatalf("dissolved after %d ticks below c_dissolve, before patience (%d ticks)", k, patience)
				}
			}
			w.dissolutions()
			if !a.Dissolved {
				t.Fatalf("not dissolved after %d ticks below c_dissolve", patience)
			}
			d := records(w, Dissolved)
			if len(d) != 1 || d[0].Alliance != a.ID || !strings.Contains(d[0].Cause, "cohesion") {
				t.Errorf("dissolved records %+v", d)
			}
			if len(records(w, Left)) != 0 || len(a.Members) != 0 || !slices.Equal(a.LastMembers, []int{iAST, iBOR, iCAL}) {
				t.Errorf("dissolution: left records %v, members %v, last members %v", records(w, Left), a.Members, a.LastMembers)
			}
			for _, i := range []int{iAST, iBOR, iCAL} {
				if len(w.Memberships(i)) != 0 {
					t.Errorf("%s still holds %d memberships", w.nations[i].ID, len(w.Memberships(i)))
				}
			}
			if got := len(w.Live()); got != 0 {
				t.Errorf("%d live alliances after dissolution", got)
			}
		})
	}
}

func TestDissolutionBelowTwoMembers(t *testing.T) {
	cfg := neutralWorld(1)
	cfg.Alliances[0].Members = []int{iBOR, iCAL}
	w := madeInTheRun(mustNew(t, cfg))
	a := w.alliances[0]
	for range w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if !a.Dissolved || a.DissolvedAt != w.tick {
		t.Fatalf("a pact left with one member is not dissolved at once: dissolved %v, members %v", a.Dissolved, a.Members)
	}
	d := records(w, Dissolved)
	if len(d) != 1 || !strings.Contains(d[0].Cause, "fewer than two") {
		t.Errorf("dissolved records %+v", d)
	}
	if len(w.Memberships(iCAL)) != 0 || len(records(w, Left)) != 1 {
		t.Errorf("CAL holds %d memberships; left records %+v (want only BOR's)", len(w.Memberships(iCAL)), records(w, Left))
	}
}

func TestMergeEndsMembershipsWithoutLeaving(t *testing.T) {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{
		{Name: "east", Members: []int{iDRA, iESK, iFEN}, Cohesion: 0.8},
		{Name: "pair", Members: []int{iESK, iGAL}, Cohesion: 0.8},
	}
	cfg.Events = []Event{{Tick: 1, Kind: Merge, Nation: iESK, Into: iDRA}}
	w := madeInTheRun(mustNew(t, cfg))
	w.Step()
	w.Step()
	east, pair := w.alliances[0], w.alliances[1]
	if len(records(w, Left)) != 0 {
		t.Errorf("a merge logged departures: %+v", records(w, Left))
	}
	if m := records(w, Merged); len(m) != 1 || m[0].Nation != "ESK" {
		t.Errorf("merged records %+v", m)
	}
	if east.Dissolved || east.Has(iESK) || !east.Has(iDRA) || !east.Has(iFEN) {
		t.Errorf("east: dissolved %v, members %v", east.Dissolved, east.Members)
	}
	if !pair.Dissolved || !strings.Contains(records(w, Dissolved)[0].Cause, "merged") {
		t.Errorf("the pair left with GAL alone: dissolved %v, records %+v", pair.Dissolved, w.Records())
	}
	if len(w.Memberships(iESK)) != 0 || w.nations[iESK].Active {
		t.Errorf("ESK: %d memberships, active %v", len(w.Memberships(iESK)), w.nations[iESK].Active)
	}
	// The absorbed state takes no further part: it joins nothing later.
	for w.Step() && w.Tick() < 10 {
		if len(w.Memberships(iESK)) != 0 {
			t.Fatalf("tick %d: merged ESK joined an alliance", w.Tick())
		}
	}
}
