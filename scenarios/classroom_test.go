package scenarios

import (
	"fmt"
	"testing"

	"entente/sim"
)

// The classroom scenarios promise behaviours in their descriptions; these
// tests hold them to it over several seeds.

// runBuiltin runs a built-in scenario to its end and returns the world and
// its whole event log.
func runBuiltin(t *testing.T, name string, sets ...string) (*sim.World, []sim.Record) {
	t.Helper()
	sc, err := Load(name, sets)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var log []sim.Record
	for w.Step() {
		log = append(log, w.Records()...)
	}
	return w, log
}

func index(t *testing.T, w *sim.World, id string) int {
	t.Helper()
	for i, n := range w.Nations() {
		if n.ID == id {
			return i
		}
	}
	t.Fatalf("no nation %s", id)
	return -1
}

func TestClassroomBalance(t *testing.T) {
	for seed := 1; seed <= 10; seed++ {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			w, log := runBuiltin(t, "classroom-balance", fmt.Sprintf("seed=%d", seed))
			north := []int{index(t, w, "NOR"), index(t, w, "AUR"), index(t, w, "BAY")}
			south := []int{index(t, w, "SUD"), index(t, w, "COR"), index(t, w, "DUN"), index(t, w, "FAL")}
			var northern, southern *sim.Alliance
			for _, a := range w.Alliances() {
				members := ever(w, log, a)
				switch {
				case subset(north, members) && len(members) == 3:
					northern = a
				case subset(south[:1], members) && len(members) >= 3:
					// The bloc the 2015 crisis strikes: a smaller southern
					// pact whose members left for it before then is not it.
					if !a.Dissolved || w.Config().YearOf(a.DissolvedAt) >= 2015 || southern == nil {
						southern = a
					}
				}
			}
			if northern == nil || southern == nil {
				t.Fatalf("two blocs should form, one around NOR and one around SUD: %v", names(w))
			}
			if northern.Dissolved {
				t.Errorf("the northern bloc should persist; it dissolved in %v", w.Config().YearOf(northern.DissolvedAt))
			}
			if !southern.Dissolved {
				t.Fatalf("the southern bloc should dissolve after the 2015 crisis; it lasted (cohesion %.2f)", southern.Cohesion)
			}
			year := w.Config().YearOf(southern.DissolvedAt)
			if year < 2015 || year > 2025 {
				t.Errorf("the southern bloc dissolved in %v, want soon after the 2015 crisis", year)
			}
			if !has(log, sim.Strained, southern.ID) {
				t.Errorf("the southern bloc should be strained before it dissolves")
			}
			if i := index(t, w, "ELM"); len(w.Memberships(i)) > 0 {
				t.Errorf("Elmhold, threatened by no one, should stay unaligned")
			}
		})
	}
}

func TestClassroomFreeRiders(t *testing.T) {
	for _, seed := range []int{1, 2, 3, 4, 5} {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			w, _ := runBuiltin(t, "classroom-free-riders", fmt.Sprintf("seed=%d", seed))
			mag := index(t, w, "MAG")
			if len(w.Memberships(mag)) != 1 || w.Memberships(mag)[0].Size() != 5 {
				t.Fatalf("Magna and the four small states should be allied: %v", names(w))
			}
			a := w.Memberships(mag)[0]
			big := w.Nations()[mag].Share
			for _, id := range []string{"PAR", "MIN", "LIL", "TIN"} {
				if s := w.Nations()[index(t, w, id)].Share; s >= big {
					t.Errorf("%s spends %.3f of GDP, not less than Magna's %.3f: no free riding", id, s, big)
				}
			}
			if a.Exploitation <= 0.5 {
				t.Errorf("exploitation index %.2f, want clearly positive", a.Exploitation)
			}
		})
	}
	t.Run("privateness narrows the gap", func(t *testing.T) {
		gap := func(sets ...string) float64 {
			w, _ := runBuiltin(t, "classroom-free-riders", sets...)
			return w.Nations()[index(t, w, "MAG")].Share - w.Nations()[index(t, w, "PAR")].Share
		}
		if low, high := gap(), gap("psi0=0.6"); high >= low {
			t.Errorf("Magna's lead over Parva is %.3f at psi0 0.1 and %.3f at 0.6; want it to narrow", low, high)
		}
	})
}

