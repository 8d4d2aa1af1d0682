package sim

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Alliance is an institution the engine owns: formed, joined, left and
// dissolved only by the engine's rules (or present at the start).
type Alliance struct {
	ID   string // "A1", "A2", … in order of creation
	Name string // after the founding members ("USA–UKG pact"), or the scenario's
	// Label is what readers call it (story, files, figures, page): the
	// scenario's name, or "the USSR's alliance" after its strongest founder
	// at formation; fixed for the run and unique in it (names.go).
	Label    string
	Founded  int   // tick
	Members  []int // nation indices, in joining order
	JoinedAt []int // tick each member joined
	Target   float64
	Cohesion float64
	Pooling  float64 // σ_A [share of budget]
	// Institution grows toward 1 while the alliance lasts (integrated
	// commands, secretariats, habits of consultation) and makes leaving
	// costlier: see exits.
	Institution float64

	Dissolved   bool
	DissolvedAt int
	Founders    []int // the founding members
	LastMembers []int // the members when it dissolved

	// Diagnostics of the last tick.
	Causes       CohesionCauses
	BurdenGap    float64
	Exploitation float64 // NaN when undefined
	Ledger       Ledger

	seq           int         // creation order: its index in World.alliances (the number in its ID, less one)
	isMember      []bool      // per nation
	snapshot      float64     // cohesion when the tick's perception ran
	lowTicks      int         // consecutive ticks below c_dissolve
	threatSum     float64     // Σ T̂_m·φ_mA over active members: the threat the pact is aimed at (budget phase)
	publicThreat  float64     // Σ T̂_m·φ°_mA: the same on the members' own enmities, what its public defence answers (budget phase)
	rawThreatSum  float64     // Σ T̂_m over active members (budget phase)
	spendSum      float64     // Σ s_m·Y_m over active members, each share on its peace path (without a war's part), for the budget phase
	gdpSum        float64     // Σ Y_m over active members, for the budget phase
	stayValues    []valuation // per member position: its value of staying, or a bound on it that clears its exit level, when exits computed them side by side (exitshare.go)
	stayExact     []bool      // per member position: stayValues holds the value, not a bound
	lowValue      []int       // per member position: ticks below v_exit
	lowKappa      []int       // per member position: ticks below kappa_stay
	lowRival      []int       // per member position: ticks as a rival of the leader
	acrossRivalry []bool      // per member position: a member of the start's pact whose rivals in it are yet to be taken, at its first exit check (exit.go)
	startRivals   [][]int     // per member position: the fellow members it was a rival of at its first exit check, and at every check since (exit.go)
	lowCross      []int       // per member position: ticks in a pact crossed with another it keeps (exit.go, crossedBy)
	entryGap      []float64   // per member position: how far below v_join its value of staying stood at the start (startpacts.go; 0 for a member that joined in the run)
	fromStart     []bool      // per member position: a member since the start (startpacts.go)
	kappaGap      []float64   // per member position: how far below κ_stay its fellows' κ toward its threat stood at the start (startpacts.go; 0 for a member that joined in the run)
	glue          float64     // how far the start's cohesion stood above its target then (startpacts.go; 0 for a pact of the run)
	anchorEnds    int         // the tick from which the start's fixed effects are gone (startpacts.go; −1: never)
	organised     bool        // a pact of the start with a standing organisation (heldByOrganisation, exit.go)
	bilateral     bool        // a pact of the start that is a treaty of two: no state accedes to it (vetoed, formation.go)
	defaulters    []int       // members that defaulted on loans it carries, this tick
	hostSum       []float64   // per nation l: Σ H_ml over the members m other than l (inheritedHostility)
	// majority per nation l: the hostility toward l of the member at the
	// majority rank (scope.go) as the alliance stands, and the two members'
	// hostilities that bracket that rank when one more member joins.
	majority [][3]float64
	// majorityStale: members joined since majority was computed; it is
	// recomputed when next read (freshMajority), not at every join.
	majorityStale bool
	heaps         *rankHeaps // a large alliance's majority ranks (ranks.go)
	// scope: the states with σ_A,l > 0 and their weights, ascending
	// (scope.go), while scopeOK; reset whenever majority changes.
	scope      []scoped
	scopeOK    bool
	scopeLevel float64 // h_scope the list was built with
	majorityV  uint64  // bumped whenever majority changes (prune.go's cache)
	// wider: the states that could join the scope with one more member
	// (scope.go), for majority version widerV.
	widerList  []int
	widerOK    bool
	widerV     uint64
	widerLevel float64
	// Per tick, for prune.go's bounds: Σ_m K_m·H_m· and Σ_m t_m·/T_m over
	// members (rows of H and of the threats), for perception gen and
	// membership changes.
	boundK, boundT []float64
	boundGen       uint32
	boundChanges   int
	boundMembers   int        // members summed in boundK and boundT
	admit          admitBound // the admission κ bound's sums (prune.go)
	table          joinTable  // candidates' first tests, per formation (prune.go)
	tether         tetherSums // members' fear of the scope, per formation (exit.go)
	lead           leaderMemo // the member with the largest forces (exit.go)

	changes int // joins and departures so far
	// outer: the live alliances with more members that hold every member
	// of this one (nested.go), for membership version outerV.
	outer   []*Alliance
	outerOK bool
	outerV  uint64
	// front is Σ_{j∈A} π_lj·K_j for every l, for one snapshot of K and one
	// membership (valuation.go, frontsOf).
	front        []float64
	frontCap     uint64
	frontChanges int
	frontMembers int // members summed in front

	// cacheMu guards the caches above that a search fills when it first
	// needs them, while waiting nations are searched side by side
	// (waitbatch.go, World.lockCaches).
	cacheMu sync.Mutex
}

