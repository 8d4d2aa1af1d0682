package sim_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"entente/sim"
)

// observe prints what an observer reads of a tick, without the records of
// steering (decided, undecided, blocked).
func observe(w *sim.World) string {
	var b strings.Builder
	for _, r := range w.Records() {
		if r.Kind != sim.Decided && r.Kind != sim.Undecided && r.Kind != sim.Blocked {
			fmt.Fprintf(&b, "%+v\n", r)
		}
	}
	for i, n := range w.Nations() {
		fmt.Fprintf(&b, "%+v %+v\n", n, w.State(i))
	}
	for _, a := range w.Alliances() {
		fmt.Fprintf(&b, "%s %v %v %v %v\n", a.ID, a.Members, a.Cohesion, a.Dissolved, a.Ledger)
	}
	fmt.Fprintf(&b, "%+v\n", w.Diagnostics())
	return b.String()
}

func playOut(t *testing.T, name string, steer func(*sim.World)) []string {
	t.Helper()
	w := classroom(t, name)
	steer(w)
	var out []string
	for w.Step() {
		out = append(out, observe(w))
	}
	if err := w.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestUndecidedSteeringChangesNothing: a controller that never decides
// leaves its nations to the model's rules, so the run is the model's own,
// tick by tick, though the engine computes their options after every tick
// (reading them must not change the world); the log says, every tick,
// that the rules decided.
func TestUndecidedSteeringChangesNothing(t *testing.T) {
	for _, name := range []string{"classroom-balance", "cold-war"} {
		t.Run(name, func(t *testing.T) {
			want := playOut(t, name, func(*sim.World) {})
			undecided := 0
			got := playOut(t, name, func(w *sim.World) {
				all := make([]int, len(w.Nations()))
				for i := range all {
					all[i] = i
				}
				err := w.Steer(all, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
					if c == nil || c.Tick != tick || c.Nation != i {
						t.Errorf("tick %d, nation %d: choices %+v", tick, i, c)
					}
					undecided++
					return sim.Decision{}, false
				}))
				if err != nil {
					t.Fatal(err)
				}
			})
			if len(got) != len(want) {
				t.Fatalf("%d ticks steered, %d not", len(got), len(want))
			}
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("tick %d differs:\n%s\nvs the model's own\n%s", k, got[k], want[k])
				}
			}
			if undecided == 0 {
				t.Error("the controller was never asked")
			}
		})
	}
}

func share(v float64) *float64 { return &v }

// TestSteeredShareAndAid: a decided share replaces the budget rule's
// (clamped to the nation's bounds), the rule's share is kept beside it for
// the comparison, and a nation left undecided in a tick follows the rule
// again with an "undecided" record.
func TestSteeredShareAndAid(t *testing.T) {
	w := classroom(t, "classroom-balance")
	const nor = 0
	err := w.Steer([]int{nor}, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
		switch tick {
		case 2:
			return sim.Decision{}, false
		case 3:
			return sim.Decision{Share: share(1)}, true // above s_max: clamped
		}
		return sim.Decision{Share: share(0.06), Aid: share(0)}, true
	}))
	if err != nil {
		t.Fatal(err)
	}
	for w.Step() && w.Tick() < 5 {
		st, n := w.Steering(nor), w.Nations()[nor]
		kinds := kindsOf(w.Records(), "NOR")
		switch w.Tick() {
		case 2:
			if st.Decided || n.Share != st.RuleShare || !slices.Contains(kinds, sim.Undecided) {
				t.Errorf("tick 2, undecided: share %v, rule %v, records %v", n.Share, st.RuleShare, kinds)
			}
		case 3:
			if n.Share != n.Policy.MaxShare {
				t.Errorf("tick 3: share 1 gave %v, want s_max %v", n.Share, n.Policy.MaxShare)
			}
		default:
			if n.Share != 0.06 || st.Share != 0.06 || st.RuleShare == 0.06 || !slices.Contains(kinds, sim.Decided) {
				t.Errorf("tick %d: share %v (steering %+v), records %v", w.Tick(), n.Share, st, kinds)
			}
			if w.State(nor).Flows.AidGiven != 0 {
				t.Errorf("tick %d: aid 0 decided, %v given", w.Tick(), w.State(nor).Flows.AidGiven)
			}
		}
	}
}

