package sim

import (
	"math"
	"runtime"
	"sync/atomic"
)

// Formation's searches for a nation, the best alliance to join and the
// best partner for a new pact, read the world as it stands at the
// nation's turn and write only scratch and caches. In a large world two
// cores share them: the world and its shadow (a copy of the world's fields
// that shares every matrix, nation and alliance, and keeps scratch of its
// own) claim the options one by one and each searches those it claims.
// Each option's value is what the serial search computes (a cache changes
// the work, never a value), and the two shares' bests are combined as the
// serial loops choose, so the run is the serial run bit for bit at any
// GOMAXPROCS (TestParallelChoiceIsSerial, TestLargeWorldAtAnyGOMAXPROCS,
// TestBuiltinsSideBySide, all under -race in CI). κ's memo is shared, its
// entries written and read atomically while the shadow is at work
// (kappaAt).

// parallelFrom is the world size from which two cores share one nation's
// formation search: below it a nation's search takes a few microseconds,
// about what handing half of it over costs. Measured (go test -bench
// Tick, alternate rounds): a 200-state tick as fast shared as alone, a
// 400-state tick a sixth faster. The built-in eras (at most 49 states)
// stay serial.
const parallelFrom = 300

// parallelChoice reports whether i's searches run side by side.
func (w *World) parallelChoice() bool {
	switch w.parallel {
	case parallelOff:
		return false
	case parallelOn:
		return true
	}
	return len(w.nations) >= parallelFrom
}

// ShareCores says whether formation may share this world's searches
// with a second core, exits their members' values of staying
// (exitshare.go) and perception the allies' security and the relations of
// many touched states (on by default: from shareFrom states, and a
// nation's own search from parallelFrom, when GOMAXPROCS is 2 or more).
// New shares the setting up of a large world (proximity, relations)
// before a caller can say. A program that keeps every core busy with runs
// of its own, a sweep's workers or validation's seeds, turns it off: the
// runs are the same either way, bit for bit.
func (w *World) ShareCores(on bool) {
	w.parallel = parallelAuto
	if !on {
		w.parallel = parallelOff
	}
}

// parallelMode overrides the size rule (tests).
type parallelMode uint8

const (
	parallelAuto parallelMode = iota
	parallelOff
	parallelOn
)

// syncShadow returns the shadow world as w now stands: every field of w,
// but the partner search's own scratch.
func (w *World) syncShadow() *World {
	if w.shadow == nil {
		w.shadow = &World{}
	}
	sh := w.shadow
	own := sh.searchScratch
	*sh = *w
	sh.shadow, sh.helper, sh.phaseMark = nil, nil, nil // the shadow runs shares of a phase, never a phase
	sh.searchScratch = own
	sh.searchScratch.sync(w)
	return sh
}

// helper is the second core's share of formation: a goroutine that lives
// while formation runs and searches, on the shadow, the options it claims
// of each nation's search. Each side waits for the other by spinning for a
// while before it parks: a nation's search takes tens of microseconds,
// about what waking a parked thread costs on a shared host (with a channel
// per search the side-by-side run was a fifth slower than the serial one),
// while a host whose other core is busy must not have a side spin through
// the other's whole share.
type helper struct {
	state atomic.Int32 // helperIdle, helperPosted, helperDone or helperQuit
	next  atomic.Int64 // the next option to claim (searchShare)
	// Tokens for a side that parked: one is sent after each change of
	// state; a side that wakes checks the state again, so a token left
	// over from a change it saw by spinning costs one more look.
	posted, done chan struct{}
	// The task, written before helperPosted: a nation's search (i, acted),
	// or a phase's work (shareWork).
	sh    *World
	work  func(w *World, next *atomic.Int64)
	i     int
	acted []bool
	// The helper's share of the result, written before helperDone, or
	// what its search panicked with (re-raised on the world's goroutine,
	// where a serial search would have raised it).
	found    share
	panicked any
}

const (
	helperIdle int32 = iota
	helperPosted
	helperDone
	helperQuit
)

// spinLimit is how many times a side yields before it parks, some tens of
// microseconds. Measured on a 400-state world (entente run, three rounds):
// at 4,000 the run was a fifth faster than the serial one on an idle host
// and three-fifths slower with the other core busy (a side spun through
// the other's share); at 200 it is 15 % faster idle and as fast loaded;
// at 50 it gains less idle.
const spinLimit = 200

// startHelper starts a phase's helper when the world may share its work
// (canShare); nil otherwise: the phase is serial.
func (w *World) startHelper() *helper {
	if !w.canShare() {
		return nil
	}
	h := &helper{posted: make(chan struct{}, 1), done: make(chan struct{}, 1)}
	w.memoShared = true // and the shadow's, copied from w
	go h.run()
	return h
}

// splitsOptions reports whether a nation's options are searched side by
// side: formation's helper is there and the world is large enough for
// one nation's search to be worth halving (parallelFrom; from shareFrom
// the helper searches runs of waiting nations only).
func (w *World) splitsOptions() bool {
	return w.helper != nil && w.parallelChoice()
}

