package sim

import (
	"fmt"
	"math"
)

// formation: every active nation, in a seeded random order, evaluates its
// options (there is no threat threshold for seeking: the costs decide). A
// nation that joined or founded a pact waits a year before it acts again,
// whatever the tick length: decisions to ally are yearly, so one, four or
// twelve ticks a year let the same cascades run.
// Its options are the existing alliance with the best value above v_join
// that admits it (its members' mean scoped κ_ji at least κ_admit) and the
// new pact with the partner whose smaller mutual value is best, both above
// v_form and both passing the κ_admit test; it takes the one it values
// more. A nation acts at most once a tick; later
// nations see the alliances earlier ones changed (membership structures are
// updated in place).
//
// Options that cannot pass are skipped by the bounds of prune.go, which
// never skip one that could: the choices are those of the full scan.
func (w *World) formation() {
	n := len(w.nations)
	if len(w.acted) != n {
		w.acted = make([]bool, n)
	}
	acted := w.acted
	if len(w.lastActed) != n {
		w.lastActed = make([]int, n)
		for i := range w.lastActed {
			w.lastActed[i] = -w.cfg.TicksPerYear
		}
	}
	for i := range acted {
		acted[i] = w.waiting(i)
	}
	// The bounds' per-nation limits (prune.go) depend on a nation's
	// memberships, which change only when it acts (and then it is not
	// asked again).
	w.prepareBounds()
	defer func() { w.limitsFresh = false }()
	if w.helper = w.startHelper(); w.helper != nil { // parallel.go
		defer w.stopHelper()
	}
	w.holdSteered(acted) // nations steered in their alliances act by their decision (steer.go)
	// The seeded order: rand.Perm's draws, without its allocation.
	order := w.order[:0]
	for i := range n {
		order = append(order, i)
	}
	w.order = order
	w.rngFormation.Shuffle(n, func(a, b int) { order[a], order[b] = order[b], order[a] })
	// Waiting nations are searched side by side when formation has a helper
	// and no nation is steered: a controller's decision may move a nation
	// the rules would have kept waiting (waitbatch.go).
	batch := w.helper != nil && w.steer == nil
	for k := 0; k < n; k++ {
		i := order[k]
		if w.steerForm(i, acted) {
			continue
		}
		if !w.nations[i].Active || acted[i] {
			continue
		}
		if w.waits(i) { // it cannot act this tick: whether it has an option is all that counts (waiting.go)
			w.mark(PhaseWaiting, false)
			if batch { // with those that wait after it, side by side
				k = w.settleWaiting(order, k, acted) - 1
			} else {
				w.settle(i, w.anyChoice(i, acted))
			}
			w.mark(PhaseWaiting, true)
			continue
		}
		w.mark(PhaseActing, false)
		c := w.bestChoice(i, acted)
		w.mark(PhaseActing, true)
		if !c.ok {
			w.forgetIntent(i) // no option: the clock starts again
			continue
		}
		if !w.deliberated(i) {
			continue
		}
		a, v, p := c.alliance, c.value, c.pact
		if c.join {
			w.addMember(a, i)
			w.moved(i)
			w.log(Joined, a, i, fmt.Sprintf("value %.2f (%s)", v.Value, explain(v)))
			continue
		}
		// Otherwise it founds the pact (it has one: see above).
		founded := w.newAlliance("", []int{i, p.partner}, w.initTarget, p.cohesion, w.p.Pooling)
		w.moved(i)
		w.moved(p.partner)
		w.log(Formed, founded, i, fmt.Sprintf("with %s; values %.2f and %.2f", w.nations[p.partner].ID, p.own.Value, p.theirs.Value))
	}
}

// choice is a nation's best alliance move: joining the best alliance that
// admits it (alliance, value) or founding the best pact (pact), the one it
// values more, joining on a tie (a bilateral pact with a distant protector
// may serve a state better than a bloc whose other members cannot reach
// it: Japan and the United States); ok is false when neither passes.
type choice struct {
	join     bool
	alliance *Alliance
	value    valuation
	pact     pact
	ok       bool
}

