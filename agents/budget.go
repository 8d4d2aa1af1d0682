package agents

// BudgetParams are the world-wide constants of the budget rule; the rest
// (s0, k, f, bounds, λ) are in each nation's Policy.
type BudgetParams struct {
	ThetaHalf float64 // θ_half: threat-ratio excess at half the response
	Theta0    float64 // θ0: threat ratio below which threat adds nothing
	Pull      float64 // ν: strength of an alliance target's pull
	// CapacityShare (s_ref) is the share of GDP whose steady capability
	// stock equals the threat at half leverage; 0 turns leverage off.
	CapacityShare float64
}

// Leverage is how far a state's effort, with its allies', can move its
// security: ℓ = 1/(1 + T̂/(C + A)), where C = e·Y·s_ref/δ is the capability
// stock its economy maintains at the reference share s_ref and A the
// forces of its allies (unweighted: see docs/MODEL-NOTES.md). A great power facing a rival of its
// own size, or a small ally backed by one, has leverage near one; a lone
// small state next to a superpower, which could not match it at any budget,
// has little, and spends on defence by denial rather than on a race it
// cannot win (Finland, Austria and Ireland in the Cold War; Walt's weak
// states). Leverage makes the budget rule scale-free: it depends on ratios
// of threat to economy, not on their units.
func Leverage(p BudgetParams, perceived, gdp, allied, depreciation, efficiency float64) float64 {
	if p.CapacityShare <= 0 {
		return 1
	}
	if depreciation <= 0 || perceived <= 0 {
		return 1
	}
	capacity := efficiency*max(gdp, 0)*p.CapacityShare/depreciation + max(allied, 0)
	return capacity / (capacity + perceived)
}

// BudgetInputs are what a nation weighs when it sets its budget, from the
// tick's snapshot.
type BudgetInputs struct {
	ThreatRatio float64 // θ_i: its own threat ratio T̂/S
	SharedRatio float64 // the collective threat ratio of its alliances (θ_i when unallied)
	OwnShare    float64 // K_i/S_i: the part of its security it provides itself
	Leverage    float64 // ℓ, see Leverage
	Pressure    float64 // fiscal pressure P
	Pull        float64 // the strongest alliance target pull
}

// TargetShare is the budget rule's desired share,
//
//	s* = s0 + k·ℓ·[ψ·r(θ_i) + (1 − ψ)·(K_i/S_i)·r(θ_A)] − f·P + pull,
//
// clamped to [s_min, s_max], with r(θ) = x/(x + θ_half), x = max(0, θ − θ0).
// Defence output is a joint product (Murdoch & Sandler 1984): its private
// part ψ protects the state alone and answers its own threat θ_i; its
// public part deters for the whole alliance and answers the alliance's
// collective threat θ_A, in proportion to the share of the alliance's
// protection the state provides itself (Olson's free riding: a small ally
// provides little and counts on the rest). For a state without allies, or
// whose alliance faces no more than it does, this is MODEL.md's
// s0 + k·ω·r(θ) with ω = ψ + (1 − ψ)·K/S. It is also what makes a leader
// spend for its allies' exposure (extended deterrence), and what lets a
// doctrine that raises ψ (flexible response, 1967) lower the leader's
// budget while the small allies' rise. The response saturates because raw
// threat ratios span orders of magnitude; leverage scales it to what the
// state can achieve.
func TargetShare(pol Policy, p BudgetParams, in BudgetInputs) float64 {
	psi := Clamp(pol.Privateness, 0, 1)
	own := Clamp(in.OwnShare, 0, 1)
	effort := psi*response(p, in.ThreatRatio) + (1-psi)*own*response(p, max(in.SharedRatio, in.ThreatRatio))
	s := pol.BaseShare + pol.Reactivity*in.Leverage*effort - pol.FiscalBrake*in.Pressure + in.Pull
	return Clamp(s, pol.MinShare, pol.MaxShare)
}

// response is the saturating threat response r(θ) = x/(x + θ_half).
func response(p BudgetParams, theta float64) float64 {
	x := max(0, theta-p.Theta0)
	if x <= 0 {
		return 0
	}
	return x / (x + p.ThetaHalf)
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
