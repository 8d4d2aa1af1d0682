package sim

import (
	"fmt"
	"math/bits"
	"slices"
)

// MaxLandscapeStates bounds the exhaustive search of two-bloc splits
// (2^(n−1) configurations).
const MaxLandscapeStates = 24

// Split is a partition of states into two blocs and its landscape energy.
type Split struct {
	Blocs  [2][]int // indices into the states given to Landscape
	Energy float64
}

// Landscape finds the local minima of the Axelrod–Bennett energy
// E = Σ_{i<j} z_i·z_j·p_ij·x_ij over every split of the states into two
// blocs (x_ij = 1 across blocs), as Axelrod & Bennett (1993) did: a split is
// a local minimum when moving any single state to the other bloc does not
// lower E. Minima are returned by ascending energy. z are sizes, p the
// symmetric propensities (row-major n×n).
func Landscape(z []float64, p []float64) ([]Split, error) {
	n := len(z)
	if n < 2 || n > MaxLandscapeStates {
		return nil, fmt.Errorf("landscape: %d states; the exhaustive search takes 2 to %d", n, MaxLandscapeStates)
	}
	if len(p) != n*n {
		return nil, fmt.Errorf("landscape: propensity has %d entries for %d states", len(p), n)
	}
	// State 0 is always in bloc 0: a configuration is a mask over states
	// 1..n−1, and energies are filled in Gray-code order, each from the last
	// by one move (O(n) per configuration).
	count := 1 << (n - 1)
	energy := make([]float64, count)
	side := make([]bool, n)
	e := 0.0
	mask := 0
	for step := 1; step < count; step++ {
		k := bits.TrailingZeros(uint(step)) + 1 // the state that moves
		e += moveDelta(z, p, side, k)
		side[k] = !side[k]
		mask ^= 1 << (k - 1)
		energy[mask] = e
	}
	var minima []Split
	for m := 0; m < count; m++ {
		if isLocalMinimum(energy, m, n) {
			minima = append(minima, splitOf(m, n, energy[m]))
		}
	}
	slices.SortStableFunc(minima, func(a, b Split) int {
		switch {
		case a.Energy < b.Energy:
			return -1
		case a.Energy > b.Energy:
			return 1
		}
		return 0
	})
	return minima, nil
}

// moveDelta is the change of E when state k changes bloc.
func moveDelta(z, p []float64, side []bool, k int) float64 {
	n := len(z)
	d := 0.0
	for j := 0; j < n; j++ {
		if j == k {
			continue
		}
		c := z[k] * z[j] * p[k*n+j]
		if side[j] == side[k] {
			d += c // they will be split
		} else {
			d -= c // they will be together
		}
	}
	return d
}

func isLocalMinimum(energy []float64, m, n int) bool {
	full := len(energy) - 1
	for k := 0; k < n; k++ {
		var other int
		if k == 0 {
			other = full ^ m // moving state 0 is moving everyone else
		} else {
			other = m ^ 1<<(k-1)
		}
		if energy[other] < energy[m] {
			return false
		}
	}
	return true
}

func splitOf(m, n int, e float64) Split {
	s := Split{Energy: e}
	s.Blocs[0] = []int{0}
	for k := 1; k < n; k++ {
		b := (m >> (k - 1)) & 1
		s.Blocs[b] = append(s.Blocs[b], k)
	}
	return s
}

// LandscapeInputs returns the active states' indices, sizes (capability
// shares) and propensities (row-major) as of the last tick, for Landscape.
func (w *World) LandscapeInputs() (states []int, z, p []float64) {
	total := w.worldCapability()
	for i := range w.nations {
		if w.nations[i].Active {
			states = append(states, i)
			z = append(z, w.nations[i].Capability/total)
		}
	}
	p = make([]float64, len(states)*len(states))
	for a, i := range states {
		for b, j := range states {
			p[a*len(states)+b] = w.propensity.At(i, j)
		}
	}
	return states, z, p
}

// Largest keeps the n states with the largest sizes (ties to the lower
// index), in their original order, with their sizes renormalised to shares
// of the kept total and their propensities.
func Largest(states []int, z, p []float64, n int) ([]int, []float64, []float64) {
	order := make([]int, len(states))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case z[a] > z[b]:
			return -1
		case z[a] < z[b]:
			return 1
		}
		return 0
	})
	keep := order[:n]
	slices.Sort(keep)
	m := len(states)
	var ks []int
	var kz []float64
	total := 0.0
	for _, k := range keep {
		ks = append(ks, states[k])
		kz = append(kz, z[k])
		total += z[k]
	}
	for k := range kz {
		kz[k] /= total
	}
	kp := make([]float64, n*n)
	for a, i := range keep {
		for b, j := range keep {
			kp[a*n+b] = p[i*m+j]
		}
	}
	return ks, kz, kp
}