// bestChoice is i's best move, the partners that acted this tick left out.
// Formation takes it, a steered nation's report names it (steer.go) and a
// reader is shown it (why.go).
func (w *World) bestChoice(i int, acted []bool) choice {
	var a *Alliance
	var v valuation
	var p pact
	var canJoin, canForm bool
	if w.splitsOptions() {
		a, v, canJoin, p, canForm = w.bestChoiceSideBySide(i, acted)
	} else {
		a, v, canJoin = w.bestAlliance(i)
		p, canForm = w.bestPartner(i, acted)
	}
	join := canJoin && (!canForm || v.Value >= p.own.Value)
	return choice{join: join, alliance: a, value: v, pact: p, ok: join || canForm}
}

// pactCohesion is the cohesion a new pact of i and j starts with (and is
// valued at): c_init, or the target cohesion its founders' common threat,
// burden gap, divergence and fiscal stress support, if that is lower. A
// pact of states in fiscal distress is not worth what a sound one is, so a
// bloc that has just collapsed does not re-form at once with fresh trust.
func (w *World) pactCohesion(i, j int) float64 {
	return min(w.p.CohesionInit, w.causes([]int{i, j}, w.initTarget, w.p.Pooling).Target)
}

// vetoed says why a's members would veto i beyond rivalry ("" if none):
// a is a treaty of two, which no third state accedes to (a pact of the
// start ATOP records as one: AllianceConfig.Bilateral), or
// it would aim the pact at enemies its members do not share (widensScope),
// enter a pact nested in a wider one it is outside (outsideWiderPact), or
// join one side of a war under way to a side that does not fight it
// (war.go).
// Formation, a steered nation's options and refusals, and consolidation
// all ask it, so that a new veto is written once.
func (w *World) vetoed(i int, a *Alliance) string {
	switch {
	case a.bilateral:
		return "it is a treaty of two, which no other state accedes to"
	case w.widensScope(i, a):
		return "it would bring the pact enemies its members do not share"
	case w.outsideWiderPact(i, a):
		return "it is nested in a wider pact that the candidate does not belong to"
	}
	if l, ok := w.enemyAtWar(i, a); ok {
		if a.isMember[l] {
			return "it is at war with " + w.nations[l].ID + ", a member"
		}
		return "it would join one side of a war under way with " + w.nations[l].ID + ", an adversary of the pact, to a side that does not fight it"
	}
	return ""
}

func (w *World) bestAlliance(i int) (*Alliance, valuation, bool) {
	var best *Alliance
	var bestV, v valuation
	for _, a := range w.alliances {
		if w.joinOption(i, a, beatOf(best != nil, bestV), &v) && (best == nil || v.Value > bestV.Value) {
			best, bestV = a, v
		}
	}
	return best, bestV, best != nil
}

// joinOption reports whether a is open to i, with i's value of joining it
// in v: a live pact without a rival fellow or a veto, whose members admit
// i, that i values above v_join (v_form where all its members but one are
// on their way out: moribund.go). (v is written only for an option valued;
// the searches call it for every alliance, and a result returned by value
// would be copied for each.) A treaty of two is no option for anyone, so it
// is skipped before the candidacy's bounds are computed; vetoed says why to
// the readers. An alliance that i's bounds show it values below beat, the
// best value its search has found, is not valued (false): the search,
// which keeps the first of equal values, would not choose it.
func (w *World) joinOption(i int, a *Alliance, beat float64, v *valuation) bool {
	if a.Dissolved || a.bilateral || a.isMember[i] || len(a.Members) == 0 || w.rivalOfFellow(i, a) || w.cannotJoinAbove(i, a, beat) || w.vetoed(i, a) != "" {
		return false
	}
	*v = w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	// v_join, or v_form for a pact on the point of dissolving (moribund.go)
	bar, _ := w.joinBar(a)
	return w.admitted(*v) && !(v.Value <= bar) // the tests the loop made, NaN and all
}

// beatOf is the bar a search for the best alliance sets the next one:
// the best value found, once there is one (found), −∞ before.
func beatOf(found bool, best valuation) float64 {
	if !found {
		return math.Inf(-1)
	}
	return best.Value
}

