package sim

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// findBlocs finds blocs as communities (Louvain, seeded) of the co-alliance
// graph weighted by cohesion, not as connected components, which chain
// through a single cross-cutting pact. It fills the bloc count, each
// nation's bloc, the effective number of blocs (1/Σ share² of capability
// over blocs and unaligned states) and the largest bloc's share. The graph,
// the Louvain buffers and BlocOf are the world's, reused every tick.
func (w *World) findBlocs(d *Diagnostics) {
	n := len(w.nations)
	if len(w.blocOf) != n {
		w.blocOf = make([]int, n)
		w.coalitions = newCoalitionGraph(n)
		w.blocSize = make([]int, n)
		w.blocIndex = make([]int, n)
		w.blocCap = make([]float64, n)
	}
	d.BlocOf = w.blocOf
	for i := range d.BlocOf {
		d.BlocOf[i] = -1
	}
	g := w.coalitions
	g.reset()
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		for x, i := range a.Members {
			for _, j := range a.Members[x+1:] {
				g.add(i, j, a.Cohesion)
			}
		}
	}
	g.sortAdjacency()
	blocs := 0
	if g.edges > 0 {
		label := w.louvain.communities(g, w.p.BlocResolution, w.rngBlocs)
		// A bloc is a community of two or more allied states, numbered by
		// its lowest member.
		for i := range n {
			w.blocSize[i], w.blocIndex[i] = 0, -1
		}
		for i := range n {
			if g.degree(i) > 0 {
				w.blocSize[label[i]]++
			}
		}
		for i := range n {
			c := label[i]
			if g.degree(i) == 0 || w.blocSize[c] < 2 {
				continue
			}
			if w.blocIndex[c] < 0 {
				w.blocIndex[c] = blocs
				w.blocCap[blocs] = 0
				blocs++
			}
			d.BlocOf[i] = w.blocIndex[c]
			w.blocCap[d.BlocOf[i]] += w.nations[i].Capability
		}
	}
	total := d.Capability
	if total <= 0 {
		return
	}
	sum2 := 0.0
	for b := range blocs {
		share := w.blocCap[b] / total
		sum2 += share * share
		d.LargestBlocShare = max(d.LargestBlocShare, share)
	}
	for i := range w.nations {
		if w.nations[i].Active && d.BlocOf[i] < 0 {
			share := w.nations[i].Capability / total
			sum2 += share * share
		}
	}
	d.Blocs = blocs
	if sum2 > 0 {
		d.EffectiveBlocs = 1 / sum2
	}
}

// coalitionGraph is a dense weighted undirected graph whose iterators run
// in ID order, so that community detection is reproducible (gonum's map
// backed graphs iterate in random order).
type coalitionGraph struct {
	n      int
	weight []float64 // n×n, summed cohesion of the alliances a pair shares
	adj    [][]int   // neighbours in ascending order
	edges  int
}

func newCoalitionGraph(n int) *coalitionGraph {
	return &coalitionGraph{n: n, weight: make([]float64, n*n), adj: make([][]int, n)}
}

// reset empties the graph, clearing only the weights that were set.
func (g *coalitionGraph) reset() {
	for i, adj := range g.adj {
		for _, j := range adj {
			g.weight[i*g.n+j] = 0
		}
		g.adj[i] = adj[:0]
	}
	g.edges = 0
}

// add links i and j with weight c (summed over the alliances they share).
// Call sortAdjacency once all edges are in.
func (g *coalitionGraph) add(i, j int, c float64) {
	if c <= 0 {
		c = 1e-9 // a pact at zero cohesion still links its members
	}
	if g.weight[i*g.n+j] == 0 {
		g.adj[i] = append(g.adj[i], j)
		g.adj[j] = append(g.adj[j], i)
		g.edges++
	}
	g.weight[i*g.n+j] += c
	g.weight[j*g.n+i] += c
}

// sortAdjacency puts every neighbour list in ascending order, the order
// the graph's iterators promise.
func (g *coalitionGraph) sortAdjacency() {
	for _, adj := range g.adj {
		slices.Sort(adj)
	}
}

func (g *coalitionGraph) degree(i int) int { return len(g.adj[i]) }

func (g *coalitionGraph) Node(id int64) graph.Node {
	if id < 0 || int(id) >= g.n {
		return nil
	}
	return simple.Node(id)
}

func (g *coalitionGraph) Nodes() graph.Nodes {
	nodes := make([]graph.Node, g.n)
	for i := range nodes {
		nodes[i] = simple.Node(i)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (g *coalitionGraph) From(id int64) graph.Nodes {
	adj := g.adj[id]
	if len(adj) == 0 {
		return graph.Empty
	}
	nodes := make([]graph.Node, len(adj))
	for k, j := range adj {
		nodes[k] = simple.Node(j)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (g *coalitionGraph) HasEdgeBetween(x, y int64) bool {
	return x != y && g.weight[int(x)*g.n+int(y)] > 0
}

func (g *coalitionGraph) Edge(u, v int64) graph.Edge { return g.WeightedEdge(u, v) }

func (g *coalitionGraph) EdgeBetween(x, y int64) graph.Edge { return g.WeightedEdge(x, y) }

func (g *coalitionGraph) WeightedEdgeBetween(x, y int64) graph.WeightedEdge {
	return g.WeightedEdge(x, y)
}

func (g *coalitionGraph) WeightedEdge(u, v int64) graph.WeightedEdge {
	if !g.HasEdgeBetween(u, v) {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: g.weight[int(u)*g.n+int(v)]}
}

func (g *coalitionGraph) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	w := g.weight[int(x)*g.n+int(y)]
	return w, w > 0
}

var _ graph.WeightedUndirected = (*coalitionGraph)(nil)
