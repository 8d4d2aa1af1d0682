package sim

import "slices"

// The start's pacts are anchored as its budgets are. A scenario's pacts in
// force at its start are history's facts: their members valued them enough
// to make and keep them, for reasons the model may not see (the Rio Treaty
// and the Organization of American States had no adversary in the model's
// terms; a hegemon's sphere, a regional order and their institutions held
// them for decades). What the model's value of staying, its fellows'
// commonality with its threat (κ_out, the drift exit's test) and its target
// cohesion fall short of at the start is a fixed effect of that member in
// that pact, and of that pact: kept for the membership's life, so that a
// member leaves, and a pact strains, as its circumstances change from
// there and not because of a level the model cannot explain. Abrogation
// follows change (Leeds & Savun 2007: states abrogate alliances when their
// external threats, domestic institutions or relative power change so as
// to lower the alliance's value); budgets were anchored the same way on the
// observed shares (agents.Anchor). A pact made in the run has no such
// effect: its members valued it at v_join or more when they made it.

// anchorStartPacts sets, from the start's snapshot, each start pact's
// members' entry gaps, max(0, v_join − V_stay), their κ gaps, max(0,
// κ_stay − κ_out) (the German Confederation held Austria and Prussia, whose
// threats the model sees apart, from 1815 to 1866), and its cohesion's
// glue, max(0, c_start − c*_start); none for a pact made in a war that is
// over by the start (endAnchors).
func (w *World) anchorStartPacts() {
	for _, a := range w.alliances {
		for k := range a.Members {
			a.fromStart[k] = true
		}
		if w.unanchored(a) {
			continue
		}
		for k, i := range a.Members {
			w.anchorMember(a, k, i)
		}
		a.glue = max(0, a.Cohesion-w.causes(a.Members, a.Target, a.Pooling).Target)
	}
}

// A pact of the start made in a war against states the scenario does not
// model (ATOP's wartime pacts whose named adversaries are all outside the
// era: the Triple Alliance of 1865 against Paraguay; Britain's and France's
// treaties of 1942 and 1944 with the Soviet Union against Germany, in eras
// from 1947 and 1950) drew the value its members showed from that war, and
// the model sees nothing of it. Its fixed effects are the war's: they
// last while the war does, and a pact whose war is over by the start has
// none. Its members then keep it, or leave it, by their values of staying
// and their fellows' commonality, as the members of a pact made in the run
// do; what the pact is stays (the rivalries it was made across, its
// organisation). Kept to 1913 by its start's
// fixed effects, the Triple Alliance outlived its war by 43 years in the
// runs, where ATOP ends it in 1882.

// A treaty whose term must be renewed (ATOP's specified length and renewal
// period: the Soviet Union's treaties with North Korea of 1961, for ten
// years renewed five at a time, and with Mongolia of 1966, for twenty
// renewed ten) is anchored to the end of the term in force at the start.
// The value its members showed was in making it and renewing it so far;
// the next renewal is a new decision, taken in the circumstances of its
// day, and the model takes it by their values of staying, as for a pact of
// the run. ATOP ends both treaties at or before their renewals after the
// Soviet Union's end, in 1996 and 1993; kept by their start's gaps they
// held to 2014 in every run.

// anchorEnds is the tick from which start pact ac's fixed effects are
// gone: the end of the war it was made in or of its term, whichever comes
// first (0 at the latest: the start), or −1 when neither ends them.
func anchorEnds(ac AllianceConfig) int {
	ends := -1
	for _, e := range []struct {
		set  bool
		tick int
	}{{ac.MadeInWar, ac.WarEnds}, {ac.Renews, ac.Renewal}} {
		if e.set && (ends < 0 || max(e.tick, 0) < ends) {
			ends = max(e.tick, 0)
		}
	}
	return ends
}

// unanchored reports whether a's start fixed effects are gone: the war it
// was made in, or its term, has ended.
func (w *World) unanchored(a *Alliance) bool {
	return a.anchorEnds >= 0 && w.tick >= a.anchorEnds
}

