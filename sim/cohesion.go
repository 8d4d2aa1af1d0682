package sim

import (
	"math"

	"entente/agents"
)

// CohesionCauses are the terms of an alliance's target cohesion, kept so
// that strain can name its main cause.
type CohesionCauses struct {
	CommonThreat float64 // size-weighted mean cosine similarity of members' threat vectors
	BurdenGap    float64 // GDP-weighted relative shortfall below τ plus the dispersion of shares
	Divergence   float64 // spread of regimes and camps plus recent shifts in relative power
	FiscalStress float64 // members' mean fiscal pressure
	Pooling      float64 // σ_A
	Target       float64 // c*
}

// updateCohesion relaxes each alliance's cohesion toward
// c* = clamp(c_base + w1·common − w2·gap − w3·divergence − w4·fiscal +
// w6·pooling − w0, 0, 1), less η5 per default this tick, and logs strain when
// it crosses below c_strain.
func (w *World) updateCohesion(a *Alliance) {
	p := &w.p
	cc := w.causes(a.Members, a.Target, a.Pooling)
	cc.Target = agents.Clamp(cc.Target+a.glueNow(), 0, 1) // a start pact's fixed effect (startpacts.go)
	a.Causes = cc
	a.BurdenGap = cc.BurdenGap
	before := a.Cohesion
	c := agents.Relax(a.Cohesion, cc.Target, p.CohesionRate, w.dt)
	c -= p.DefaultHit * float64(len(a.defaulters))
	a.Cohesion = agents.Clamp(c, 0, 1)
	if before >= p.StrainLevel && a.Cohesion < p.StrainLevel {
		w.log(Strained, a, -1, w.mainCause(a))
	}
}

// causes computes the terms of the target cohesion of a set of members.
func (w *World) causes(members []int, target, pooling float64) CohesionCauses {
	p := &w.p
	cc := CohesionCauses{
		CommonThreat: w.commonThreat(members),
		BurdenGap:    w.burdenGap(members, target),
		Divergence:   w.divergence(members),
		FiscalStress: w.fiscalStress(members),
		Pooling:      pooling,
	}
	cc.Target = agents.Clamp(p.CohesionBase+p.WeightCommon*cc.CommonThreat-p.WeightBurden*cc.BurdenGap-
		p.WeightDiverge*cc.Divergence-p.WeightFiscal*cc.FiscalStress+p.WeightPooling*cc.Pooling-
		p.WeightConstant, 0, 1)
	return cc
}

// mainCause names the largest of the forces pulling cohesion down.
func (w *World) mainCause(a *Alliance) string {
	p, cc := w.p, a.Causes
	cause, worst := "weak common threat", p.WeightCommon*(1-cc.CommonThreat)
	for _, c := range []struct {
		name string
		v    float64
	}{
		{"burden gap", p.WeightBurden * cc.BurdenGap},
		{"divergence", p.WeightDiverge * cc.Divergence},
		{"fiscal stress", p.WeightFiscal * cc.FiscalStress},
		{"defaults", p.DefaultHit * float64(len(a.defaulters))},
	} {
		if c.v > worst {
			cause, worst = c.name, c.v
		}
	}
	return cause
}

// commonThreat is the GDP-weighted mean, over pairs of members, of the
// cosine similarity of their threat vectors (0 for a zero vector), computed
// in O(members·N) from unit vectors: Σ_{m≠n} w_m·w_n·u_m·u_n =
// |Σ w_m·u_m|² − Σ w_m²·|u_m|².
func (w *World) commonThreat(members []int) float64 {
	if len(members) == 2 {
		// A pair: the cosine itself (formation asks this of every candidate).
		a, b := members[0], members[1]
		if w.norms[a] == 0 || w.norms[b] == 0 {
			return 0
		}
		dot := 0.0
		ra, rb := w.threats.RawRowView(a), w.threats.RawRowView(b)
		for l, v := range ra {
			dot += v * rb[l]
		}
		if den := w.norms[a] * w.norms[b]; den >= minNormal && !math.IsInf(den, 0) && finite(dot) {
			return agents.Clamp(dot/den, 0, 1)
		}
		return pairCosine(ra, rb, w.norms[a], w.norms[b])
	}
	sum := w.scratchRow(&w.sumRow, len(w.nations))
	clear(sum)
	var sumW, sumW2, self float64
	for _, m := range members {
		wt := w.nations[m].GDP
		sumW += wt
		sumW2 += wt * wt
		row := w.threats.RawRowView(m)
		norm := w.norms[m]
		if norm <= 0 {
			continue
		}
		for l, v := range row {
			sum[l] += wt * v / norm
		}
		self += wt * wt
	}
	pairs := sumW*sumW - sumW2
	if pairs <= 0 {
		return 0
	}
	dot := 0.0
	for _, v := range sum {
		dot += v * v
	}
	if c := (dot - self) / pairs; finite(c) && finite(sumW*sumW) {
		return agents.Clamp(c, 0, 1)
	}
	return w.commonThreatScaled(members)
}

// burdenGap is the GDP-weighted relative shortfall below the target plus
// the coefficient of variation of members' shares.
func (w *World) burdenGap(members []int, target float64) float64 {
	var gdp, short, mean float64
	shares := w.scratchRow(&w.shareRow, len(members))[:0]
	for _, m := range members {
		n := &w.nations[m]
		gdp += n.GDP
		short += n.GDP * agents.BurdenCost(target, n.Share)
		shares = append(shares, n.Share)
		mean += n.Share
	}
	if gdp <= 0 || len(shares) == 0 {
		return 0
	}
	mean /= float64(len(shares))
	return short/gdp + coefficientOfVariation(shares, mean)
}

func coefficientOfVariation(xs []float64, mean float64) float64 {
	if mean <= 0 || len(xs) < 2 {
		return 0
	}
	v := 0.0
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return math.Sqrt(v/float64(len(xs))) / mean
}

// divergence is the spread of regimes (standard deviation over 10), the
// share of member pairs in opposed camps, and the mean shift in relative
// power, |Δ ln(K_i/ΣK)| over the shift window (Bennett 1997).
func (w *World) divergence(members []int) float64 {
	m := len(members)
	if m < 2 {
		return 0
	}
	mean := 0.0
	for _, i := range members {
		mean += w.nations[i].Regime
	}
	mean /= float64(m)
	v := 0.0
	opposed := 0
	for x, i := range members {
		v += (w.nations[i].Regime - mean) * (w.nations[i].Regime - mean)
		for _, j := range members[x+1:] {
			if agents.OpposedCamps(w.nations[i].Camp, w.nations[j].Camp) {
				opposed++
			}
		}
	}
	spread := math.Sqrt(v/float64(m)) / 10
	camps := float64(opposed) / float64(m*(m-1)/2)
	return spread + camps + w.powerShift(members)
}

func (w *World) powerShift(members []int) float64 {
	if len(w.shifts) == 0 { // under two years of history
		return 0
	}
	shift, count := 0.0, 0
	for _, i := range members {
		if x := w.shifts[i]; !math.IsNaN(x) {
			shift += x
			count++
		}
	}
	if count == 0 {
		return 0
	}
	return shift / float64(count)
}

func (w *World) fiscalStress(members []int) float64 {
	if len(members) == 0 {
		return 0
	}
	p := 0.0
	for _, i := range members {
		p += w.nations[i].Pressure
	}
	return p / float64(len(members))
}
