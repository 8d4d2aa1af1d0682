package sim

import (
	"entente/agents"
)

// Choices are a steered nation's options for the coming tick, as the
// model reads them from the last tick's state: its budget's bounds, and
// the alliances it may leave, join or found with their value to it. They
// are what a class's student sees and what a scripted policy reads. The
// world moves between the reading and the decision's turn in the tick
// (events, growth, other nations' moves), so an option open here may be
// closed then; the event log says so (Blocked).
type Choices struct {
	Tick     int     // the tick the decision is for
	Nation   int     // index
	Share    float64 // the defence share now
	MinShare float64 // s_min
	MaxShare float64 // s_max, or a fiscal rule's cap when it binds
	Aid      float64 // α: its generosity by the rules [1/yr]
	// Waiting: it joined or founded a pact less than a year ago and may
	// not join or found another this tick.
	Waiting bool
	Moves   []Move
}

// Move is one alliance move with the model's reading of it.
type Move struct {
	Action Action
	Target string // the alliance's ID (join, leave) or the partner's (found)
	// Value is what the nation makes of membership by the model's
	// valuation: for leave, of staying; for join and found, of being in.
	// Its Security term is the gain in security, Burden the cost.
	Value agents.MembershipValue
	Ask   float64 // the alliance's target share τ: what it asks of its members
	// Rule: the model's rules would take this move now (join or found:
	// the best option above v_join or v_form; leave: the value of staying
	// below v_exit).
	Rule bool
}

// Choices returns nation i's options for the coming tick (nil if it is
// not steered). Callers must not modify them.
func (w *World) Choices(i int) *Choices {
	if !w.Steered(i) {
		return nil
	}
	return w.steer.choices[i]
}

// choices reads i's options from the world as the last tick left it. It
// is computed at fixed points (Steer, and after every tick) whoever
// steers, so a replay computes it as the class did.
func (w *World) choices(i int) *Choices {
	n := &w.nations[i]
	c := &Choices{Tick: w.tick, Nation: i, Share: n.Share, MinShare: n.Policy.MinShare, MaxShare: n.Policy.MaxShare, Aid: n.Policy.Generosity}
	if n.ShareCap > 0 && n.Debt > n.RuleDebt {
		c.MaxShare = max(c.MinShare, min(c.MaxShare, n.ShareCap))
	}
	if !n.Active {
		return c
	}
	c.Moves = append(c.Moves, Move{Action: Stay})
	for _, a := range w.memberships[i] {
		v := w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
		c.Moves = append(c.Moves, Move{Action: Leave, Target: a.ID, Value: v.MembershipValue, Ask: a.Target, Rule: v.Value < w.p.ExitValue})
	}
	if w.waiting(i) {
		c.Waiting = true
		return c
	}
	best, bestV := -1, 0.0
	for _, a := range w.alliances {
		if a.Dissolved || a.isMember[i] || len(a.Members) == 0 || w.rivalOfFellow(i, a) || w.vetoed(i, a) != "" {
			continue
		}
		v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
		if !w.admitted(v) {
			continue
		}
		if bar, _ := w.joinBar(a); v.Value > bar && (best < 0 || v.Value > bestV) {
			best, bestV = len(c.Moves), v.Value
		}
		c.Moves = append(c.Moves, Move{Action: Join, Target: a.ID, Value: v.MembershipValue, Ask: a.Target})
	}
	bestPact, bestMin, bestOwn := -1, 0.0, 0.0
	for j := range w.nations {
		if j == i || !w.nations[j].Active || w.shareAlliance(i, j) || w.rivals(i, j) {
			continue
		}
		if _, split := w.pairAtWar(i, j); split {
			continue
		}
		coh := w.pactCohesion(i, j)
		vi := w.value(i, option{partner: j, cohesion: coh, target: w.initTarget})
		if !w.founderAdmitted(i, j, vi) {
			continue
		}
		vj := w.value(j, option{partner: i, cohesion: coh, target: w.initTarget})
		if !w.founderAdmitted(j, i, vj) || (!w.Steered(j) && vj.Value <= w.p.FormValue) {
			continue // closed: j would not have it
		}
		if m := min(vi.Value, vj.Value); vi.Value > w.p.FormValue && vj.Value > w.p.FormValue && (bestPact < 0 || m > bestMin) {
			bestPact, bestMin, bestOwn = len(c.Moves), m, vi.Value
		}
		c.Moves = append(c.Moves, Move{Action: Found, Target: w.nations[j].ID, Value: vi.MembershipValue, Ask: w.initTarget})
	}
	switch {
	case best >= 0 && (bestPact < 0 || bestV >= bestOwn):
		c.Moves[best].Rule = true
	case bestPact >= 0:
		c.Moves[bestPact].Rule = true
	}
	return c
}
