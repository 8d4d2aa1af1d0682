package agents

import "math"

// BudgetParams are the world-wide constants of the budget rule; the rest
// (s0, k, f, bounds, λ) are in each nation's Policy.
type BudgetParams struct {
	ThetaHalf float64 // θ_half: threat-ratio excess at half the response
	Theta0    float64 // θ0: threat ratio below which threat adds nothing
	Pull      float64 // ν: strength of an alliance target's pull
}

// SelfReliance is ω = ψ + (1 − ψ)·K/S, the share of its own security a
// state provides itself (Olson), softened by the privateness ψ of its
// defence output (Sandler's joint products). A state protected mostly by
// allies (K/S small) responds weakly to threat: it free-rides, unless its
// forces protect only itself (ψ near 1).
func SelfReliance(capability, security, privateness float64) float64 {
	own := 1.0
	if security > 0 {
		own = Clamp(capability/security, 0, 1)
	}
	return privateness + (1-privateness)*own
}

// TargetShare is the budget rule's desired share
// s* = s0 + k·ω·x/(x + θ_half) − f·P + pull, clamped to [s_min, s_max],
// with x = max(0, θ − θ0). The threat response saturates because raw threat
// ratios span orders of magnitude. pull is the strongest alliance target
// pull, ν·c_A·max(0, τ_A − s), computed by the caller.
func TargetShare(pol Policy, p BudgetParams, threatRatio, omega, pressure, pull float64) float64 {
	x := math.Max(0, threatRatio-p.Theta0)
	response := 0.0
	if x > 0 {
		response = x / (x + p.ThetaHalf)
	}
	s := pol.BaseShare + pol.Reactivity*omega*response - pol.FiscalBrake*pressure + pull
	return Clamp(s, pol.MinShare, pol.MaxShare)
}

// TargetPull is one alliance's pull on a member's share: ν·c·max(0, τ − s).
func TargetPull(p BudgetParams, cohesion, target, share float64) float64 {
	return p.Pull * cohesion * math.Max(0, target-share)
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