// sinceSummed says how a sum over a's members, kept when a had made
// changes joins and departures and summing its first summed members,
// stands now: whole (current), or short only of members who joined since,
// which are at the end of Members (joined: the sum may add them, in
// order, as a fresh sum would). Neither: it must be summed afresh. The
// join table, the bound sums and the fronts keep theirs so (prune.go,
// valuation.go).
func (a *Alliance) sinceSummed(changes, summed int) (current, joined bool) {
	added := len(a.Members) - summed
	return a.changes == changes, added > 0 && a.changes-changes == added
}

// Has reports whether nation i is a member.
func (a *Alliance) Has(i int) bool { return a.isMember != nil && a.isMember[i] }

// Size is the number of members.
func (a *Alliance) Size() int { return len(a.Members) }

func (w *World) newAlliance(name string, founders []int, target, cohesion, pooling float64) *Alliance {
	a := &Alliance{
		ID:         fmt.Sprintf("A%d", len(w.alliances)+1),
		seq:        len(w.alliances),
		Name:       name,
		Founded:    w.tick,
		Target:     target,
		Cohesion:   cohesion,
		Pooling:    pooling,
		snapshot:   cohesion,
		anchorEnds: -1,
		isMember:   make([]bool, len(w.nations)),
		hostSum:    make([]float64, len(w.nations)),
		majority:   make([][3]float64, len(w.nations)),
	}
	if name != "" {
		a.Label = w.label(name, a.ID, founders)
	} // else named at the end of the tick it formed in (nameNew)
	if a.Name == "" {
		a.Name = w.pactName(founders)
	}
	a.Founders = append([]int(nil), founders...)
	w.alliances = append(w.alliances, a)
	for _, m := range founders {
		w.addMember(a, m)
	}
	return a
}

// pactName names a pact after its founders: "USA–GBR pact".
func (w *World) pactName(founders []int) string {
	ids := make([]string, len(founders))
	for k, m := range founders {
		ids[k] = w.nations[m].ID
	}
	return strings.Join(ids, "–") + " pact"
}

// addMember and removeMember update the membership structures in place:
// the per-nation membership lists and the alliance's member set are never
// rebuilt from scratch.
func (w *World) addMember(a *Alliance, i int) {
	a.Members = append(a.Members, i)
	a.JoinedAt = append(a.JoinedAt, w.tick)
	a.lowValue = append(a.lowValue, 0)
	a.lowKappa = append(a.lowKappa, 0)
	a.lowRival = append(a.lowRival, 0)
	a.acrossRivalry = append(a.acrossRivalry, false) // no pact is founded with, or admits, a rival
	a.startRivals = append(a.startRivals, nil)
	a.lowCross = append(a.lowCross, 0)
	a.entryGap = append(a.entryGap, 0)
	a.kappaGap = append(a.kappaGap, 0)
	a.fromStart = append(a.fromStart, false)
	a.isMember[i] = true
	a.changes++
	w.memberV++
	w.memberships[i] = append(w.memberships[i], a)
	for l, h := range w.hostility.RawRowView(i) {
		if l != i {
			a.hostSum[l] += h // the new member last, as a refresh sums them
		}
	}
	// The majority ranks: a large alliance's heaps take the new member
	// (ranks.go); a small one's are recomputed when next read, so a pact
	// that grows by many members in one formation is recomputed once.
	if w.joinHeaps(a, i) {
		for l := range a.majority {
			a.majority[l] = a.heapMajority(l)
		}
		a.majorityStale = false
	} else {
		a.majorityStale = true
	}
	a.scopeOK = false
	a.majorityV++
}

// freshMajority recomputes a's majority ranks if members joined since.
func (w *World) freshMajority(a *Alliance) {
	if a.majorityStale {
		w.refreshMajority(a)
	}
}

