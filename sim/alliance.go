package sim

import (
	"fmt"
	"strings"
)

// Alliance is an institution the engine owns: formed, joined, left and
// dissolved only by the engine's rules (or present at the start).
type Alliance struct {
	ID       string // "A1", "A2", … in order of creation
	Name     string // after the founding members
	Founded  int    // tick
	Members  []int  // nation indices, in joining order
	JoinedAt []int  // tick each member joined
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

	isMember    []bool    // per nation
	snapshot    float64   // cohesion when the tick's perception ran
	lowTicks    int       // consecutive ticks below c_dissolve
	threatSum   float64   // Σ T̂_m over active members, for the budget phase
	securitySum float64   // Σ S_m over active members, for the budget phase
	lowValue    []int     // per member position: ticks below v_exit
	lowKappa    []int     // per member position: ticks below kappa_stay
	defaulters  []int     // members that defaulted on loans it carries, this tick
	hostTop     [][3]pick // per nation l: the three members most hostile to l

	changes     int       // joins and departures so far, for caches
	unitThreat  []float64 // Σ t_m/T_m over members (prune.go), for the tick unitGen
	unitGen     uint32
	unitChanges int
}

// pick is a (value, member) pair for the top-three hostility cache.
type pick struct {
	v float64
	m int
}

// Has reports whether nation i is a member.
func (a *Alliance) Has(i int) bool { return a.isMember != nil && a.isMember[i] }

// Size is the number of members.
func (a *Alliance) Size() int { return len(a.Members) }

func (w *World) newAlliance(name string, founders []int, target, cohesion, pooling float64) *Alliance {
	a := &Alliance{
		ID:       fmt.Sprintf("A%d", len(w.alliances)+1),
		Name:     name,
		Founded:  w.tick,
		Target:   target,
		Cohesion: cohesion,
		Pooling:  pooling,
		snapshot: cohesion,
		isMember: make([]bool, len(w.nations)),
		hostTop:  make([][3]pick, len(w.nations)),
	}
	if a.Name == "" {
		a.Name = w.pactName(founders)
	}
	a.Founders = append([]int(nil), founders...)
	for l := range a.hostTop {
		a.hostTop[l] = [3]pick{{-1, -1}, {-1, -1}, {-1, -1}}
	}
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
	a.isMember[i] = true
	a.changes++
	w.memberships[i] = append(w.memberships[i], a)
	for l := range a.hostTop {
		if l != i {
			a.hostTop[l] = insertPick(a.hostTop[l], pick{w.hostility.At(i, l), i})
		}
	}
}

func (w *World) removeMember(a *Alliance, i int) {
	for k, m := range a.Members {
		if m == i {
			a.Members = append(a.Members[:k], a.Members[k+1:]...)
			a.JoinedAt = append(a.JoinedAt[:k], a.JoinedAt[k+1:]...)
			a.lowValue = append(a.lowValue[:k], a.lowValue[k+1:]...)
			a.lowKappa = append(a.lowKappa[:k], a.lowKappa[k+1:]...)
			break
		}
	}
	a.isMember[i] = false
	a.changes++
	list := w.memberships[i]
	for k, b := range list {
		if b == a {
			w.memberships[i] = append(list[:k], list[k+1:]...)
			break
		}
	}
	if !a.Dissolved {
		w.refreshHostTop(a) // a top-three cache cannot forget a member in place
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
	a.isMember, a.hostTop, a.unitThreat = nil, nil, nil
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

// refreshHostTop caches, for every nation l, the three members most
// hostile to l, so that a member's inherited hostility toward l (the
// largest H_ml over members m other than itself and l) is read in O(1).
func (w *World) refreshHostTop(a *Alliance) {
	for l := range a.hostTop {
		a.hostTop[l] = [3]pick{{-1, -1}, {-1, -1}, {-1, -1}}
	}
	// Member by member, each over its row of H: for every l the members
	// are offered in joining order, as one l at a time would offer them.
	for _, m := range a.Members {
		for l, h := range w.hostility.RawRowView(m) {
			if l != m {
				a.hostTop[l] = insertPick(a.hostTop[l], pick{h, m})
			}
		}
	}
}

// refreshHostTopAt recomputes the cache at one l: the three members most
// hostile to l, offered in joining order.
func (w *World) refreshHostTopAt(a *Alliance, l int) {
	top := [3]pick{{-1, -1}, {-1, -1}, {-1, -1}}
	n := len(w.nations)
	h := w.hostility.RawMatrix().Data
	for _, m := range a.Members {
		if m != l {
			top = insertPick(top, pick{h[m*n+l], m})
		}
	}
	a.hostTop[l] = top
}

// insertPick places p in a descending top three.
func insertPick(top [3]pick, p pick) [3]pick {
	switch {
	case p.v > top[0].v:
		top[2], top[1], top[0] = top[1], top[0], p
	case p.v > top[1].v:
		top[2], top[1] = top[1], p
	case p.v > top[2].v:
		top[2] = p
	}
	return top
}

// inheritedHostility is the largest H_ml toward l over members m other than
// i and l (0 if none).
func (a *Alliance) inheritedHostility(i, l int) float64 {
	if a.hostTop == nil { // dissolved: no members, no enemies
		return 0
	}
	for _, p := range a.hostTop[l] {
		if p.m >= 0 && p.m != i && p.m != l {
			return p.v
		}
	}
	return 0
}
