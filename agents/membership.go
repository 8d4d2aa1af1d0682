package agents

import "math"

// MembershipParams weigh the terms of a membership's value.
type MembershipParams struct {
	Security      float64 // β_s: weight of the fall in threat ratio
	AffinityBoost float64 // β_p: how much affinity multiplies the security gain
	Entrapment    float64 // β_e: weight of the enemies inherited from allies
	Burden        float64 // β_b: weight of the cost of meeting the target
	Autonomy      float64 // β_a: weight of the autonomy given up to larger partners
	Epsilon       float64 // ε: keeps the log ratios finite at θ = 0
	Commitment    float64 // c_commit: fixed cost of any commitment
	Overextension float64 // c_over: cost per other membership already held
}

// MembershipInputs are what a nation knows about one option (an alliance it
// could join, found, or already belongs to), computed by the engine from the
// tick's snapshot.
type MembershipInputs struct {
	ThetaWithout   float64 // threat ratio without the alliance
	ThetaWithStar  float64 // with the alliance's protection, not its enemies
	ThetaWith      float64 // with both its protection and its inherited enemies
	Affinity       float64 // mean affinity to the members (see MODEL.md 2.7)
	BurdenCost     float64 // max(0, τ − s)/τ
	OwnGDP         float64
	RestGDP        float64 // the other members' GDP
	PartnerKappa   float64 // mean κ of the new partners toward the nation's threat
	Neutrality     float64 // the neutrality penalty, from NeutralityCost
	OtherAlliances int     // n_i: memberships held in other alliances
	// PublicGain is the value of the allies' security the state's forces
	// would buy, as a provider values it (the engine's publicGain): it adds
	// to the security gain.
	PublicGain float64
}

// MembershipValue is V_iA with its terms, so that a decision can be
// explained ("Italy left: entrapment 0.4 outweighed security 0.2").
type MembershipValue struct {
	Value      float64
	Security   float64 // β_s·(Δsec + public gain)·(1 + β_p·affinity), ≥ 0 unless negative
	Entrapment float64 // β_e·entrapment
	Burden     float64 // β_b·burden_cost
	Autonomy   float64 // β_a·autonomy_loss (negative: a gain)
	Neutrality float64
	Commitment float64 // c_commit + c_over·n_i
}

// Beyond is the part of the value its named terms do not give: security
// less the costs make the value of the rule, and the engine may add to it
// (a community's pull on a candidate, sim/community.go). Explanations name
// it, so that the terms they list add up to the value they give.
func (v MembershipValue) Beyond() float64 {
	return v.Value - (v.Security - v.Entrapment - v.Burden - v.Autonomy - v.Neutrality - v.Commitment)
}

// Value computes V_iA = β_s·Δsec·(1 + β_p·affinity) − β_e·entrapment −
// β_b·burden_cost − β_a·autonomy_loss − neutrality − c_commit − c_over·n_i
// (Walt's common threat, Morrow's security-autonomy trade-off, Snyder's
// abandonment and entrapment). Threat ratios enter on log scales because
// they span orders of magnitude. Affinity multiplies the security gain and
// cannot create value without one; the larger partner's autonomy gain is
// scaled by its partners' mean κ so that a great power does not collect
// clients that share none of its threats.
func Value(p MembershipParams, in MembershipInputs) MembershipValue {
	eps := p.Epsilon
	dsec := math.Log((in.ThetaWithout+eps)/(in.ThetaWithStar+eps)) + in.PublicGain
	trap := 0.0 // no enemy the option brings: ln of at most 1, so 0 (the log spared)
	if !(in.ThetaWith <= in.ThetaWithStar) {
		trap = max(0, math.Log((in.ThetaWith+eps)/(in.ThetaWithStar+eps)))
	}
	boost := max(0, 1+p.AffinityBoost*in.Affinity)
	if dsec < 0 {
		boost = 1 // affinity cannot deepen a loss either
	}
	autonomy := 0.0
	if total := in.RestGDP + in.OwnGDP; total > 0 {
		autonomy = (in.RestGDP - in.OwnGDP) / total
	}
	if autonomy < 0 {
		autonomy *= Clamp(in.PartnerKappa, 0, 1)
	}
	v := MembershipValue{
		Security:   p.Security * dsec * boost,
		Entrapment: p.Entrapment * trap,
		Burden:     p.Burden * in.BurdenCost,
		Autonomy:   p.Autonomy * autonomy,
		Neutrality: in.Neutrality,
		Commitment: p.Commitment + p.Overextension*float64(in.OtherAlliances),
	}
	v.Value = v.Security - v.Entrapment - v.Burden - v.Autonomy - v.Neutrality - v.Commitment
	return v
}

// BurdenCost is the relative shortfall below an alliance's target,
// max(0, τ − s)/τ, and 0 for an alliance without a target.
func BurdenCost(target, share float64) float64 {
	if target <= 0 {
		return 0
	}
	return max(0, target-share) / target
}

// NeutralityParams shape the threat-dependent cost of giving up neutrality.
type NeutralityParams struct {
	Value float64 // v_neutral: the penalty while danger is moderate
	Low   float64 // h_lo: danger below which the penalty is whole
	High  float64 // h_hi: danger above which it is gone
}

// NeutralityCost is 0 for a state that is not neutral; for a neutral one it
// is v_neutral·clamp(1 − (h − h_lo)/(h_hi − h_lo), 0, 1), where h is the
// largest H_ij·π_ij over stronger states j. It holds through moderate danger
// and yields when a stronger neighbour turns hostile (Finland and Sweden in
// 2022); a constant penalty cannot do both.
func NeutralityCost(p NeutralityParams, neutral bool, danger float64) float64 {
	if !neutral {
		return 0
	}
	span := p.High - p.Low
	if span <= 0 {
		if danger >= p.High {
			return 0
		}
		return p.Value
	}
	return p.Value * Clamp(1-(danger-p.Low)/span, 0, 1)
}