func (w *World) removeMember(a *Alliance, i int) {
	for k, m := range a.Members {
		if m == i {
			a.Members = append(a.Members[:k], a.Members[k+1:]...)
			a.JoinedAt = append(a.JoinedAt[:k], a.JoinedAt[k+1:]...)
			a.lowValue = append(a.lowValue[:k], a.lowValue[k+1:]...)
			a.lowKappa = append(a.lowKappa[:k], a.lowKappa[k+1:]...)
			a.lowRival = append(a.lowRival[:k], a.lowRival[k+1:]...)
			a.acrossRivalry = append(a.acrossRivalry[:k], a.acrossRivalry[k+1:]...)
			a.startRivals = append(a.startRivals[:k], a.startRivals[k+1:]...)
			a.lowCross = append(a.lowCross[:k], a.lowCross[k+1:]...)
			a.entryGap = append(a.entryGap[:k], a.entryGap[k+1:]...)
			a.kappaGap = append(a.kappaGap[:k], a.kappaGap[k+1:]...)
			a.fromStart = append(a.fromStart[:k], a.fromStart[k+1:]...)
			break
		}
	}
	a.isMember[i] = false
	a.changes++
	w.memberV++
	list := w.memberships[i]
	for k, b := range list {
		if b == a {
			w.memberships[i] = append(list[:k], list[k+1:]...)
			break
		}
	}
	if !a.Dissolved {
		w.refreshHostility(a) // summed again rather than subtracted: the same sum as a refresh gives
	}
}

// dissolve ends an alliance: members are released without "left" events.
func (w *World) dissolve(a *Alliance, cause string) {
	a.Dissolved = true // before the removals: no cache refresh for a dead alliance
	a.LastMembers = append([]int(nil), a.Members...)
	for len(a.Members) > 0 {
		w.removeMember(a, a.Members[len(a.Members)-1])
	}
	a.DissolvedAt = w.tick
	// A dissolved alliance keeps its record, not its per-nation caches:
	// memory does not grow with the number of alliances a run has seen.
	a.isMember, a.hostSum, a.scope, a.scopeOK = nil, nil, nil, false
	a.boundK, a.boundT, a.admit, a.table, a.heaps = nil, nil, admitBound{}, joinTable{}, nil
	a.widerList, a.widerOK = nil, false
	a.outer, a.outerOK = nil, false
	w.log(Dissolved, a, -1, cause)
}

// Live returns the alliances that have not dissolved, in creation order.
func (w *World) Live() []*Alliance {
	out := make([]*Alliance, 0, len(w.alliances))
	for _, a := range w.alliances {
		if !a.Dissolved {
			out = append(out, a)
		}
	}
	return out
}

// shareAlliance reports whether i and j are members of a common alliance.
func (w *World) shareAlliance(i, j int) bool {
	for _, a := range w.memberships[i] {
		if a.isMember[j] {
			return true
		}
	}
	return false
}

// coCohesion is C_ij: the highest snapshot cohesion among the alliances i
// and j share, skipping one alliance (nil skips none); 0 if they share none.
func (w *World) coCohesion(i, j int, skip *Alliance) float64 {
	c := 0.0
	for _, a := range w.memberships[i] {
		if a != skip && a.isMember[j] && a.snapshot > c {
			c = a.snapshot
		}
	}
	return c
}

// refreshHostility sums, for every nation l, the members' hostility toward
// it, Σ H_ml over members m other than l, so that a member's inherited
// hostility toward l (the mean over the others) is read in O(1).
func (w *World) refreshHostility(a *Alliance) {
	clear(a.hostSum)
	// Member by member, each over its row of H: for every l the members
	// are added in joining order, as one l at a time would add them.
	for _, m := range a.Members {
		for l, h := range w.hostility.RawRowView(m) {
			if l != m {
				a.hostSum[l] += h
			}
		}
	}
	w.refreshMajority(a)
}

// refreshMajority recomputes the majority-rank hostilities toward every l.
func (w *World) refreshMajority(a *Alliance) {
	a.scopeOK, a.majorityStale = false, false
	a.majorityV++
	w.buildRankHeaps(a)
	if a.heaps != nil {
		for l := range a.majority {
			a.majority[l] = a.heapMajority(l)
		}
		return
	}
	// The members' hostilities toward every l, member row by member row
	// (contiguous) into one column per l, then each column's ranks: what
	// majorityAt gathers one l at a time.
	n, m := len(w.nations), len(a.Members)
	cols := w.scratchRow(&w.majorityCols, n*m)
	cnt := w.scratchInts(&w.majorityCnt, n)
	clear(cnt)
	for _, mem := range a.Members {
		for l, v := range w.hostility.RawRowView(mem) {
			if l != mem {
				cols[l*m+cnt[l]] = v
				cnt[l]++
			}
		}
	}
	k, k1 := m/2+1, (m+1)/2+1
	for l := range a.majority {
		above, at := rankPair(cols[l*m:l*m+cnt[l]], k1-1)
		if k == k1 {
			a.majority[l] = [3]float64{at, above, at}
		} else {
			a.majority[l] = [3]float64{above, above, at}
		}
	}
}

