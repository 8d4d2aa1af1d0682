package sim

import (
	"math"
	"sync/atomic"

	"gonum.org/v1/gonum/floats"
)

// commonality: κ_ij = (Σ_l t_il·H_jl / Σ_l t_il)·(1 − H_ij), the share of
// i's threat that j is itself hostile to, discounted by hostility between
// them. The whole matrix is an N×N×N product, t·Hᵀ, which at 1,000 states
// was two fifths of a tick; security, valuation and formation read κ only
// for allied and candidate pairs, so each entry is computed when first
// asked for in a tick and kept until the next perception.
//
// An entry is the dot product of two rows summed as gonum's Dgemm sums it
// (in blocks of 64 when N > 64, one dot product otherwise, each block by
// the same assembly kernel), so κ is bit for bit the matrix product's.

// gemmBlock is gonum's Dgemm block size (blas/gonum blockSize); a product
// of more than one block on a side is summed block by block.
const gemmBlock = 64

// forgetKappa starts a new tick's κ: every entry is stale.
func (w *World) forgetKappa() {
	w.kappaGen++
	if w.kappaGen == 0 { // wrapped: clear the stamps once in 2³² ticks
		clear(w.kappaStamp)
		w.kappaGen = 1
	}
}

// kappaAt returns κ_ij of the tick's snapshot, computing it on first use.
// While formation's searches run side by side the memo is shared by the
// world and its shadow (parallel.go, memoShared): an entry's value is
// then stored before its stamp, both atomically, so that a stamp that is
// current vouches for its value (two searches that compute the same entry
// store the same bits); otherwise plain loads and stores do.
func (w *World) kappaAt(i, j int) float64 {
	n := len(w.nations)
	k := i*n + j
	if w.memoShared {
		if atomic.LoadUint32(&w.kappaStamp[k]) == w.kappaGen {
			return math.Float64frombits(atomic.LoadUint64(&w.kappaMemo[k]))
		}
		v := w.kappaOf(i, j)
		atomic.StoreUint64(&w.kappaMemo[k], math.Float64bits(v))
		atomic.StoreUint32(&w.kappaStamp[k], w.kappaGen)
		return v
	}
	if w.kappaStamp[k] == w.kappaGen {
		return math.Float64frombits(w.kappaMemo[k])
	}
	v := w.kappaOf(i, j)
	w.kappaMemo[k], w.kappaStamp[k] = math.Float64bits(v), w.kappaGen
	return v
}

func (w *World) kappaOf(i, j int) float64 {
	total := w.threat[i]
	if i == j || total <= 0 {
		return 0
	}
	ti, hj := w.threats.RawRowView(i), w.hostility.RawRowView(j)
	if w.seaBorne(i, j) { // sea.go
		return w.ashoreDot(i, ti, hj) / total * (1 - w.hostility.At(i, j))
	}
	return blockedDot(ti, hj) / total * (1 - w.hostility.At(i, j))
}

// blockedDot is Σ x_l·y_l summed as Dgemm sums one entry of a product of
// side len(x).
func blockedDot(x, y []float64) float64 {
	n := len(x)
	if n <= gemmBlock {
		return floats.Dot(x, y)
	}
	s := 0.0
	for k := 0; k < n; k += gemmBlock {
		e := min(k+gemmBlock, n)
		s += floats.Dot(x[k:e], y[k:e])
	}
	return s
}
