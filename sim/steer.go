package sim

import (
	"fmt"

	"entente/agents"
)

// Steering is what the last tick made of a steered nation: its decision,
// what the model's rules would have done from the same state (computed
// where the rules run, so a class can compare its path with the model's),
// and what was done.
type Steering struct {
	Tick      int
	Absent    bool // not in the system when the tick began: nothing to decide
	Decided   bool
	Decision  Decision
	RuleShare float64  // the share the budget rule set, or would have set
	Share     float64  // the share set
	Rule      []string // alliance moves the rules made or would have made ("leave A2", "join A5", "found with USA")
	Done      []string // alliance moves made ("joined A3"), and what was blocked ("blocked: …")
}

// Steering returns what the last tick made of nation i (zero if it is not
// steered).
func (w *World) Steering(i int) Steering {
	if !w.Steered(i) {
		return Steering{}
	}
	r := w.steer.report[i]
	r.Rule = append([]string(nil), r.Rule...)
	r.Done = append([]string(nil), r.Done...)
	return r
}

// steerShare is the budget hook of phase 4: the share the rule computed
// for i, or its decision's, clamped to its bounds and a fiscal rule's cap.
func (w *World) steerShare(i int, rule float64) float64 {
	if w.steer == nil || !w.steer.is[i] {
		return rule
	}
	r := &w.steer.report[i]
	r.RuleShare, r.Share = rule, rule
	d := w.steer.dec[i]
	if d == nil || d.Share == nil {
		return rule
	}
	n := &w.nations[i]
	s := agents.Clamp(*d.Share, n.Policy.MinShare, n.Policy.MaxShare)
	if n.ShareCap > 0 && n.Debt > n.RuleDebt && s > n.ShareCap {
		s = n.ShareCap
	}
	r.Share = s
	return s
}

// steerAid is the aid hook of phase 5: i's generosity α, or its decision's.
func (w *World) steerAid(i int, alpha float64) float64 {
	if d := w.decision(i); d != nil && d.Aid != nil {
		return *d.Aid
	}
	return alpha
}

// steerExit is the exit hook of phase 7 for member i of a: whether i,
// steered with an alliance decision, leaves a (and why). ruleLeaves is the
// rules' verdict, kept for the comparison.
func (w *World) steerExit(a *Alliance, i int, ruleLeaves bool) (cause string, leaves bool) {
	d := w.allianceDecision(i)
	r := &w.steer.report[i]
	if ruleLeaves {
		r.Rule = append(r.Rule, "leave "+a.ID)
	}
	if d.Action != Leave || d.Target != a.ID {
		return "", false
	}
	r.Done = append(r.Done, "left "+a.ID)
	return "its own decision", true
}

// holdSteered, as formation starts, sets aside the nations steered with
// an alliance decision: the rules neither move them nor draw them into
// another's pact; they act by their decision in their turn (steerForm).
func (w *World) holdSteered(acted []bool) {
	if w.steer == nil {
		return
	}
	for _, i := range w.steer.nations {
		if w.allianceDecision(i) != nil {
			acted[i] = true
		}
	}
}

// steerForm is the formation hook: for a nation steered with an alliance
// decision it records what the rules would choose and carries out a join
// or a founding if the world allows it, and reports true; for any other
// nation it does nothing and reports false.
func (w *World) steerForm(i int, acted []bool) bool {
	d := w.allianceDecision(i)
	if d == nil {
		return false
	}
	r := &w.steer.report[i]
	if !w.nations[i].Active {
		return true
	}
	waiting := w.waiting(i)
	// What the rules would choose here, unless its decision has just
	// taken it out of an alliance the rules would have kept it in: from
	// that state the rules' choice says nothing of its own path.
	if !waiting && d.Action != Leave {
		switch c := w.bestChoice(i, acted); {
		case c.join:
			r.Rule = append(r.Rule, "join "+c.alliance.ID)
		case c.ok:
			r.Rule = append(r.Rule, "found with "+w.nations[c.pact.partner].ID)
		}
	}
	switch d.Action {
	case Leave:
		if len(r.Done) == 0 {
			w.block(i, fmt.Sprintf("cannot leave %s: not a member", d.Target))
		}
	case Join, Found:
		if w.steerDone(i, d) {
			return true // a steered partner founded the pact with it
		}
		if waiting {
			w.block(i, fmt.Sprintf("cannot %s %s: it joined or founded a pact less than a year ago", d.Action, d.Target))
			return true
		}
		if d.Action == Join {
			w.steerJoin(i, d.Target)
		} else {
			w.steerFound(i, d.Target, acted)
		}
	}
	return true
}

// steerDone reports whether a pact i decided to found with a steered
// partner has been founded by the partner's decision this tick.
func (w *World) steerDone(i int, d *Decision) bool {
	return d.Action == Found && len(w.steer.report[i].Done) > 0
}

