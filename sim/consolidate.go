package sim

import (
	"fmt"
)

// consolidate: a state that leads several alliances folds the smaller into
// the larger when every member of the smaller would be admitted to the
// larger and would not leave it at once: the Warsaw Pact formalised the
// Soviet Union's bilateral treaties (1955), NATO took in the Brussels
// Treaty's members (1949). The leader of an alliance is its member with the
// largest forces. Members join the larger alliance ("joined", with the
// merger as the cause) and the smaller one dissolves ("merged into …").
func (w *World) consolidate() {
	// Each live alliance's leader, once: a merger does not change the
	// larger pact's leader (the newcomers are no stronger than the leader
	// they already had), and a leader with one pact has nothing to fold.
	leaders := w.scratchInts(&w.leaderBuf, len(w.alliances))
	pacts := w.scratchInts(&w.pactsLedBuf, len(w.nations)) // by leader: its live pacts
	clear(pacts)
	for k, a := range w.alliances {
		leaders[k] = -1
		if !a.Dissolved && len(a.Members) >= 2 {
			leaders[k] = w.leader(a)
			pacts[leaders[k]]++
		}
	}
	for k, b := range w.alliances {
		lead := leaders[k]
		if lead < 0 || b.Dissolved || pacts[lead] < 2 {
			continue
		}
		into := w.consolidationTarget(b, lead, leaders)
		if into == nil {
			continue
		}
		for _, m := range w.outside(b, into) {
			w.addMember(into, m)
			w.log(Joined, into, m, fmt.Sprintf("%s merges into %s, led by %s", b.ID, into.ID, w.nations[lead].ID))
		}
		w.dissolve(b, fmt.Sprintf("merged into %s", into.ID))
		pacts[lead]--
	}
}

// consolidationTarget is the largest other live alliance that lead also
// leads (leaders: each alliance's, by index) and that would take every
// member of b outside it (each admitted by the members, vetoed by none, and
// valuing it at v_join or more), or nil.
func (w *World) consolidationTarget(b *Alliance, lead int, leaders []int) *Alliance {
	var best *Alliance
	for k, a := range w.alliances {
		if a == b || a.Dissolved || leaders[k] != lead || len(a.Members) < len(b.Members) ||
			(best != nil && len(a.Members) <= len(best.Members)) {
			continue
		}
		if w.anyOutside(b, a) && w.commonAim(a, b) && w.takesAll(a, b) {
			best = a
		}
	}
	return best
}

// commonAim reports whether a and b are aimed at a common adversary: a
// state in both scopes. Pacts aimed at different enemies (the wartime
// treaties against Germany, the blocs of 1947) do not merge.
func (w *World) commonAim(a, b *Alliance) bool {
	for l := range w.nations {
		if w.scopeAt(a, l) > 0 && w.scopeAt(b, l) > 0 {
			return true
		}
	}
	return false
}

// outside lists b's members that are not in a. A pact all of whose
// members are in a is left alone: it adds no one (ATOP counts such
// overlapping treaties too, e.g. bilateral ones beside NATO).
func (w *World) outside(b, a *Alliance) []int {
	var out []int
	for _, m := range b.Members {
		if !a.isMember[m] {
			out = append(out, m)
		}
	}
	return out
}

// anyOutside reports whether a member of b is outside a, without listing
// them (consolidationTarget asks it of every pair of pacts every tick).
func (w *World) anyOutside(b, a *Alliance) bool {
	for _, m := range b.Members {
		if !a.isMember[m] {
			return true
		}
	}
	return false
}

// takesAll reports whether every member of b outside a would be admitted
// to a and would join it: its value of a, without the costs of a new
// commitment, is not negative.
func (w *World) takesAll(a, b *Alliance) bool {
	for _, m := range b.Members {
		if a.isMember[m] {
			continue
		}
		if w.rivalOfFellow(m, a) || w.vetoed(m, a) != "" {
			return false
		}
		v := w.value(m, option{alliance: a, cohesion: a.snapshot, target: a.Target})
		// It gives up b for a: no new commitment, and its autonomy is
		// given up to the same leader; it moves when the rest of a's value
		// leaves it no worse off. No v_join: that is the bar of a new
		// commitment, and the security a adds is counted on top of b's,
		// which its leader keeps giving in a (a member of a treaty of two
		// with the USSR gained little more from the USSR's larger pact, and
		// the Warsaw Pact subsumed such treaties all the same).
		net := v.Security - v.Entrapment - v.Burden - v.Neutrality
		if (v.Shared && v.KappaIn < w.p.KappaAdmit) || net < 0 {
			return false
		}
	}
	return true
}
