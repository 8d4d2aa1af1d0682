package sim

import (
	"math"
	"math/rand/v2"
	"slices"
)

// louvain finds the blocs: gonum's Louvain community detection
// (graph/community, louvainUndirected, which MODEL.md names), rewritten over
// dense indices and buffers the world keeps. Every step is gonum's: the same
// shuffles drawn from the same stream, the same candidate communities in
// the same order, the same sums added in the same order. So it finds the
// same communities and leaves the stream where gonum would (TestLouvain
// checks both against community.Modularize), without gonum's maps and
// per-call allocations, which were 40 % of a Cold War run.
type louvain struct {
	// The graph of the current level: node u's internal weight, its
	// neighbours in gonum's order with the weights of those edges, and its
	// weighted degree.
	self   []float64
	adj    [][]int
	adjW   [][]float64
	degree []float64

	comms [][]int // the communities of the current level's nodes
	pool  [][]int // their buffers, kept across levels and ticks
	memb  []int   // node → its community
	order []int   // the nodes in this pass's shuffled order
	at    []int   // original node → its node at the current level

	// Scratch, all zero (or unset) between uses.
	row   []float64 // weights from one node, by neighbour
	seen  []int     // candidate stamps
	cands []int
	acc   []float64 // a new level's weights from one community
	low   []float64 // and to the communities before it
	first []int     // out-list stamps
	pend  [][]pendingEdge
	next  louvainLevel
	odd   bool // the levels' buffers are swapped: level 0 is in next
}

// pendingEdge is an edge weight of the next level found while building a
// lower-numbered community, kept for the higher one.
type pendingEdge struct {
	from int
	w    float64
}

// louvainLevel holds the next level while it is built.
type louvainLevel struct {
	self []float64
	adj  [][]int
	adjW [][]float64
}

// deltaQtol is gonum's tolerance for a move's gain in modularity.
const deltaQtol = 1e-15

func (l *louvain) grow(n int) {
	if len(l.at) == n {
		return
	}
	*l = louvain{
		self: make([]float64, n), adj: make([][]int, n), adjW: make([][]float64, n), degree: make([]float64, n),
		comms: make([][]int, n), pool: make([][]int, n), memb: make([]int, n), order: make([]int, n), at: make([]int, n),
		row: make([]float64, n), seen: make([]int, n), acc: make([]float64, n), low: make([]float64, n),
		first: make([]int, n), pend: make([][]pendingEdge, n),
		next: louvainLevel{self: make([]float64, n), adj: make([][]int, n), adjW: make([][]float64, n)},
	}
}

// communities runs Louvain on g at the given resolution and returns, for
// each node of g, the label of its community (labels are level node
// indices: only equality means anything).
func (l *louvain) communities(g *coalitionGraph, resolution float64, rng *rand.Rand) []int {
	n := g.n
	l.grow(n)
	if l.odd { // level 0 always in the same buffers, which have grown to fit it
		l.swapLevels()
	}
	// Level 0: the graph itself, every node alone.
	for u := range n {
		l.self[u] = 0
		l.adj[u] = append(l.adj[u][:0], g.adj[u]...)
		l.adjW[u] = l.adjW[u][:0]
		for _, v := range g.adj[u] {
			l.adjW[u] = append(l.adjW[u], g.weight[min(u, v)*n+max(u, v)])
		}
		l.at[u] = u
	}
	nc := n
	for {
		m2 := 0.0
		for u := range nc {
			d := l.self[u]
			for _, w := range l.adjW[u] {
				d += w
			}
			l.degree[u] = d
			m2 += d
		}
		if m2 == 0 {
			return l.at
		}
		for u := range nc {
			l.comms[u] = append(l.pool[u][:0], u)
			l.memb[u] = u
			l.order[u] = u
		}
		changed := l.moveNodes(nc, m2, resolution, rng)
		for u := range nc {
			if cap(l.comms[u]) > cap(l.pool[u]) {
				l.pool[u] = l.comms[u][:0]
			}
		}
		if !changed {
			return l.at
		}
		nc = l.reduce(nc)
	}
}

// moveNodes is gonum's localMovingHeuristic: passes over the nodes in a
// fresh random order, each moved to the neighbouring community that gains
// the most modularity, until a pass moves none. It reports whether any
// node moved.
func (l *louvain) moveNodes(nc int, m2, gamma float64, rng *rand.Rand) (changed bool) {
	order := l.order[:nc]
	for {
		moved := false
		for i := range order[:len(order)-1] {
			j := i + rng.IntN(len(order)-i)
			order[i], order[j] = order[j], order[i]
		}
		for _, id := range order {
			dQ, dst, src, at := l.deltaQ(id, m2, gamma)
			if !(dQ > deltaQtol) || dst < 0 {
				// No gain, or none to measure: a NaN weight (the
				// finiteness guard fails the tick after diagnose) must not
				// move a node into community −1.
				continue
			}
			moved, changed = true, true
			l.memb[id] = dst
			l.comms[dst] = append(l.comms[dst], id)
			c := l.comms[src]
			c[at] = c[len(c)-1]
			l.comms[src] = c[:len(c)-1]
		}
		if !moved {
			return changed
		}
	}
}