func TestClassroomArmsRace(t *testing.T) {
	sMax := sim.DefaultParams().MaxShare
	t.Run("climbs and settles at the default reactivity", func(t *testing.T) {
		sc, err := Load("classroom-arms-race", nil)
		if err != nil {
			t.Fatal(err)
		}
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			t.Fatal(err)
		}
		start := map[string]float64{}
		peak := map[string]float64{}
		for _, id := range []string{"WES", "EAS"} {
			start[id] = w.Nations()[index(t, w, id)].Share
		}
		for w.Step() {
			for id := range start {
				peak[id] = max(peak[id], w.Nations()[index(t, w, id)].Share)
			}
		}
		for _, id := range []string{"WES", "EAS"} {
			i := index(t, w, id)
			start, peak := start[id], peak[id]
			// The description: "climb for a few years to about 4 % of GDP
			// and level off".
			if peak < start+0.003 || peak > 0.05 {
				t.Errorf("%s climbs from %.3f to %.3f, want a climb of a few tenths of a point to about 4 %%", id, start, peak)
			}
			if s := w.Nations()[i].Share; s > sMax-0.05 {
				t.Errorf("%s ends at %.3f, want well below the ceiling", id, s)
			}
		}
		assertSettled(t, "classroom-arms-race")
		if sou := w.Nations()[index(t, w, "SOU")]; sou.Share > 0.025 || len(w.Memberships(index(t, w, "SOU"))) > 0 {
			t.Errorf("Southport should spend little and stay unaligned: share %.3f", sou.Share)
		}
	})
	t.Run("runs to the ceiling at high reactivity", func(t *testing.T) {
		w, _ := runBuiltin(t, "classroom-arms-race", "k=6")
		for _, id := range []string{"WES", "EAS"} {
			if s := w.Nations()[index(t, w, id)].Share; s < sMax-0.015 {
				t.Errorf("%s ends at %.3f, want the ceiling %.2f", id, s, sMax)
			}
		}
	})
}

// assertSettled checks that the rivals' shares move less than 0.3 points
// over the last ten years of the default run.
func assertSettled(t *testing.T, name string) {
	t.Helper()
	sc, err := Load(name, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var before []float64
	for w.Step() {
		if w.Year() == float64(sc.Config.EndYear-10) {
			for _, n := range w.Nations() {
				before = append(before, n.Share)
			}
		}
	}
	for i, n := range w.Nations() {
		if d := n.Share - before[i]; d > 0.003 || d < -0.003 {
			t.Errorf("%s's share moved %.4f in the last ten years: not settled", n.ID, d)
		}
	}
}

// ever lists every nation that was ever a member of a.
func ever(w *sim.World, log []sim.Record, a *sim.Alliance) []int {
	out := append([]int(nil), a.Founders...)
	for _, r := range log {
		if r.Alliance == a.ID && r.Kind == sim.Joined {
			for i, n := range w.Nations() {
				if n.ID == r.Nation {
					out = append(out, i)
				}
			}
		}
	}
	return out
}

func subset(xs, of []int) bool {
	for _, x := range xs {
		found := false
		for _, y := range of {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

func has(log []sim.Record, kind, alliance string) bool {
	for _, r := range log {
		if r.Kind == kind && r.Alliance == alliance {
			return true
		}
	}
	return false
}

func names(w *sim.World) string {
	s := ""
	for _, a := range w.Alliances() {
		s += fmt.Sprintf("%s%v(dissolved %v) ", a.ID, a.Members, a.Dissolved)
	}
	return s
}
