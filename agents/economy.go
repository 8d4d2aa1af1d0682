package agents

import "math"

// EconomyParams are the constants of the economy and debt update.
type EconomyParams struct {
	Drag         float64 // ξ: growth lost per share above SafeShare [1/yr]
	SafeShare    float64 // s_safe [share of GDP]
	Interest     float64 // r_int: real interest rate on debt [1/yr]
	DeficitSlope float64 // ζ: deficit per share above FundedShare
	FundedShare  float64 // s_funded [share of GDP]
	SafeDebt     float64 // b_safe [debt/GDP]
	MaxDebt      float64 // b_max [debt/GDP]
}

// GrowGDP returns next tick's GDP: growth g (the year's: sim's trendAt) less the
// guns-versus-butter drag of a heavy defence burden, plus the events' shock
// (already per tick) and a noise draw (already scaled by sqrt(dt)).
func GrowGDP(n *Nation, p EconomyParams, dt, g, shock, noise float64) float64 {
	drag := p.Drag * max(0, n.Share-p.SafeShare)
	y := n.GDP * (1 + (g-drag)*dt + shock + noise)
	return max(y, 0)
}

// NextDebt returns next tick's debt ratio: interest accrues, growth
// dilutes, heavy defence spending beyond what taxes fund adds a deficit, and
// credit flows with allies (borrowed, lent, repaid, as a share of GDP) move
// the stock. grown is this tick's realised GDP ratio Y_new/Y_old (trend,
// shocks and noise), so a recession raises the debt ratio as it does in
// fact; MODEL.md's 1 + g·dt is its expected value. Command economies do not
// borrow: no deficit and no credit.
func NextDebt(n *Nation, p EconomyParams, dt, grown, creditFlowShare float64) float64 {
	if grown <= 0 {
		grown = 1e-9 // the guard of MODEL.md: 1 + g·dt > 0
	}
	b := n.Debt * (1 + p.Interest*dt) / grown
	if !n.Command {
		b += (n.Deficit + p.DeficitSlope*max(0, n.Share-p.FundedShare)) * dt
		b += creditFlowShare
	}
	return max(b, 0)
}

// FiscalPressure maps a debt ratio to P in [0, 1]: zero below b_safe, one at
// b_max and beyond.
func FiscalPressure(debt float64, p EconomyParams) float64 {
	span := p.MaxDebt - p.SafeDebt
	if span <= 0 {
		if debt > p.SafeDebt {
			return 1
		}
		return 0
	}
	return Clamp((debt-p.SafeDebt)/span, 0, 1)
}

// Clamp limits v to [lo, hi].
func Clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Relax moves v toward target by the fraction of the gap a yearly rate
// closes in a tick of dt years: 1 − (1 − rate)^dt.
func Relax(v, target, rate, dt float64) float64 {
	return v + (1-math.Pow(1-rate, dt))*(target-v)
}
