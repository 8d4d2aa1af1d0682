package agents

import "math"

// BudgetParams are the world-wide constants of the budget rule; the rest
// (k, f, bounds, λ, ψ) are in each nation's Policy.
type BudgetParams struct {
	BurdenRef        float64 // x0: threat burden added to both sides of the ratio, so that a state without threat has a finite response
	IncomeElasticity float64 // η: elasticity of defence spending to income (1: the share does not move with GDP)
	Pull             float64 // ν: strength of an alliance target's pull
	RegimeFall       float64 // β_r: log rise of the share per Polity2 point the regime stands below the anchor's
}

// BudgetInputs are what a nation weighs when it sets its budget: its two
// threats as it perceived them budget_lag before (sim/budgetlag.go), the
// rest from the tick's snapshot.
type BudgetInputs struct {
	Threat         float64 // T̂_i: its perceived (whole) threat
	AllianceThreat float64 // the largest threat one of its alliances' public defence answers as far as it opposes the pact's adversaries, T̂_i + ς_iA·(Σ T̂_m·φ°_mA − T̂_i) (T̂_i when unallied or larger)
	OwnShare       float64 // K_i/S_i: the part of its security it provides itself
	Capability     float64 // K_i: its own forces
	Pressure       float64 // fiscal pressure P
	GDP            float64 // Y_i
	Regime         float64 // r_i: its regime (Polity2) now
	Pull           float64 // the strongest alliance target pull
}

// Anchor is where a state's budget stands when it comes into the run: the
// share it was observed to spend, the threat burden it then faced, its
// fiscal pressure and GDP then, and the regime its share was measured
// under. Levels differ by state and era and persist (Smith
// 1995: the demand for military spending has country fixed effects); the
// rule moves a state from its own level as its situation changes.
type Anchor struct {
	Share, Burden, Pressure, GDP float64
	Regime                       float64 // the regime (Polity2) its share was measured under
	Set                          bool
}

// Burden is the threat a state's own forces answer, per unit of them:
//
//	x = (ψ·T̂_i + (1 − ψ)·ω_i·T̂_A) / K_i,   ω_i = K_i/S_i.
//
// Defence output is a joint product (Murdoch & Sandler 1984): its private
// part ψ protects the state alone and answers its own threat, which no ally
// can answer for it; its public part deters for the whole alliance and
// answers the threat the alliance faces, T̂_A, in proportion to the share of
// its own protection the state provides (Olson's free riding: a small ally
// provides little and counts on the rest; a leader that provides most
// answers its allies' threats, extended deterrence). Without allies it is
// T̂_i/K_i, the threat ratio its own forces face.
func Burden(pol Policy, in BudgetInputs) float64 {
	if in.Capability <= 0 {
		return 0
	}
	psi := Clamp(pol.Privateness, 0, 1)
	own := Clamp(in.OwnShare, 0, 1)
	return (psi*max(0, in.Threat) + (1-psi)*own*max(0, in.AllianceThreat, in.Threat)) / in.Capability
}

// TargetShare is the budget rule's desired share,
//
//	s* = s_a·((x + x0)/(x_a + x0))^k·(Y/Y_a)^(η − 1)·e^(β_r·max(0, r_a − r)) − f·max(0, P − P_a) + pull,
//
// clamped to [s_min, s_max]: the state's anchored share, scaled by the
// change of its threat burden since it came into the run with elasticity
// k and by the growth of its income with elasticity η (the demand
// literature regresses log military spending on the logs of income, of
// the threat and of allies' spending, with fixed effects: Smith 1995;
// George & Sandler 2018; an income elasticity below 1 makes the share
// fall as the economy grows while the threat does not), raised as its
// regime falls below the one it came in with (the regime term), cut as
// fiscal pressure rises above where it stood, and pulled toward its
// alliances' targets. Rising threat raises an exposed state's budget; what
// its allies provide lowers it, through ω (free riding comes from what
// allies provide, not from a state's inability to match the threat).
func TargetShare(pol Policy, p BudgetParams, a Anchor, in BudgetInputs) float64 {
	return Clamp(TargetTerms(pol, p, a, in).Unbounded(a.Share, in.Pull), pol.MinShare, pol.MaxShare)
}

// Terms are the budget rule's factors, as TargetShare combines them (and a
// reader of the rule shows them).
type Terms struct {
	Threat float64 // ((x + x0)/(x_a + x0))^k
	Income float64 // (Y/Y_a)^(η − 1); 1 where it does not apply
	Regime float64 // e^(β_r·max(0, r_a − r)); 1 where the regime has not fallen
	Brake  float64 // f·max(0, P − P_a)
}

// Unbounded is the rule's desire before the nation's bounds: the anchored
// share times the factors, with the pull added and the brake taken off
// (a term that does not apply is 1: exact).
func (t Terms) Unbounded(anchored, pull float64) float64 {
	return anchored*t.Threat*t.Income*t.Regime + (pull - t.Brake)
}

// TargetTerms are the budget rule's factors for a state anchored at a
// with inputs in.
//
// The regime term raises the share of a state whose regime has become less
// democratic than it was at the anchor, by β_r in log per Polity2 point,
// and leaves it where the regime has opened up. Autocracies spend more on
// their forces than democracies (Goldsmith 2003, Journal of Conflict
// Resolution 47(5); Fordham & Walker 2005, International Studies
// Quarterly 49(1)), and the built-in eras' shares say which way the change
// acts (go run ./scripts/elasticity, its last lines): each state-year's
// share against its anchored share, net of the era's median and of the
// reversion toward it, rises by 0.0174 in log per point its regime stands
// below the anchor's (s.e. 0.0078, clustered by state; 0.0151 in the eras
// out of sample alone), and moves by −0.0030 (0.0047) per point above it,
// which is not told from nothing and which the term leaves out. Greece's colonels of
// 1967 (4 → −7) raised its share from 3.6 % to 4.7 % of GDP by 1968.
func TargetTerms(pol Policy, p BudgetParams, a Anchor, in BudgetInputs) Terms {
	x0 := max(p.BurdenRef, 1e-12)
	ratio := (Burden(pol, in) + x0) / (a.Burden + x0)
	t := Terms{Threat: math.Pow(ratio, pol.Reactivity), Income: 1, Regime: 1, Brake: pol.FiscalBrake * max(0, in.Pressure-a.Pressure)}
	if a.GDP > 0 && in.GDP > 0 && p.IncomeElasticity != 1 {
		t.Income = math.Pow(in.GDP/a.GDP, p.IncomeElasticity-1)
	}
	if fall := a.Regime - in.Regime; fall > 0 && p.RegimeFall > 0 {
		t.Regime = math.Exp(p.RegimeFall * fall)
	}
	return t
}

// TargetPull is one alliance's pull on a member's share: ν·c·max(0, τ − s).
func TargetPull(p BudgetParams, cohesion, target, share float64) float64 {
	return p.Pull * cohesion * max(0, target-share)
}

// AdjustShare moves the share toward the desired one at the policy's
// adjustment speed, and applies a binding fiscal rule's cap.
func AdjustShare(n *Nation, desired, dt float64) float64 {
	s := Relax(n.Share, desired, n.Policy.Adjustment, dt)
	if n.ShareCap > 0 && n.Debt > n.RuleDebt && s > n.ShareCap {
		s = n.ShareCap
	}
	return Clamp(s, 0, 1)
}