// shareFrom is the world size from which phases share their work between
// two cores (shareWork: the allies' security, relations, exits' stays) and
// formation searches its waiting nations side by side (waitbatch.go):
// below it a phase's share takes about what handing it over costs.
// Measured (alternate rounds, BenchmarkStep and BenchmarkTick): at 100
// states a tick was 4 % slower shared, the `cold-war` run (33 states) 12 %
// slower with its waiting nations side by side; at 200 states a tick was
// 11–14 % faster with them, and 3 % faster again with the phases shared.
// The built-in eras stay serial.
const shareFrom = 150

// canShare reports whether a phase may share its work with a helper: the
// world is large enough (shareFrom) and a second core is there.
func (w *World) canShare() bool {
	size := w.parallel == parallelOn || w.parallel == parallelAuto && len(w.nations) >= shareFrom
	return size && runtime.GOMAXPROCS(0) >= 2
}

// shareWork runs work on two cores, on w and on its shadow (each claims
// parts of it from the counter it is given), and reports whether it did;
// it does nothing when the world cannot share (canShare). The helper lives
// for this one task.
func (w *World) shareWork(work func(w *World, next *atomic.Int64)) bool {
	h := w.startHelper()
	if h == nil {
		return false
	}
	w.helper = h
	defer w.stopHelper()
	h.work = work
	h.alongside(w.syncShadow(), func() { work(w, &h.next) })
	return true
}

// eachClaimed calls fn for the indices 0 to n−1 that it claims from next,
// chunk at a time, until none is left: a phase's share of rows or states.
func eachClaimed(next *atomic.Int64, n, chunk int, fn func(i int)) {
	for {
		lo := (int(next.Add(1)) - 1) * chunk
		if lo >= n {
			return
		}
		for i := lo; i < min(lo+chunk, n); i++ {
			fn(i)
		}
	}
}

func (h *helper) run() {
	for {
		switch h.await(h.posted, helperPosted, helperQuit) {
		case helperPosted:
			h.search()
			h.set(helperDone, h.done)
		case helperQuit:
			return
		}
	}
}

// search runs the helper's share of a search, keeping a panic for the
// world's goroutine.
func (h *helper) search() {
	defer func() { h.panicked = recover() }()
	if helperFault != nil {
		helperFault()
	}
	if h.work != nil {
		h.work(h.sh, &h.next)
		return
	}
	h.found = h.sh.searchShare(h.i, h.acted, &h.next)
}

// helperFault, when set (tests only), runs at the start of each of the
// helper's searches.
var helperFault func()

// await waits until the state is one of a and b and returns it: spinning,
// then parked on token.
func (h *helper) await(token chan struct{}, a, b int32) int32 {
	for spins := 0; ; spins++ {
		if s := h.state.Load(); s == a || s == b {
			return s
		}
		if spins < spinLimit {
			runtime.Gosched()
		} else {
			<-token
		}
	}
}

// set changes the state and leaves a token for the side that may be
// parked waiting for it.
func (h *helper) set(state int32, token chan struct{}) {
	h.state.Store(state)
	select {
	case token <- struct{}{}:
	default: // a token is there already
	}
}

// stopHelper ends formation's helper (it is idle between searches).
func (w *World) stopHelper() {
	w.helper.set(helperQuit, w.helper.posted)
	w.helper, w.memoShared = nil, false
}

// share is the best options among those one world claimed: the best
// alliance to join (its index among the world's alliances) and the best
// new pact.
type share struct {
	a    *Alliance // nil while there is none
	ak   int
	v    valuation
	p    pact    // partner −1 while there is none
	pMin float64 // p.smaller(), −∞ while there is none
}

// partnerChunk is how many partners one claim covers: most are skipped by
// the pair filter's first tests, so one at a time would be mostly claiming.
const partnerChunk = 16

// searchShare searches the options it claims from next until none is left:
// claim k below the number of alliances is the alliance w.alliances[k],
// and above it a chunk of partners. Claims come in increasing order, so
// within a share the first of equal values is kept, as in the serial loops.
func (w *World) searchShare(i int, acted []bool, next *atomic.Int64) share {
	out := share{p: pact{partner: -1}, pMin: math.Inf(-1)}
	var v valuation
	var p pact
	f, nA, n := w.claimable(i)
	for {
		k := int(next.Add(1)) - 1
		if k < nA {
			if w.joinOption(i, w.alliances[k], beatOf(out.a != nil, out.v), &v) && (out.a == nil || v.Value > out.v.Value) { // as bestAlliance chooses
				out.a, out.ak, out.v = w.alliances[k], k, v
			}
			continue
		}
		lo := (k - nA) * partnerChunk
		if lo >= n {
			return out
		}
		for j := lo; j < min(lo+partnerChunk, n); j++ {
			if w.pairOption(i, j, acted, &f, out.pMin, &p) {
				if m := p.smaller(); m > out.pMin { // as bestPartner chooses
					out.p, out.pMin = p, m
				}
			}
		}
	}
}

// claimable is what a share of i's search claims from: i's pair filter,
// the number of alliances and the number of partners (none when no pact
// of i's has an adversary: bestPartner).
func (w *World) claimable(i int) (f pairFilter, alliances, partners int) {
	alliances, partners = len(w.alliances), len(w.nations)
	if w.hostileToNone(i) {
		partners = 0
	}
	return w.pairFilter(i), alliances, partners
}