func kindsOf(rs []sim.Record, nation string) []string {
	var out []string
	for _, r := range rs {
		if r.Nation == nation {
			out = append(out, r.Kind)
		}
	}
	return out
}

// TestSteeredAlliances: two steered nations found a pact when both decide
// it, a steered nation that decides to stay out is drawn into no pact, a
// move the world does not allow is blocked with the reason in the log,
// and a steered nation leaves its alliance by its own decision.
func TestSteeredAlliances(t *testing.T) {
	w := classroom(t, "classroom-balance")
	const nor, aur, bay = 0, 1, 2
	pact := "" // the alliance NOR and AUR found
	err := w.Steer([]int{nor, aur, bay}, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
		switch {
		case tick == 0 && i == nor:
			return sim.Decision{Action: sim.Found, Target: "AUR"}, true
		case tick == 0 && i == aur:
			return sim.Decision{Action: sim.Found, Target: "NOR"}, true
		case tick == 0 && i == bay:
			return sim.Decision{Action: sim.Stay}, true
		case tick == 1 && i == nor:
			return sim.Decision{Action: sim.Join, Target: "A99"}, true
		case tick == 2 && i == nor:
			return sim.Decision{Action: sim.Leave, Target: pact}, true
		}
		return sim.Decision{}, false
	}))
	if err != nil {
		t.Fatal(err)
	}
	var blocked, left bool
	for w.Step() && w.Tick() < 4 {
		for _, r := range w.Records() {
			switch {
			case r.Kind == sim.Formed && r.Tick == 0 && (r.Nation == "NOR" || r.Nation == "AUR"):
				pact = r.Alliance
				if !strings.Contains(r.Cause, "its own decision") {
					t.Errorf("the pact's cause: %+v", r)
				}
			case r.Kind == sim.Blocked && r.Nation == "NOR":
				blocked = r.Tick == 1 && strings.Contains(r.Cause, "no such alliance")
			case r.Kind == sim.Left && r.Nation == "NOR":
				left = r.Tick == 2 && r.Alliance == pact && r.Cause == "its own decision"
			case (r.Kind == sim.Joined || r.Kind == sim.Formed) && r.Nation == "BAY" && r.Tick == 0:
				t.Errorf("BAY decided to stay out and moved: %+v", r)
			}
		}
		if w.Tick() == 0 {
			if pact == "" || !slices.Contains(w.Steering(aur).Done, "founded "+pact+" with NOR") {
				t.Fatalf("no pact of NOR and AUR: AUR's steering %+v", w.Steering(aur))
			}
			if len(w.Memberships(bay)) != 0 {
				t.Errorf("BAY decided to stay out and is in %v", w.Memberships(bay)[0].ID)
			}
		}
		for _, a := range w.Memberships(nor) {
			if w.Tick() == 2 && a.ID == pact {
				t.Errorf("NOR decided to leave %s and is still in it", pact)
			}
		}
	}
	if !blocked || !left {
		t.Errorf("blocked %v, left %v", blocked, left)
	}
}

// TestSteeredRunsRepeat: the same decisions give the same run.
func TestSteeredRunsRepeat(t *testing.T) {
	steer := func(w *sim.World) {
		_ = w.Steer([]int{3, 5}, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
			if tick%4 == 1 {
				return sim.Decision{}, false
			}
			d := sim.Decision{Share: share(0.01 * float64(1+tick%5))}
			if len(c.Moves) > 1 {
				m := c.Moves[tick%len(c.Moves)]
				d.Action, d.Target = m.Action, m.Target
			}
			return d, true
		}))
	}
	a, b := playOut(t, "cold-war", steer), playOut(t, "cold-war", steer)
	if strings.Join(a, "") != strings.Join(b, "") {
		t.Error("two runs with the same decisions differ")
	}
}

func TestDecisionCheck(t *testing.T) {
	for _, tc := range []struct {
		d  sim.Decision
		ok bool
	}{
		{sim.Decision{Share: share(0.03)}, true},
		{sim.Decision{Action: sim.Stay}, true},
		{sim.Decision{Action: sim.Join, Target: "A1"}, true},
		{sim.Decision{Share: share(-0.1)}, false},
		{sim.Decision{Aid: share(2)}, false},
		{sim.Decision{Action: sim.Join}, false},
		{sim.Decision{Action: sim.Stay, Target: "A1"}, false},
		{sim.Decision{Action: "betray", Target: "A1"}, false},
	} {
		t.Run(tc.d.String(), func(t *testing.T) {
			if err := tc.d.Check(); (err == nil) != tc.ok {
				t.Errorf("Check() = %v, want ok %v", err, tc.ok)
			}
		})
	}
}