// deltaQ is gonum's: the best gain in modularity from moving node id to a
// connected community, that community, and where id is now.
func (l *louvain) deltaQ(id int, m2, gamma float64) (dQ float64, dst, src, at int) {
	aaa := l.self[id]
	ka := l.degree[id]
	l.cands = l.cands[:0]
	stamp := id + 1
	for k, v := range l.adj[id] {
		l.row[v] = l.adjW[id][k]
		if c := l.memb[v]; l.seen[c] != stamp {
			l.seen[c] = stamp
			l.cands = append(l.cands, c)
		}
	}
	if c := l.memb[id]; l.seen[c] != stamp {
		l.seen[c] = stamp
		l.cands = append(l.cands, c)
	}
	if len(l.cands) > 16 {
		slices.Sort(l.cands)
	} else { // few candidates: insertion sort, without the general sort's set-up
		for x := 1; x < len(l.cands); x++ {
			for y := x; y > 0 && l.cands[y] < l.cands[y-1]; y-- {
				l.cands[y], l.cands[y-1] = l.cands[y-1], l.cands[y]
			}
		}
	}
	var dQremove float64
	dQadd, dst, src, at := math.Inf(-1), -1, -1, -1
	for _, i := range l.cands {
		var kaC, sigma float64
		removal := false
		for j, u := range l.comms[i] {
			w := l.row[u]
			if u == id {
				src, at, removal = i, j, true
				w = aaa
			}
			kaC += w
			sigma += l.degree[u]
		}
		if removal {
			dQremove = kaC - aaa - gamma*ka*(sigma-ka)/m2
		} else if d := kaC - gamma*ka*sigma/m2; d > dQadd {
			dQadd, dst = d, i
		}
	}
	for _, v := range l.adj[id] {
		l.row[v] = 0
	}
	for _, c := range l.cands {
		l.seen[c] = 0
	}
	return 2 * (dQadd - dQremove) / m2, dst, src, at
}

// reduce is gonum's reduceUndirected: empty communities are dropped (the
// last moved into the gap), and each community becomes one node of the next
// level, its internal weight and its edges summed in gonum's order. It
// returns the number of nodes of the new level.
func (l *louvain) reduce(nc int) int {
	comms := l.comms[:nc]
	for i := 0; i < len(comms); {
		if len(comms[i]) == 0 {
			last := len(comms) - 1
			comms[i], comms[last] = comms[last], comms[i]
			comms = comms[:last]
		} else {
			i++
		}
	}
	nn := len(comms)
	for i, c := range comms {
		for _, u := range c {
			l.memb[u] = i // now: old node → new node
		}
	}
	nx := &l.next
	for ucid, c := range comms {
		// Weights to the communities before this one were summed when those
		// were built.
		for _, p := range l.pend[ucid] {
			l.low[p.from] = p.w
		}
		self := 0.0
		for i, u := range c {
			self += l.self[u]
			for k, v := range l.adj[u] {
				l.row[v] = l.adjW[u][k]
			}
			for _, v := range c[i+1:] {
				self += 2 * l.row[v]
			}
			for _, v := range l.adj[u] {
				l.row[v] = 0
			}
		}
		nx.self[ucid] = self
		out := nx.adj[ucid][:0]
		stamp := ucid + 1
		for _, u := range c {
			for k, v := range l.adj[u] {
				vcid := l.memb[v]
				if vcid != ucid && l.first[vcid] != stamp {
					l.first[vcid] = stamp
					out = append(out, vcid)
				}
				if ucid < vcid {
					l.acc[vcid] += l.adjW[u][k]
				}
			}
		}
		ws := nx.adjW[ucid][:0]
		for _, vcid := range out {
			if vcid > ucid {
				ws = append(ws, l.acc[vcid])
				l.pend[vcid] = append(l.pend[vcid], pendingEdge{ucid, l.acc[vcid]})
			} else {
				ws = append(ws, l.low[vcid])
			}
		}
		for _, vcid := range out {
			l.acc[vcid], l.low[vcid], l.first[vcid] = 0, 0, 0
		}
		for _, p := range l.pend[ucid] {
			l.low[p.from] = 0
		}
		l.pend[ucid] = l.pend[ucid][:0]
		nx.adj[ucid], nx.adjW[ucid] = out, ws
	}
	for i := range l.at {
		l.at[i] = l.memb[l.at[i]]
	}
	// The new level replaces the old; the old level's buffers become the
	// next one's.
	l.swapLevels()
	return nn
}

func (l *louvain) swapLevels() {
	nx := &l.next
	l.self, nx.self = nx.self, l.self
	l.adj, nx.adj = nx.adj, l.adj
	l.adjW, nx.adjW = nx.adjW, l.adjW
	l.odd = !l.odd
}
