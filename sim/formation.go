package sim

import (
	"fmt"
	"math"
)

// formation: every active nation, in a seeded random order, evaluates its
// options (there is no threat threshold for seeking: the costs decide).
// First the existing alliance with the best value above v_join that admits
// it (its members' mean κ_ji at least κ_admit); otherwise a new pact with
// the partner whose smaller mutual value is best, both above v_form and
// both passing the κ_admit test. A nation acts at most once a tick; later
// nations see the alliances earlier ones changed (membership structures are
// updated in place).
//
// Options that cannot pass are skipped by the bounds of prune.go, which
// never skip one that could: the choices are those of the full scan.
func (w *World) formation() {
	n := len(w.nations)
	if len(w.acted) != n {
		w.acted = make([]bool, n)
		w.joinLimit = make([]float64, n)
		w.formLimit = make([]float64, n)
	}
	acted := w.acted
	clear(acted)
	w.gdps()
	// The limits depend on a nation's memberships, which change only when
	// it acts (and then it is not asked again).
	for i := range n {
		if w.nations[i].Active {
			w.joinLimit[i] = w.supportLimit(i, w.p.JoinValue)
			w.formLimit[i] = w.supportLimit(i, w.p.FormValue)
		}
	}
	w.limitsFresh = true // and so is w.gdp
	defer func() { w.limitsFresh = false }()
	// The seeded order: rand.Perm's draws, without its allocation.
	order := w.order[:0]
	for i := range n {
		order = append(order, i)
	}
	w.order = order
	w.rngFormation.Shuffle(n, func(a, b int) { order[a], order[b] = order[b], order[a] })
	for _, i := range order {
		if !w.nations[i].Active || acted[i] {
			continue
		}
		if a, v, ok := w.bestAlliance(i); ok {
			w.addMember(a, i)
			acted[i] = true
			w.log(Joined, a, i, fmt.Sprintf("value %.2f (%s)", v.Value, explain(v)))
			continue
		}
		if p, ok := w.bestPartner(i, acted); ok {
			a := w.newAlliance("", []int{i, p.partner}, w.initTarget, p.cohesion, w.p.Pooling)
			acted[i], acted[p.partner] = true, true
			w.log(Formed, a, i, fmt.Sprintf("with %s; values %.2f and %.2f", w.nations[p.partner].ID, p.own.Value, p.theirs.Value))
		}
	}
}

// pactCohesion is the cohesion a new pact of i and j starts with (and is
// valued at): c_init, or the target cohesion its founders' common threat,
// burden gap, divergence and fiscal stress support, if that is lower. A
// pact of states in fiscal distress is not worth what a sound one is, so a
// bloc that has just collapsed does not re-form at once with fresh trust.
func (w *World) pactCohesion(i, j int) float64 {
	return min(w.p.CohesionInit, w.causes([]int{i, j}, w.initTarget, w.p.Pooling).Target)
}

func (w *World) bestAlliance(i int) (*Alliance, valuation, bool) {
	var best *Alliance
	var bestV valuation
	for _, a := range w.alliances {
		if a.Dissolved || a.isMember[i] || len(a.Members) == 0 || w.cannotJoin(i, a) {
			continue
		}
		v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
		if v.KappaIn < w.p.KappaAdmit || v.Value <= w.p.JoinValue {
			continue
		}
		if best == nil || v.Value > bestV.Value {
			best, bestV = a, v
		}
	}
	return best, bestV, best != nil
}

// pact is a new pact a nation weighs: its partner, the cohesion it would
// start with, and what each founder makes of it.
type pact struct {
	partner     int
	cohesion    float64
	own, theirs valuation
}

func (w *World) bestPartner(i int, acted []bool) (pact, bool) {
	best, bestMin := pact{partner: -1}, math.Inf(-1)
	// i's side of cannotPair's first tests, over raw rows: this loop runs
	// over every pair.
	hi, pi, k := w.hostility.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data
	admit, c, limit := w.p.KappaAdmit*(1-pruneSlack), max(0, w.p.CohesionInit), w.limit(i, false)
	for j := range w.nations {
		if j == i || acted[j] || !w.nations[j].Active || 1-hi[j] < admit || c*(1-hi[j])*pi[j]*k[j] <= limit ||
			w.shareAlliance(i, j) || w.cannotPair(i, j) {
			continue
		}
		if w.kappaAt(i, j) < w.p.KappaAdmit || w.kappaAt(j, i) < w.p.KappaAdmit {
			continue
		}
		c := w.pactCohesion(i, j)
		vi := w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
		if vi.Value <= w.p.FormValue {
			continue
		}
		vj := w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
		if vj.Value <= w.p.FormValue {
			continue
		}
		if m := min(vi.Value, vj.Value); m > bestMin {
			best, bestMin = pact{partner: j, cohesion: c, own: vi, theirs: vj}, m
		}
	}
	return best, best.partner >= 0
}
