package main

import (
	"math"
	"sort"
)

// median3 is the median of a state's shares in the three years about y
// (0 when it has none).
func median3(d map[int]float64, y int) float64 {
	var v []float64
	for t := y - 1; t <= y+1; t++ {
		if s, ok := d[t]; ok {
			v = append(v, s)
		}
	}
	if len(v) == 0 {
		return 0
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// ols fits the log change of the share on the regressors x(c) by least
// squares, returning the coefficients and their standard errors.
func ols(cs []change, x func(change) []float64) (b, se []float64) {
	p := len(x(change{}))
	xtx, xty := make([][]float64, p), make([]float64, p)
	for i := range xtx {
		xtx[i] = make([]float64, p)
	}
	for _, c := range cs {
		row := x(c)
		for i := range row {
			xty[i] += row[i] * c.share
			for j := range row {
				xtx[i][j] += row[i] * row[j]
			}
		}
	}
	inv := invert(xtx)
	b = make([]float64, p)
	for i := range b {
		for j := range b {
			b[i] += inv[i][j] * xty[j]
		}
	}
	rss := 0.0
	for _, c := range cs {
		e := c.share
		for i, v := range x(c) {
			e -= b[i] * v
		}
		rss += e * e
	}
	s2 := rss / float64(len(cs)-p)
	se = make([]float64, p)
	for i := range se {
		se[i] = math.Sqrt(s2 * inv[i][i])
	}
	return b, se
}

// invert inverts a small symmetric positive-definite matrix by
// Gauss–Jordan elimination.
func invert(m [][]float64) [][]float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, 2*n)
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		piv := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[piv][c]) {
				piv = r
			}
		}
		a[c], a[piv] = a[piv], a[c]
		d := a[c][c]
		for j := range a[c] {
			a[c][j] /= d
		}
		for r := 0; r < n; r++ {
			if r != c {
				f := a[r][c]
				for j := range a[r] {
					a[r][j] -= f * a[c][j]
				}
			}
		}
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = a[i][n:]
	}
	return out
}
