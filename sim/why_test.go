package sim_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"entente/agents"
	"entente/sim"
)

// TestWhyChangesNothing reads every nation, every pact of two and every
// candidacy after every tick of a historical run: the run's events and
// budgets are those of the same run unread.
func TestWhyChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("a historical run read after every tick")
	}
	plain, read := classroom(t, "cold-war"), classroom(t, "cold-war")
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
			t.Fatalf("tick %d: the events differ once read:\n%v\n%v", plain.Tick(), plain.Records(), read.Records())
		}
		for i, p := range plain.Nations() {
			if r := read.Nations()[i]; p.Share != r.Share || p.Capability != r.Capability {
				t.Fatalf("tick %d, %s: share %v, forces %v read; %v, %v unread", plain.Tick(), p.ID, r.Share, r.Capability, p.Share, p.Capability)
			}
		}
	}
}

// TestWhyAgreesWithTheRules checks the readings against what the next
// tick's rules do: every pact founded at a tick passed both founders'
// tests as the tick before left the world, and every state that joined
// passed its candidacy's (a merger is consolidation's, not a candidacy);
// and the budget's terms give its desire.
func TestWhyAgreesWithTheRules(t *testing.T) {
	for _, name := range []string{"europe-1871", "cold-war"} {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && name != "europe-1871" {
				t.Skip("a long run")
			}
			w, next := classroom(t, name), classroom(t, name)
			next.Step()
			idx := map[string]int{}
			for i, n := range w.Nations() {
				idx[n.ID] = i
			}
			founded, joined := 0, 0
			for w.Step() && next.Step() {
				for i, n := range w.Nations() {
					if !n.Active {
						continue
					}
					y := w.Why(i)
					checkBudget(t, w, y, n)
				}
				for _, r := range next.Records() {
					switch r.Kind {
					case sim.Formed:
						partner := strings.Fields(strings.TrimPrefix(r.Cause, "with "))[0]
						partner = strings.TrimSuffix(partner, ";")
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
						j := w.WhyJoin(idx[r.Nation], a)
						if j.Closed != "" || j.Side.Fails != "" {
							t.Errorf("%s joined %s at %.0f, but the reading before said: %q, %q", r.Nation, r.Alliance, r.Year, j.Closed, j.Side.Fails)
						}
						joined++
					}
				}
			}
			if founded == 0 || joined == 0 {
				t.Errorf("%s: %d pacts founded and %d joins read: the test checks nothing", name, founded, joined)
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
	if b.Share != n.Share {
		t.Fatalf("%s: the reading's share %v, the nation's %v", n.ID, b.Share, n.Share)
	}
	want := agents.Clamp(b.Anchor.Share*b.ThreatTerm*b.IncomeTerm+b.Pull-b.Brake, n.Policy.MinShare, n.Policy.MaxShare)
	if math.Abs(want-b.Peace) > 1e-12*max(1, b.Peace) {
		t.Fatalf("%s at %.2f: the terms give %v, the rule desired %v", n.ID, w.Year(), want, b.Peace)
	}
	if b.Desired < b.Peace {
		t.Fatalf("%s: a war lowered the desire (%v < %v)", n.ID, b.Desired, b.Peace)
	}
}
