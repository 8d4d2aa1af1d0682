package sim_test

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"entente/agents"
	"entente/sim"
)

// TestWhyChangesNothing reads every nation, every pact of two and every
// candidacy after every tick of historical runs, at one, four and twelve
// ticks a year: the runs' events, nations and perceptions are those of
// the same runs unread.
func TestWhyChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("historical runs read after every tick")
	}
	for _, c := range []struct {
		name string
		per  int
	}{{"cold-war", 1}, {"cold-war", 4}, {"europe-1871", 12}} {
		set := "scenario.ticks_per_year=" + strconv.Itoa(c.per)
		plain, read := classroom(t, c.name, set), classroom(t, c.name, set)
		n := len(plain.Nations())
		for plain.Step() {
			if !read.Step() {
				t.Fatal("the read run ended first")
			}
			for i := range n {
				read.Why(i)
				for j := range n {
					read.WhyPact(i, j)
				}
				for _, a := range read.Alliances() {
					if !a.Dissolved && !a.Has(i) {
						read.WhyJoin(i, a)
					}
				}
			}
			if !reflect.DeepEqual(plain.Records(), read.Records()) {
				t.Fatalf("%s at %d ticks a year, tick %d: the events differ once read:\n%v\n%v", c.name, c.per, plain.Tick(), plain.Records(), read.Records())
			}
			if !reflect.DeepEqual(plain.Nations(), read.Nations()) {
				t.Fatalf("%s at %d ticks a year, tick %d: the nations differ once read", c.name, c.per, plain.Tick())
			}
			for i := range n {
				if p, r := plain.State(i), read.State(i); !reflect.DeepEqual(p, r) {
					t.Fatalf("%s at %d ticks a year, tick %d, %s: %+v read, %+v unread", c.name, c.per, plain.Tick(), plain.Nations()[i].ID, r, p)
				}
			}
		}
	}
}

