package sim

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
)

// Spearman is the rank correlation of x and y (average ranks for ties);
// NaN under three observations or when either variable is constant.
func Spearman(x, y []float64) float64 {
	n := len(x)
	return spearman(x, y, make([]float64, n), make([]float64, n), make([]int, n))
}

// spearman is Spearman with the ranks of x and y in rx and ry and idx as
// scratch, all of len(x).
func spearman(x, y, rx, ry []float64, idx []int) float64 {
	if len(x) != len(y) || len(x) < 3 {
		return math.NaN()
	}
	ranks(x, rx, idx)
	ranks(y, ry, idx)
	if constant(rx) || constant(ry) {
		return math.NaN()
	}
	return stat.Correlation(rx, ry, nil)
}

// ranks writes 1-based ranks of x into r, ties sharing their mean rank.
func ranks(x, r []float64, idx []int) {
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(x[a], x[b]) })
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
}

func constant(x []float64) bool {
	for _, v := range x[1:] {
		if v != x[0] {
			return false
		}
	}
	return true
}
