package sim

import (
	"math"
	"math/rand/v2"
	"testing"
)

// commonThreat at the ends of float64: threats so small that the product
// of two norms underflows (h_rival = 5e-324 made them so, and cohesion
// NaN), or threats and GDPs so large that products overflow. Each gives
// the cosine of the directions, finite and in [0, 1]: 1 for threats from
// the same states in the same proportions.
func TestCommonThreatAtTheEndsOfFloat64(t *testing.T) {
	members := []int{cBOR, cLN1, cLN2}
	for _, tc := range []struct {
		name   string
		threat float64 // every threat from ENE and from OUT
		gdp    float64 // 0: as it is
	}{
		{"threats that underflow", 5e-324, 0},
		{"threats of 1e-170", 1e-170, 0},
		{"threats of 1e200", 1e200, 0},
		{"GDPs of 1e200", 1, 1e200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, financeWorld(1))
			stepThrough(t, w, 0)
			for _, m := range members {
				row := w.threats.RawRowView(m)
				clear(row)
				row[cENE], row[cOUT] = tc.threat, 2*tc.threat
				if tc.gdp > 0 {
					w.nations[m].GDP = tc.gdp
				}
			}
			w.measureThreats()
			for _, set := range [][]int{members[:2], members} {
				if c := w.commonThreat(set); !near(c, 1, 1e-12) {
					t.Errorf("%d members: common threat %v, want 1", len(set), c)
				}
			}
		})
	}
}

// A NaN weight in the co-alliance graph (a NaN cohesion, which the
// finiteness guard reports after the tick) must not make Louvain move a
// node into community −1: it finds no gain and moves nothing.
func TestLouvainWithANaNWeight(t *testing.T) {
	g := newCoalitionGraph(4)
	g.add(0, 1, math.NaN())
	g.add(1, 2, 0.5)
	g.add(2, 3, 0.5)
	g.sortAdjacency()
	var l louvain
	labels := l.communities(g, 1, rand.New(rand.NewPCG(1, 2)))
	if len(labels) != 4 {
		t.Errorf("labels %v", labels)
	}
}