// bestChoiceSideBySide is bestChoice on two cores: w and its shadow (on
// the helper) claim the options one by one (an alliance, or a chunk of
// partners) and search those they claim; the two shares' bests are
// combined as the serial loops would have chosen (the larger value, and of
// equal values the earlier alliance or partner; values are finite, as the
// finiteness guard holds the state they come from). An alliance is searched
// by one world only in a call, so the caches it keeps (joinTableOf,
// admitSums, frontsOf) are never written by two at once.
func (w *World) bestChoiceSideBySide(i int, acted []bool) (*Alliance, valuation, bool, pact, bool) {
	h := w.helper
	w.freshMajorities()
	h.i, h.acted = i, acted
	var mine share
	theirs := h.alongside(w.syncShadow(), func() { mine = w.searchShare(i, acted, &h.next) })
	if theirs.a != nil && (mine.a == nil || theirs.v.Value > mine.v.Value || theirs.v.Value == mine.v.Value && theirs.ak < mine.ak) {
		mine.a, mine.v = theirs.a, theirs.v
	}
	if theirs.p.partner >= 0 && (theirs.pMin > mine.pMin || theirs.pMin == mine.pMin && theirs.p.partner < mine.p.partner) {
		mine.p = theirs.p
	}
	return mine.a, mine.v, mine.a != nil, mine.p, mine.p.partner >= 0
}

// freshMajorities brings every live pact's majority ranks up to date. They
// are refreshed as members join, when next read (freshMajority); a
// valuation reads those of pacts other than its own (a wider pact's), so
// before two sides value options at once they are refreshed for all, and
// neither side writes another's.
func (w *World) freshMajorities() {
	for _, a := range w.alliances {
		if !a.Dissolved {
			w.freshMajority(a)
		}
	}
}

// alongside posts the task set in h to the helper, on the shadow sh, runs
// mine meanwhile, and returns the helper's share once it is done; a panic
// of the helper's is raised again here. The task's fields are cleared.
func (h *helper) alongside(sh *World, mine func()) share {
	h.sh = sh
	h.next.Store(0)
	h.set(helperPosted, h.posted)
	mine()
	h.await(h.done, helperDone, helperDone)
	theirs, p := h.found, h.panicked
	h.sh, h.work, h.acted, h.found, h.panicked = nil, nil, nil, share{}, nil
	h.state.Store(helperIdle)
	if p != nil {
		panic(p)
	}
	return theirs
}

// searchScratch is what a search for a nation's best option writes as it
// goes: valuation's rows, scopes and sums kept between the calls of one
// search. The world and its shadow each have their own. A new scratch row
// or memo that the searches write belongs here: a field of World written
// by a search would be written by both at once (TestBuiltinsSideBySide
// finds it under -race), and a memo of World's whose slice the shadow
// refilled would answer the world wrongly afterwards, with no race to see.
// A cache kept on an Alliance is safe (a search claims the alliance it
// values), unless another alliance's search fills it: then it is brought
// up to date before the searches start, as the majority ranks are.
type searchScratch struct {
	// Valuation's scratch (valuation.go): i's rows of Θ and t without an
	// alliance, and κ from them.
	rowTheta, rowThreat []float64
	partnersBuf         []int
	kappaWithout        []float64
	withoutJs           []int
	withoutRows         [][]float64
	withoutSums         []float64

	// Scopes, fronts and cohesions (scope.go, valuation.go, prune.go).
	majorityBuf []float64     // majorityAt's scratch
	scopeBuf    []scoped      // kappaIn's scratch: a candidate's scope
	pactScope1  pactScopeMemo // the last new pact's scope (scope.go)
	outLs       []int         // kappaOut's scratch: the scope where i has a threat,
	outWs       []float64     // … the weights σ_l·t_il,
	outFellows  []int         // … and i's fellow members
	sumRow      []float64     // commonThreat's Σ w_m·u_m
	shareRow    []float64     // burdenGap's shares
	frontShared []sharedWith  // heldThreat's partners already allied with i
	frontRow    []float64     // heldThreat's fronts per adversary
	frontAt     []int         // sharedCohesion's places, per nation (all 0 between calls)
	onesRow     []float64     // pairFilter's stand-in for hostMax outside formation
	admission   admissionMemo // cannotJoin's last admission test (prune.go)
	coRow       []float64     // cohesions' scratch: C_ij per j,
	coList      []int         // … the j it set,
	coFor       int           // … for i,
	coV         uint64        // … at memberV,
	coGen       uint32        // … in formation formGen
	coOK        bool
	allyBest    []float64 // forAllies scratch: per nation, -1 when unset
	allyOrder   []int     // forAllies scratch
}

// sync readies the shadow's scratch for w's world.
func (s *searchScratch) sync(w *World) {
	if n := len(w.nations); len(s.allyBest) != n {
		s.allyBest = make([]float64, n)
		for j := range s.allyBest {
			s.allyBest[j] = -1
		}
	}
}
