package sim

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// Spearman is the rank correlation of x and y (average ranks for ties);
// NaN under three observations or when either variable is constant.
func Spearman(x, y []float64) float64 {
	if len(x) != len(y) || len(x) < 3 {
		return math.NaN()
	}
	rx, ry := ranks(x), ranks(y)
	if constant(rx) || constant(ry) {
		return math.NaN()
	}
	return stat.Correlation(rx, ry, nil)
}

// ranks returns 1-based ranks, ties sharing their mean rank.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for lo := 0; lo < len(idx); {
		hi := lo
		for hi+1 < len(idx) && x[idx[hi+1]] == x[idx[lo]] {
			hi++
		}
		mean := float64(lo+hi)/2 + 1
		for k := lo; k <= hi; k++ {
			r[idx[k]] = mean
		}
		lo = hi + 1
	}
	return r
}

func constant(x []float64) bool {
	for _, v := range x[1:] {
		if v != x[0] {
			return false
		}
	}
	return true
}