// TestWhyAgreesWithTheRules checks the readings against what the next
// tick's rules do: every state that founded a pact or joined one (a merger
// is consolidation's, not a candidacy) was read as acting at the next tick,
// its deliberation over; where that act was its best option as the tick
// before left the world, the pact passed both founders' tests, or the
// candidacy its own (a best option that appears at the next tick, a state
// entering with it, is weighed then); and the budget's terms give its
// desire.
func TestWhyAgreesWithTheRules(t *testing.T) {
	for _, c := range []struct {
		name string
		per  int
	}{{"europe-1871", 1}, {"cold-war", 1}, {"cold-war", 4}} {
		name := c.name
		t.Run(name+"@"+strconv.Itoa(c.per), func(t *testing.T) {
			if testing.Short() && name != "europe-1871" {
				t.Skip("a long run")
			}
			set := "scenario.ticks_per_year=" + strconv.Itoa(c.per)
			w, next := classroom(t, name, set), classroom(t, name, set)
			next.Step()
			idx := map[string]int{}
			for i, n := range w.Nations() {
				idx[n.ID] = i
			}
			founded, joined, waited := 0, 0, 0
			for w.Step() && next.Step() {
				for i, n := range w.Nations() {
					if !n.Active {
						continue
					}
					y := w.Why(i)
					checkBudget(t, w, y, n)
					if !y.Waiting {
						continue
					}
					// A nation that waits makes no move at the next tick,
					// and every candidacy of its says so.
					waited++
					for _, r := range next.Records() {
						if r.Nation == n.ID && (r.Kind == sim.Formed || r.Kind == sim.Joined) && !strings.Contains(r.Cause, "merges into") {
							t.Errorf("%s waited after %.2f, yet %s %s", n.ID, w.Year(), r.Kind, r.Alliance)
						}
					}
					for _, a := range w.Alliances() {
						if !a.Dissolved && !a.Has(i) {
							if j := w.WhyJoin(i, a); !strings.Contains(j.Closed, "waits") {
								t.Errorf("%s waits after %.2f, but its candidacy to %s reads %q, %q", n.ID, w.Year(), a.ID, j.Closed, j.Side.Fails)
							}
						}
					}
				}
				for _, r := range next.Records() {
					switch r.Kind {
					case sim.Formed:
						partner := strings.Fields(strings.TrimPrefix(r.Cause, "with "))[0]
						partner = strings.TrimSuffix(partner, ";")
						y := w.Why(idx[r.Nation])
						if !y.Acts {
							t.Errorf("%s formed %s with %s at %.0f, but the reading before said it would not act (%+v)", r.Nation, r.Alliance, partner, r.Year, y.Next)
						}
						if y.Next == nil || y.Next.Action != sim.Found || y.Next.Target != partner {
							continue
						}
						p := w.WhyPact(idx[r.Nation], idx[partner])
						if p.Closed != "" || p.Sides[0].Fails != "" || p.Sides[1].Fails != "" {
							t.Errorf("%s formed %s with %s at %.0f, but the reading before said: %q, %q, %q", r.Nation, r.Alliance, partner, r.Year, p.Closed, p.Sides[0].Fails, p.Sides[1].Fails)
						}
						founded++
					case sim.Joined:
						a := allianceByID(w, r.Alliance)
						if a == nil || strings.Contains(r.Cause, "merges into") {
							continue // founded at the same tick, or a merger (consolidate.go)
						}
						y := w.Why(idx[r.Nation])
						if !y.Acts {
							t.Errorf("%s joined %s at %.0f, but the reading before said it would not act (%+v)", r.Nation, r.Alliance, r.Year, y.Next)
						}
						if y.Next == nil || y.Next.Action != sim.Join || y.Next.Target != r.Alliance {
							continue
						}
						j := w.WhyJoin(idx[r.Nation], a)
						if j.Closed != "" || j.Side.Fails != "" {
							t.Errorf("%s joined %s at %.0f, but the reading before said: %q, %q", r.Nation, r.Alliance, r.Year, j.Closed, j.Side.Fails)
						}
						joined++
					}
				}
			}
			if founded == 0 || joined == 0 || (c.per > 1 && waited == 0) {
				t.Errorf("%s: %d pacts founded, %d joins and %d waits read: the test checks nothing", name, founded, joined, waited)
			}
		})
	}
}

func allianceByID(w *sim.World, id string) *sim.Alliance {
	for _, a := range w.Alliances() {
		if a.ID == id && !a.Dissolved {
			return a
		}
	}
	return nil
}

// checkBudget recomputes the peace rule's desire from the reading's terms.
func checkBudget(t *testing.T, w *sim.World, y sim.Why, n agents.Nation) {
	t.Helper()
	b := y.Budget
	if !b.Set {
		t.Fatalf("%s: no budget read after a tick", n.ID)
	}
	// The desire the rule computed, from the reading's account of the war
	// that raised it (or the peace rule's alone).
	desire := b.Peace
	if wr := b.War; wr != nil {
		need := min(max(min(wr.Match, wr.Cap), wr.Effort), wr.Ceiling)
		desire = b.Peace + wr.Part*max(0, need-b.Peace)
	}
	if desire != b.Desired {
		t.Fatalf("%s at %.2f: the reading's war gives a desire of %v, the rule desired %v (%+v)", n.ID, w.Year(), desire, b.Desired, b.War)
	}
	want := agents.Clamp(b.Anchor.Share*b.Terms.Threat*b.Terms.Income*b.Terms.Regime+b.Pull-b.Terms.Brake, n.Policy.MinShare, n.Policy.MaxShare)
	if math.Abs(want-b.Peace) > 1e-12*max(1, b.Peace) {
		t.Fatalf("%s at %.2f: the terms give %v, the rule desired %v", n.ID, w.Year(), want, b.Peace)
	}
	if b.Desired < b.Peace {
		t.Fatalf("%s: a war lowered the desire (%v < %v)", n.ID, b.Desired, b.Peace)
	}
}