// TestStayingNationsNeverMove: when every nation decides, every tick, to
// stay as it is, no nation joins, founds or leaves an alliance: the
// rules move no steered nation, and no nation draws another into a pact.
// (Alliances still dissolve, and a leader still folds its smaller pact
// into its larger one, its members with it: that is the pacts' fate, not
// a nation's move; and a nation that enters during a tick was not there
// to decide, so the rules move it in that tick.) The rules' choices are
// still recorded beside the decisions.
func TestStayingNationsNeverMove(t *testing.T) {
	for _, name := range []string{"cold-war", "21st-century"} {
		t.Run(name, func(t *testing.T) {
			w := classroom(t, name)
			all := make([]int, len(w.Nations()))
			for i := range all {
				all[i] = i
			}
			if err := w.Steer(all, sim.ControllerFunc(func(int, int, *sim.Choices) (sim.Decision, bool) {
				return sim.Decision{Action: sim.Stay}, true
			})); err != nil {
				t.Fatal(err)
			}
			ruled := 0
			for {
				present := map[string]bool{}
				for _, n := range w.Nations() {
					present[n.ID] = n.Active
				}
				if !w.Step() {
					break
				}
				for _, r := range w.Records() {
					consolidated := r.Kind == sim.Joined && strings.Contains(r.Cause, " merges into ")
					if (r.Kind == sim.Joined || r.Kind == sim.Formed || r.Kind == sim.Left) && !consolidated && present[r.Nation] {
						t.Fatalf("a nation that stays moved: %+v", r)
					}
				}
				for i := range all {
					ruled += len(w.Steering(i).Rule)
				}
			}
			if err := w.Err(); err != nil {
				t.Fatal(err)
			}
			if ruled == 0 {
				t.Error("the rules' choices were never recorded")
			}
		})
	}
}

// TestSteeredWorldsKeepTheInvariants: worlds where half the nations take
// moves and shares drawn from their options (every kind, extreme shares
// and aid) keep every invariant of the checker, tick after tick.
func TestSteeredWorldsKeepTheInvariants(t *testing.T) {
	for _, name := range []string{"cold-war", "21st-century", "classroom-balance", "europe-1871"} {
		t.Run(name, func(t *testing.T) {
			w := classroom(t, name)
			var half []int
			for i := range w.Nations() {
				if i%2 == 0 {
					half = append(half, i)
				}
			}
			rng := rand.New(rand.NewPCG(uint64(len(name)), 7))
			err := w.Steer(half, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
				if rng.IntN(5) == 0 {
					return sim.Decision{}, false
				}
				s, a := []float64{0, 1, rng.Float64()}[rng.IntN(3)], []float64{0, 1, rng.Float64() / 10}[rng.IntN(3)]
				d := sim.Decision{Share: &s, Aid: &a}
				if len(c.Moves) > 0 {
					m := c.Moves[rng.IntN(len(c.Moves))]
					d.Action, d.Target = m.Action, m.Target
				}
				return d, true
			}))
			if err != nil {
				t.Fatal(err)
			}
			check := sim.NewChecker(w)
			for w.Step() {
				if err := check.Check(w); err != nil {
					t.Fatalf("tick %d: %v", w.Tick(), err)
				}
			}
			if err := w.Err(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestSteeredFoundingNeedsAWillingPartner: a steered nation that decides to
// found a pact with a partner the rules steer not is blocked when that
// partner values the pact at v_form or less, and the log says so.
func TestSteeredFoundingNeedsAWillingPartner(t *testing.T) {
	w := classroom(t, "classroom-balance")
	const fal = 6 // Falesia: Sudria values a pact with it below v_form
	if err := w.Steer([]int{fal}, sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
		return sim.Decision{Action: sim.Found, Target: "SUD"}, tick == 0
	})); err != nil {
		t.Fatal(err)
	}
	w.Step()
	for _, r := range w.Records() {
		if r.Kind == sim.Blocked && r.Nation == "FAL" &&
			strings.Contains(r.Cause, "cannot found a pact with SUD: it does not want it (its value ") {
			return
		}
	}
	t.Errorf("Falesia's pact with an unwilling Sudria was not blocked: %+v", w.Records())
}