// admitted reports whether a candidate valued at v passes its admission
// test: its partners fear something from the pact's scope (Shared) and it
// helps against it at κ_admit or more (the comparisons formation has
// always made, NaN and all: a κ that is not a number is not below).
func (w *World) admitted(v valuation) bool {
	return v.Shared && !(v.KappaIn < w.p.KappaAdmit)
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
	if w.hostileToNone(i) {
		return best, false // no pact of i's has an adversary (prune.go, noScope)
	}
	// cannotPair's cheapest tests first, over raw rows: this loop runs over
	// every pair.
	f := w.pairFilter(i)
	var p pact
	for j := range w.nations {
		if w.pairOption(i, j, acted, &f, bestMin, &p) {
			if m := p.smaller(); m > bestMin {
				best, bestMin = p, m
			}
		}
	}
	return best, best.partner >= 0
}

// pairOption reports whether i and j would found a pact, written into p:
// j has not acted, is not i's ally or rival, nor at war with it, and each
// values the pact above v_form and passes its admission test, which the
// weaker is not asked (guarantee.go); f is i's pair filter. p is written
// only for a pact valued (the searches call it for every pair).
// A pact is chosen by the smaller of its founders' values, so one that i
// values at no more than beat (the smaller value of the best pact found so
// far) cannot be chosen, and j is not asked its value of it (unless
// fullScan: the tests compare runs with the cut and without).
func (w *World) pairOption(i, j int, acted []bool, f *pairFilter, beat float64, p *pact) bool {
	if j == i || acted[j] || !w.nations[j].Active || f.skip(j) ||
		w.shareAlliance(i, j) || w.rivals(i, j) || w.cannotPair(i, j) {
		return false
	}
	if _, split := w.pairAtWar(i, j); split { // war.go
		return false
	}
	c := w.pactCohesion(i, j)
	p.partner, p.cohesion = j, c
	p.own = w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
	if !w.founderAdmitted(i, j, p.own) || p.own.Value <= w.p.FormValue || p.own.Value <= beat && !w.fullScan {
		return false
	}
	p.theirs = w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
	return w.founderAdmitted(j, i, p.theirs) && !(p.theirs.Value <= w.p.FormValue) // as for own (guarantee.go)
}

// smaller is the smaller of the founders' values: a partner is chosen by it.
func (p pact) smaller() float64 { return min(p.own.Value, p.theirs.Value) }

// intent is a nation's deliberation: the tick since which it has meant to
// ally (some option passing its tests, whichever was its best), while set.
type intent struct {
	since int
	set   bool
}

// deliberated reports whether i may act on its best option now: when
// deliberation is on, a nation acts only once it has meant to ally, some
// option passing its tests, for deliberation years in a row (alliances are
// negotiated: the Brussels Treaty of March 1948 came a year before the
// North Atlantic Treaty; Finland applied in May 2022 and joined in April
// 2023). What it deliberates is whether to ally: its best option may change
// while it does (the United States weighed an association with the
// Brussels pact in 1948 and signed a new Atlantic treaty in 1949), and it
// acts on the best of the tick the clock has run. A tick without an option
// starts the clock again, as does a move (forgetIntent).
func (w *World) deliberated(i int) bool {
	if w.p.Deliberation <= 0 {
		return true
	}
	if len(w.intents) != len(w.nations) {
		w.intents = make([]intent, len(w.nations))
	}
	cur := &w.intents[i]
	if !cur.set {
		*cur = intent{since: w.tick, set: true}
		return false
	}
	return w.tick-cur.since >= w.deliberationTicks()
}

// deliberationTicks is how long an option must have been a nation's best
// before it acts: whole ticks, the nearest to the years asked (a year is
// one tick, four or twelve), so that a tenth more or less does not add a
// tick.
func (w *World) deliberationTicks() int {
	return int(math.Round(w.p.Deliberation * float64(w.cfg.TicksPerYear)))
}

// forgetIntent ends i's deliberation: it found no option, or it moved.
func (w *World) forgetIntent(i int) {
	if i < len(w.intents) {
		w.intents[i].set = false
	}
}

// moved records that i joined or founded a pact this tick, by the rules
// or by its controller's decision: it rests for a year, and whatever it
// was deliberating over is forgotten (a partner taken into a pact had its
// own intent).
func (w *World) moved(i int) {
	w.acted[i], w.lastActed[i] = true, w.tick
	w.forgetIntent(i)
}
