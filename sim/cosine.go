package sim

import (
	"math"

	"entente/agents"
)

// The scaled forms of commonThreat's cosines. The fast forms multiply
// threats and GDPs before dividing, which is exact enough for any real
// world but overflows (or underflows to 0/0) when threats or GDPs are near
// the ends of the float64 range, as the ends of the constants' ranges can
// make them: a NaN cohesion would follow. These divide first, so every
// term is at most 1. They are taken only where the fast form is not a
// finite number, so they change no result the fast form gives.

// minNormal is the smallest positive normal float64: a product of norms
// below it has lost its precision to underflow.
const minNormal = 0x1p-1022

// pairCosine is the cosine of threat rows a and b with norms na and nb,
// from the unit vectors; 0 if either norm is not a positive finite number.
func pairCosine(a, b []float64, na, nb float64) float64 {
	if !(na > 0) || !(nb > 0) || math.IsInf(na, 0) || math.IsInf(nb, 0) {
		return 0
	}
	dot := 0.0
	for l, v := range a {
		dot += (v / na) * (b[l] / nb)
	}
	if !finite(dot) {
		return 0
	}
	return agents.Clamp(dot, 0, 1)
}

// commonThreatScaled is commonThreat over three or more members with
// weights normalised to sum to one and unit threat vectors.
func (w *World) commonThreatScaled(members []int) float64 {
	sumW := 0.0
	for _, m := range members {
		sumW += w.nations[m].GDP
	}
	if !(sumW > 0) || math.IsInf(sumW, 0) {
		return 0
	}
	sum := w.scratchRow(&w.sumRow, len(w.nations))
	clear(sum)
	var sumW2, self float64
	for _, m := range members {
		wt := w.nations[m].GDP / sumW
		sumW2 += wt * wt
		norm := w.norms[m]
		if !(norm > 0) || math.IsInf(norm, 0) {
			continue
		}
		for l, v := range w.threats.RawRowView(m) {
			sum[l] += wt * (v / norm)
		}
		self += wt * wt
	}
	pairs := 1 - sumW2
	if pairs <= 0 {
		return 0
	}
	dot := 0.0
	for _, v := range sum {
		dot += v * v
	}
	if c := (dot - self) / pairs; finite(c) {
		return agents.Clamp(c, 0, 1)
	}
	return 0
}