// scratchInts returns *buf resized to n (contents unspecified).
func (w *World) scratchInts(buf *[]int, n int) []int {
	if cap(*buf) < n {
		*buf = make([]int, n)
	}
	*buf = (*buf)[:n]
	return *buf
}

// majorityAt returns, for l, the hostility toward l of the member at rank
// k = ⌊m/2⌋ + 1 of the m members (most hostile first: the least hostile of
// a majority), and the hostilities at ranks k′ − 1 and k′ for k′ = ⌊(m+1)/2⌋
// + 1, which bracket the majority rank when a candidate joins. Ranks past
// the list read as 0.
func (w *World) majorityAt(a *Alliance, l int) [3]float64 {
	hs := w.majorityBuf[:0]
	hl := w.hostilityT.RawRowView(l) // H_ml for every m, in one row
	for _, m := range a.Members {
		if m != l {
			hs = append(hs, hl[m])
		}
	}
	w.majorityBuf = hs
	m := len(a.Members)
	k, k1 := m/2+1, (m+1)/2+1
	// k is k1 − 1 or k1: the two ranks k1 − 1 and k1 are all it takes.
	above, at := rankPair(hs, k1-1)
	if k == k1 {
		return [3]float64{at, above, at}
	}
	return [3]float64{above, above, at}
}

// rankPair returns the values at ranks r and r + 1 from the top (1 the
// largest) of hs, 0 for a rank past the list, reordering hs. The values at
// given ranks do not depend on how equal values are ordered, so a
// selection gives what a sort would: a sort for short lists (and any with
// a NaN), else Hoare's selection of the rank-r value, and the largest
// below it for rank r + 1.
func rankPair(hs []float64, r int) (vr, vr1 float64) {
	n := len(hs)
	q := n - r // ascending index of rank r
	sorted := n <= 16
	for _, v := range hs {
		if v != v {
			sorted = true
			break
		}
	}
	if sorted {
		slices.Sort(hs)
	} else if q >= 0 && q < n {
		selectAsc(hs, q)
	}
	if q >= 0 && q < n {
		vr = hs[q]
	}
	switch {
	case q-1 < 0 || q-1 >= n:
	case sorted:
		vr1 = hs[q-1]
	default:
		vr1 = slices.Max(hs[:q])
	}
	return vr, vr1
}

// selectAsc reorders a so that a[q] is its (q+1)-th smallest value, with
// none larger before it and none smaller after it (a without NaN).
func selectAsc(a []float64, q int) {
	lo, hi := 0, len(a)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		p := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case q <= j:
			hi = j
		case q >= i:
			lo = i
		default:
			return
		}
	}
}

// refreshHostilityAt recomputes the caches at one l: the members' summed
// hostility toward l, added in joining order, and the majority's.
func (w *World) refreshHostilityAt(a *Alliance, l int) {
	sum := 0.0
	hl := w.hostilityT.RawRowView(l) // H_ml for every m, in one row
	for _, m := range a.Members {
		if m != l {
			sum += hl[m]
		}
	}
	a.hostSum[l] = sum
	switch {
	case a.majorityStale: // all of it is recomputed when read
	case a.heaps != nil && w.buildColumn(a, a.heaps, l):
		a.majority[l] = a.heapMajority(l)
	default:
		a.heaps = nil
		a.majority[l] = w.majorityAt(a, l)
	}
	a.scopeOK = false
	a.majorityV++
}

// inheritedHostility is the hostility toward l that member (or candidate)
// i inherits from its allies in a: the mean H_ml over the members m other
// than i and l (0 if none). An adversary regards a member of a pact as
// hostile as the pact's members are on the whole, not as its most hostile
// one: in a pact of two, the partner's enmity, as before; in NATO after
// 2022, the members' mean toward Russia rather than the United States'
// (MODEL-NOTES, "A member inherits its pact's common enmity").
func (w *World) inheritedHostility(a *Alliance, i, l int) float64 {
	if a.hostSum == nil { // dissolved: no members, no enemies
		return 0
	}
	sum, n := a.hostSum[l], len(a.Members)
	if a.isMember[l] {
		n--
	}
	if a.isMember[i] {
		sum -= w.hostility.At(i, l)
		n--
	}
	if n <= 0 {
		return 0
	}
	return max(0, sum/float64(n))
}