func (w *World) steerJoin(i int, id string) {
	a := w.allianceByID(id)
	if reason := w.joinRefusal(i, a, id); reason != "" {
		w.block(i, reason)
		return
	}
	v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	w.addMember(a, i)
	w.moved(i)
	w.steer.report[i].Done = append(w.steer.report[i].Done, "joined "+a.ID)
	w.log(Joined, a, i, fmt.Sprintf("its own decision; value %.2f (%s)", v.Value, explain(v)))
}

// joinRefusal says why i may not join a now ("" if it may): the tests of
// admission the rules apply (no rival among the members, the pact's scope,
// no pact nested in a wider one i is outside, the members' κ), but not i's
// own value, which is the controller's to
// weigh.
func (w *World) joinRefusal(i int, a *Alliance, id string) string {
	switch {
	case a == nil:
		return fmt.Sprintf("cannot join %s: no such alliance", id)
	case a.Dissolved:
		return fmt.Sprintf("cannot join %s: it has dissolved", id)
	case a.isMember[i]:
		return fmt.Sprintf("cannot join %s: already a member", id)
	case w.rivalOfFellow(i, a):
		return fmt.Sprintf("cannot join %s: a member is its rival", id)
	}
	if why := w.vetoed(i, a); why != "" {
		return fmt.Sprintf("cannot join %s: %s", id, why)
	}
	v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	if !w.admitted(v) {
		return fmt.Sprintf("cannot join %s: its members do not see it helping against what they fear", id)
	}
	return ""
}

func (w *World) steerFound(i int, id string, acted []bool) {
	j := w.nationByID(id)
	reason := w.pactRefusal(i, j, id, acted)
	if reason != "" {
		w.block(i, reason)
		return
	}
	c := w.pactCohesion(i, j)
	vi := w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
	vj := w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
	a := w.newAlliance("", []int{i, j}, w.initTarget, c, w.p.Pooling)
	w.moved(i)
	w.moved(j)
	w.steer.report[i].Done = append(w.steer.report[i].Done, "founded "+a.ID+" with "+id)
	if w.steer.is[j] {
		w.steer.report[j].Done = append(w.steer.report[j].Done, "founded "+a.ID+" with "+w.nations[i].ID)
	}
	w.log(Formed, a, i, fmt.Sprintf("with %s, its own decision; values %.2f and %.2f", id, vi.Value, vj.Value))
}

// pactRefusal says why i may not found a pact with j now ("" if it may):
// j must be free this tick, no rival, not already an ally, not across a
// war's line from i (war.go), must see i as
// helping against what it fears, and must want the pact: by the rules'
// value (v_form) for a nation the rules decide, by its own decision for
// a steered one.
func (w *World) pactRefusal(i, j int, id string, acted []bool) string {
	switch {
	case j < 0 || j == i:
		return fmt.Sprintf("cannot found a pact with %s: no such partner", id)
	case !w.nations[j].Active:
		return fmt.Sprintf("cannot found a pact with %s: it is not in the system", id)
	case w.shareAlliance(i, j):
		return fmt.Sprintf("cannot found a pact with %s: already allies", id)
	case w.rivals(i, j):
		return fmt.Sprintf("cannot found a pact with %s: rivals", id)
	}
	if l, split := w.pairAtWar(i, j); split { // war.go
		return fmt.Sprintf("cannot found a pact with %s: it would join one side of a war under way with %s to a side that does not fight it", id, w.nations[l].ID)
	}
	dj := w.allianceDecision(j)
	switch {
	case dj != nil && (dj.Action != Found || dj.Target != w.nations[i].ID):
		return fmt.Sprintf("cannot found a pact with %s: it decided otherwise", id)
	case dj == nil && acted[j]:
		return fmt.Sprintf("cannot found a pact with %s: it has just moved", id)
	case dj != nil && w.waiting(j):
		return fmt.Sprintf("cannot found a pact with %s: it joined or founded a pact less than a year ago", id)
	}
	c := w.pactCohesion(i, j)
	vi := w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
	vj := w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
	switch {
	case !w.founderAdmitted(i, j, vi) || !w.founderAdmitted(j, i, vj):
		return fmt.Sprintf("cannot found a pact with %s: no common threat", id)
	case dj == nil && vj.Value <= w.p.FormValue:
		return fmt.Sprintf("cannot found a pact with %s: it does not want it (its value %.2f)", id, vj.Value)
	}
	return ""
}

// block logs a decided action the world did not allow.
func (w *World) block(i int, reason string) {
	w.steer.report[i].Done = append(w.steer.report[i].Done, "blocked: "+reason)
	w.log(Blocked, nil, i, reason)
}

func (w *World) allianceByID(id string) *Alliance {
	for _, a := range w.alliances {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (w *World) nationByID(id string) int {
	for i := range w.nations {
		if w.nations[i].ID == id {
			return i
		}
	}
	return -1
}
