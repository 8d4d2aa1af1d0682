package sim

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/community"
)

// TestLouvain checks the rewrite against gonum's community.Modularize on
// random co-alliance graphs: the same communities, and the random stream
// left in the same place.
func TestLouvain(t *testing.T) {
	var l louvain
	for _, n := range []int{1, 2, 5, 33, 120, 400} {
		for seed := range uint64(20) {
			t.Run(fmt.Sprintf("N=%d/seed=%d", n, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, uint64(n)))
				g := newCoalitionGraph(n)
				for range 1 + n/4 {
					size := 2 + rng.IntN(min(n, 12))
					members := rng.Perm(n)[:min(size, n)]
					c := rng.Float64()
					if rng.IntN(10) == 0 {
						c = 0
					}
					for x, i := range members {
						for _, j := range members[x+1:] {
							g.add(i, j, c)
						}
					}
				}
				g.sortAdjacency()
				if g.edges == 0 {
					return
				}
				for _, res := range []float64{0.5, 1, 2} {
					ra, rb := rand.New(rand.NewPCG(seed, 99)), rand.New(rand.NewPCG(seed, 99))
					want := partition(n, func(emit func([]int)) {
						for _, c := range community.Modularize(g, res, ra).Communities() {
							ids := make([]int, len(c))
							for k, node := range c {
								ids[k] = int(node.ID())
							}
							emit(ids)
						}
					})
					label := l.communities(g, res, rb)
					got := partition(n, func(emit func([]int)) {
						groups := map[int][]int{}
						for i, c := range label {
							groups[c] = append(groups[c], i)
						}
						for _, ids := range groups {
							emit(ids)
						}
					})
					if !slices.EqualFunc(got, want, slices.Equal) {
						t.Fatalf("resolution %v: communities %v, gonum %v", res, got, want)
					}
					if a, b := ra.Uint64(), rb.Uint64(); a != b {
						t.Fatalf("resolution %v: the stream moved differently", res)
					}
				}
			})
		}
	}
}

// partition lists communities with sorted members, by lowest member.
func partition(n int, each func(emit func([]int))) [][]int {
	var out [][]int
	each(func(ids []int) {
		ids = slices.Clone(ids)
		slices.Sort(ids)
		out = append(out, ids)
	})
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}