// endAnchors removes the start fixed effects of the pacts whose war or
// term ends this tick: their members' entry and κ gaps and the pact's
// glue, the value history showed. What the pact is stays: the rivalries
// it was made across (acrossTheRivalry) and its organisation.
func (w *World) endAnchors() {
	for _, a := range w.alliances {
		if a.Dissolved || a.anchorEnds != w.tick {
			continue
		}
		clear(a.entryGap)
		clear(a.kappaGap)
		a.glue = 0
	}
}

// kappaGapSlack puts a start pact's member's drift threshold just below its
// κ_out of the start: far above the rounding of κ_out (a ratio of sums in
// [0, 1]; κ_stay − (κ_stay − κ_out) can come back one unit above κ_out),
// far below any change of the threats. Without it a member could drift
// out of a start pact when nothing had changed. anchorMember reads a κ_out
// within it of 0 as 0, for the same reason.
const kappaGapSlack = 1e-9

// glueNow is the start's glue as far as the pact is still the start's: in
// proportion to its members that were members then (a pact that took in
// members for the model's reasons holds them by those reasons).
func (a *Alliance) glueNow() float64 {
	if a.glue == 0 {
		return 0
	}
	n := 0
	for _, f := range a.fromStart {
		if f {
			n++
		}
	}
	return a.glue * float64(n) / float64(len(a.Members))
}

// A state that enters the run as a member of a pact of the start (an
// entry event that names one: Saxony, a member of the German Confederation
// since 1815, enters the data of 1816–1845 in 1830) is the member it was:
// it enters the pact, if the pact is still in force in the run, and is
// anchored in it as the start's members are, from the snapshot of the
// tick it enters (anchorEntrants, after perception). A state new to the
// system enters in no pact.

// entrant is a state that entered a pact of the start this tick, to be
// anchored once the tick's perception has run.
type entrant struct {
	a *Alliance
	i int
}

// enterPact puts entering state i in the live pacts of the start that ref
// names, and queues its anchoring.
func (w *World) enterPact(i int, ref AllianceRef) {
	for _, a := range w.referred(ref) {
		if a.isMember[i] {
			continue
		}
		w.addMember(a, i)
		k := len(a.Members) - 1
		// A member of the start's pact, as the start's are: perhaps across a
		// rivalry with its leader (exit.go, acrossTheRivalry; the first exit
		// check says).
		a.fromStart[k], a.acrossRivalry[k] = true, true
		w.entrants = append(w.entrants, entrant{a, i})
		w.log(Joined, a, i, "enters as the member of it it was before it entered")
	}
}

// anchorEntrants sets the entry and κ gaps of the states that entered a
// pact of the start this tick, as anchorStartPacts sets the start's
// members', from this tick's snapshot.
func (w *World) anchorEntrants() {
	for _, e := range w.entrants {
		a, i := e.a, e.i
		k := slices.Index(a.Members, i)
		if a.Dissolved || k < 0 {
			continue
		}
		w.anchorMember(a, k, i)
	}
	w.entrants = w.entrants[:0]
}

// anchorMember sets member i's (at position k) entry gap, max(0, v_join −
// V_stay), and κ gap, κ_stay − κ_out (+ the slack) when κ_out is below
// κ_stay and above 0, from the snapshot.
//
// The κ gap stands for what the model sees apart in a pact history kept:
// fellows that share part of a member's threat. A member whose fellows
// share none of it (κ_out 0: no fellow hostile to what it fears, or the sea
// keeping every fellow from it) is in the pact for nothing the pact does
// about its threat, and has no gap: history ended such memberships, the
// only two the eras' starts hold. Britain, whose continental allies could
// not meet an island's threats (sea.go), left the Quadruple Alliance in
// 1823, and its alliance with Japan ended in 1922. A member anchored above
// 0 drifts out if κ_out later falls to 0, as below any level it started at.
func (w *World) anchorMember(a *Alliance, k, i int) {
	if w.unanchored(a) { // its war is over: a state entering it now has no gap either
		return
	}
	v := w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
	a.entryGap[k] = max(0, w.p.JoinValue-v.Value)
	if ko, ok := w.kappaOut(i, a); ok && ko > kappaGapSlack && ko < w.p.KappaStay {
		a.kappaGap[k] = w.p.KappaStay - ko + kappaGapSlack
	}
}
