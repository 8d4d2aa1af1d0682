package sim

import (
	"fmt"
	"math"
	"reflect"

	"entente/agents"
)

// Params are the model's constants: the scenario's [model] table. Each
// field's toml tag is its key, unit its unit and help what it does; the
// defaults are in DefaultParams. A run copies them and never changes them.
// Rates are per year whatever the tick length.
type Params struct {
	// Budget and perception.
	Reactivity  float64 `toml:"k" unit:"share of GDP" help:"largest threat-driven addition to the defence share"`
	ThetaHalf   float64 `toml:"theta_half" unit:"1" help:"threat-ratio excess at which the response is half its maximum"`
	Theta0      float64 `toml:"theta0" unit:"1" help:"threat ratio below which threat adds no spending"`
	CapacityRef float64 `toml:"s_ref" unit:"share of GDP" help:"leverage half-point: the share whose steady capability stock equals the threat (0: no leverage term)"`
	BaseShare   float64 `toml:"s0" unit:"share of GDP" help:"defence share with no threat (default policy)"`
	Privateness float64 `toml:"psi0" unit:"1" help:"privateness of defence output: part of own forces that protect only oneself"`
	FiscalBrake float64 `toml:"f" unit:"share of GDP" help:"share cut at full fiscal pressure"`
	TargetPull  float64 `toml:"nu" unit:"1" help:"pull of an alliance's spending target, per unit of cohesion"`
	InitTarget  float64 `toml:"tau0" unit:"share of GDP" help:"spending target a new alliance starts with"`
	Adjustment  float64 `toml:"lambda" unit:"1/yr" help:"fraction of the gap to the desired share closed in a year"`
	MinShare    float64 `toml:"s_min" unit:"share of GDP" help:"lowest defence share"`
	MaxShare    float64 `toml:"s_max" unit:"share of GDP" help:"highest defence share"`
	Smoothing   float64 `toml:"mu" unit:"1/yr" help:"fraction of the gap between threat and perceived threat closed in a year"`
	MinRange    float64 `toml:"d0" unit:"km" help:"shortest power-projection range"`
	Gradient    float64 `toml:"gamma" unit:"1" help:"steepness of the loss-of-strength gradient"`
	Entrapment  float64 `toml:"chi" unit:"1" help:"share of an ally's hostility a member inherits, per unit of cohesion"`
	SeaFactor   float64 `toml:"sea_factor" unit:"1" help:"proximity multiplier across open sea for states without reach beyond d0 (1: the sea does not protect)"`

	// Membership and formation.
	BetaSecurity   float64 `toml:"beta_s" unit:"1" help:"weight of the security gain in a membership's value"`
	BetaEntrapment float64 `toml:"beta_e" unit:"1" help:"weight of inherited enemies"`
	BetaBurden     float64 `toml:"beta_b" unit:"1" help:"weight of the cost of meeting the target"`
	BetaAutonomy   float64 `toml:"beta_a" unit:"1" help:"weight of the autonomy given up to larger partners"`
	BetaAffinity   float64 `toml:"beta_p" unit:"1" help:"how much affinity multiplies the security gain"`
	Epsilon        float64 `toml:"epsilon" unit:"1" help:"offset that keeps log threat ratios finite"`
	JoinValue      float64 `toml:"v_join" unit:"1" help:"value above which a state joins an alliance"`
	FormValue      float64 `toml:"v_form" unit:"1" help:"value both founders need to found a pact"`
	ExitValue      float64 `toml:"v_exit" unit:"1" help:"value below which a member starts to consider leaving"`
	ExitPatience   float64 `toml:"exit_patience" unit:"yr" help:"time below v_exit or kappa_stay before a member leaves"`
	NeutralValue   float64 `toml:"v_neutral" unit:"1" help:"cost of giving up a declared neutrality while danger is moderate"`
	NeutralLow     float64 `toml:"h_lo" unit:"1" help:"danger below which neutrality is whole"`
	NeutralHigh    float64 `toml:"h_hi" unit:"1" help:"danger above which neutrality is gone"`
	CommitCost     float64 `toml:"c_commit" unit:"1" help:"fixed cost of any alliance commitment"`
	OverCost       float64 `toml:"c_over" unit:"1" help:"cost per other membership already held"`
	KappaAdmit     float64 `toml:"kappa_admit" unit:"1" help:"members' mean threat commonality needed to admit a state"`
	KappaStay      float64 `toml:"kappa_stay" unit:"1" help:"fellow members' mean threat commonality below which a member drifts out"`
	InstituteRate  float64 `toml:"iota" unit:"1/yr" help:"fraction of the way to full institutionalisation an alliance goes in a year"`
	InstituteHold  float64 `toml:"beta_i" unit:"1" help:"value a fully institutionalised alliance's members give up by leaving (lowers v_exit; kappa_stay scales by 1 − institution)"`
	HostileCamp    float64 `toml:"h_camp" unit:"1" help:"hostility between opposed camps"`
	AffineCamp     float64 `toml:"a_camp" unit:"1" help:"affinity within a camp"`
	HostileRegime  float64 `toml:"h_reg" unit:"1" help:"hostility at the largest regime distance (20 points)"`
	AffineRegime   float64 `toml:"a_reg" unit:"1" help:"affinity of identical regimes"`

	// Cohesion.
	CohesionRate    float64 `toml:"rho" unit:"1/yr" help:"fraction of the gap to target cohesion closed in a year"`
	CohesionBase    float64 `toml:"c_base" unit:"1" help:"target cohesion before its causes"`
	CohesionInit    float64 `toml:"c_init" unit:"1" help:"cohesion of a new pact"`
	WeightCommon    float64 `toml:"w1" unit:"1" help:"cohesion gained from a common threat"`
	WeightBurden    float64 `toml:"w2" unit:"1" help:"cohesion lost to the burden gap"`
	WeightDiverge   float64 `toml:"w3" unit:"1" help:"cohesion lost to divergence of regimes, camps and power"`
	WeightFiscal    float64 `toml:"w4" unit:"1" help:"cohesion lost to members' fiscal stress"`
	WeightPooling   float64 `toml:"w6" unit:"1" help:"cohesion gained per unit of pooled-investment share"`
	WeightConstant  float64 `toml:"w0" unit:"1" help:"constant cohesion loss"`
	DefaultHit      float64 `toml:"eta5" unit:"1" help:"cohesion lost at once per default on an ally's loan"`
	StrainLevel     float64 `toml:"c_strain" unit:"1" help:"cohesion below which an alliance is strained"`
	DissolveLevel   float64 `toml:"c_dissolve" unit:"1" help:"cohesion below which an alliance starts to dissolve"`
	DissolvePatient float64 `toml:"patience" unit:"yr" help:"time below c_dissolve before an alliance dissolves"`
	ShiftWindow     float64 `toml:"shift_window" unit:"yr" help:"window over which shifts in relative power are measured"`

	// Economy and finance.
	Drag         float64 `toml:"xi" unit:"1/yr" help:"growth lost per unit of share above s_safe"`
	SafeShare    float64 `toml:"s_safe" unit:"share of GDP" help:"share above which defence drags growth"`
	Volatility   float64 `toml:"sigma_g" unit:"1/sqrt(yr)" help:"growth volatility (default policy)"`
	Interest     float64 `toml:"r_int" unit:"1/yr" help:"real interest rate on public debt"`
	DeficitSlope float64 `toml:"zeta" unit:"1" help:"deficit per unit of share above s_funded"`
	FundedShare  float64 `toml:"s_funded" unit:"share of GDP" help:"share that taxes fund without borrowing"`
	SafeDebt     float64 `toml:"b_safe" unit:"debt/GDP" help:"debt below which there is no fiscal pressure"`
	MaxDebt      float64 `toml:"b_max" unit:"debt/GDP" help:"debt at which fiscal pressure is full"`
	Depreciation float64 `toml:"delta" unit:"1/yr" help:"depreciation of the capability stock"`
	Pooling      float64 `toml:"sigma_a" unit:"share of budget" help:"share of members' budgets a new alliance pools"`
	PoolGain     float64 `toml:"m_a" unit:"1" help:"capability per unit pooled (economies of scale)"`
	Generosity   float64 `toml:"alpha" unit:"share of budget per yr" help:"aid given to allies in need (default policy)"`
	Efficiency   float64 `toml:"e" unit:"1" help:"capability bought per unit of spending"`
	Deficit      float64 `toml:"d_base" unit:"share of GDP per yr" help:"structural deficit (default policy)"`
	BorrowAt     float64 `toml:"p_borrow" unit:"1" help:"fiscal pressure above which a member borrows from allies"`
	DefaultAt    float64 `toml:"p_default" unit:"1" help:"fiscal pressure at which a debtor defaults"`
	LendBelow    float64 `toml:"p_lend" unit:"1" help:"fiscal pressure below which a member lends"`
	LoanCap      float64 `toml:"loan_cap" unit:"share of GDP per yr" help:"largest new borrowing a year"`
	CreditLimit  float64 `toml:"credit_limit" unit:"share of GDP" help:"largest outstanding debt to allies"`
	LoanRate     float64 `toml:"r_loan" unit:"1/yr" help:"interest rate on allied loans"`
	LoanTerm     float64 `toml:"loan_term" unit:"yr" help:"term of an allied loan, repaid in equal instalments"`

	// Diagnostics.
	BlocResolution float64 `toml:"bloc_resolution" unit:"1" help:"resolution of the community detection that finds blocs"`
}

// DefaultParams returns the constants of MODEL.md's "Starting constants"
// (where it gives a range, one value in it), with the changes recorded in
// docs/MODEL-NOTES.md.
func DefaultParams() Params {
	return Params{
		Reactivity: 0.294, ThetaHalf: 2.25, Theta0: 0, CapacityRef: 0.26, BaseShare: 0.002, Privateness: 0.095,
		FiscalBrake: 0.001, TargetPull: 0.33, InitTarget: 0.021, Adjustment: 0.5,
		MinShare: 0.005, MaxShare: 0.25, Smoothing: 0.5, MinRange: 1900, Gradient: 2.4,
		Entrapment: 0.89, SeaFactor: 1,

		BetaSecurity: 1, BetaEntrapment: 1, BetaBurden: 0.2, BetaAutonomy: 0.137, BetaAffinity: 0.7,
		Epsilon: 0.05, JoinValue: 0.05, FormValue: 0.15, ExitValue: -0.1, ExitPatience: 2,
		NeutralValue: 8, NeutralLow: 0.5, NeutralHigh: 0.8, CommitCost: 0.05, OverCost: 0.15,
		KappaAdmit: 0.5, KappaStay: 0.3, InstituteRate: 0.05, InstituteHold: 0.15, HostileCamp: 0.556, AffineCamp: 0.3, HostileRegime: 0.34,
		AffineRegime: 0.5,

		CohesionRate: 0.3, CohesionBase: 0.43, CohesionInit: 0.6, WeightCommon: 0.4,
		WeightBurden: 0.31, WeightDiverge: 0.33, WeightFiscal: 0.6, WeightPooling: 1.67,
		WeightConstant: 0.067, DefaultHit: 0.2, StrainLevel: 0.3, DissolveLevel: 0.1,
		DissolvePatient: 3, ShiftWindow: 5,

		Drag: 0.1, SafeShare: 0.03, Volatility: 0.015, Interest: 0.01, DeficitSlope: 0.5,
		FundedShare: 0.05, SafeDebt: 0.6, MaxDebt: 3, Depreciation: 0.08, Pooling: 0.02,
		PoolGain: 1.3, Generosity: 0.005, Efficiency: 1, Deficit: 0, BorrowAt: 0.5,
		DefaultAt: 0.9, LendBelow: 0.2, LoanCap: 0.01, CreditLimit: 0.05, LoanRate: 0.03,
		LoanTerm: 10,

		BlocResolution: 1,
	}
}

// ParamInfo describes one [model] key.
type ParamInfo struct {
	Key, Field, Unit, Help string
	Default                float64
}

// ParamTable lists every [model] key in declaration order, with its unit,
// its meaning and its default: the source of the README's table and of
// `entente params`.
func ParamTable() []ParamInfo { return ParamTableOf(DefaultParams()) }

// ParamTableOf is ParamTable with the values of p in place of the defaults.
func ParamTableOf(p Params) []ParamInfo {
	def := reflect.ValueOf(p)
	t := def.Type()
	out := make([]ParamInfo, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		out = append(out, ParamInfo{
			Key: f.Tag.Get("toml"), Field: f.Name, Unit: f.Tag.Get("unit"),
			Help: f.Tag.Get("help"), Default: def.Field(i).Float(),
		})
	}
	return out
}

// Validate returns every constant outside its domain, naming the key.
func (p Params) Validate() []error {
	var errs []error
	v := reflect.ValueOf(p)
	t := v.Type()
	for i := range t.NumField() {
		if x := v.Field(i).Float(); math.IsNaN(x) || math.IsInf(x, 0) {
			errs = append(errs, fmt.Errorf("model.%s: must be a finite number", t.Field(i).Tag.Get("toml")))
		}
	}
	check := func(ok bool, key, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("model.%s: "+format, append([]any{key}, args...)...))
		}
	}
	in01 := func(key string, x float64) { check(x >= 0 && x <= 1, key, "must be in [0, 1], got %g", x) }
	pos := func(key string, x float64) { check(x > 0, key, "must be positive, got %g", x) }
	nonneg := func(key string, x float64) { check(x >= 0, key, "must not be negative, got %g", x) }

	for _, f := range []struct {
		key string
		x   float64
	}{
		{"psi0", p.Privateness}, {"lambda", p.Adjustment}, {"mu", p.Smoothing}, {"rho", p.CohesionRate},
		{"s_min", p.MinShare}, {"s_max", p.MaxShare}, {"s0", p.BaseShare}, {"tau0", p.InitTarget},
		{"c_init", p.CohesionInit}, {"c_strain", p.StrainLevel}, {"c_dissolve", p.DissolveLevel},
		{"sigma_a", p.Pooling}, {"p_borrow", p.BorrowAt}, {"p_default", p.DefaultAt}, {"p_lend", p.LendBelow},
		{"kappa_admit", p.KappaAdmit}, {"kappa_stay", p.KappaStay}, {"delta", p.Depreciation}, {"iota", p.InstituteRate},
		{"sea_factor", p.SeaFactor},
	} {
		in01(f.key, f.x)
	}
	for _, f := range []struct {
		key string
		x   float64
	}{
		{"theta_half", p.ThetaHalf}, {"gamma", p.Gradient}, {"epsilon", p.Epsilon}, {"loan_term", p.LoanTerm},
		{"e", p.Efficiency}, {"bloc_resolution", p.BlocResolution},
	} {
		pos(f.key, f.x)
	}
	for _, f := range []struct {
		key string
		x   float64
	}{
		{"k", p.Reactivity}, {"s_ref", p.CapacityRef}, {"d0", p.MinRange}, {"chi", p.Entrapment}, {"exit_patience", p.ExitPatience},
		{"patience", p.DissolvePatient}, {"shift_window", p.ShiftWindow}, {"sigma_g", p.Volatility},
		{"m_a", p.PoolGain}, {"alpha", p.Generosity}, {"loan_cap", p.LoanCap}, {"credit_limit", p.CreditLimit},
		{"c_commit", p.CommitCost}, {"c_over", p.OverCost}, {"v_neutral", p.NeutralValue}, {"beta_i", p.InstituteHold},
	} {
		nonneg(f.key, f.x)
	}
	check(p.MinShare <= p.MaxShare, "s_min", "must not exceed s_max (%g), got %g", p.MaxShare, p.MinShare)
	check(p.SafeDebt < p.MaxDebt, "b_max", "must exceed b_safe (%g), got %g", p.SafeDebt, p.MaxDebt)
	check(p.ExitValue < 0, "v_exit", "must be negative (hysteresis: v_exit < 0 < v_join), got %g", p.ExitValue)
	check(p.JoinValue > 0, "v_join", "must be positive (hysteresis: v_exit < 0 < v_join), got %g", p.JoinValue)
	check(p.FormValue >= p.JoinValue, "v_form", "must be at least v_join (%g), got %g", p.JoinValue, p.FormValue)
	check(p.NeutralLow < p.NeutralHigh, "h_hi", "must exceed h_lo (%g), got %g", p.NeutralLow, p.NeutralHigh)
	check(p.BorrowAt < p.DefaultAt, "p_default", "must exceed p_borrow (%g), got %g", p.BorrowAt, p.DefaultAt)
	check(p.DissolveLevel <= p.StrainLevel, "c_dissolve", "must not exceed c_strain (%g), got %g", p.StrainLevel, p.DissolveLevel)
	return errs
}

// policy returns the default nation policy these constants describe.
func (p Params) policy() agents.Policy {
	return agents.Policy{
		BaseShare: p.BaseShare, Reactivity: p.Reactivity, FiscalBrake: p.FiscalBrake,
		MinShare: p.MinShare, MaxShare: p.MaxShare, Adjustment: p.Adjustment,
		Generosity: p.Generosity, Privateness: p.Privateness,
	}
}

func (p Params) economy() agents.EconomyParams {
	return agents.EconomyParams{
		Drag: p.Drag, SafeShare: p.SafeShare, Interest: p.Interest, DeficitSlope: p.DeficitSlope,
		FundedShare: p.FundedShare, SafeDebt: p.SafeDebt, MaxDebt: p.MaxDebt,
	}
}

func (p Params) budget() agents.BudgetParams {
	return agents.BudgetParams{ThetaHalf: p.ThetaHalf, Theta0: p.Theta0, Pull: p.TargetPull, CapacityShare: p.CapacityRef}
}

func (p Params) relations() agents.RelationParams {
	return agents.RelationParams{
		HostileCamp: p.HostileCamp, HostileRegime: p.HostileRegime,
		AffineCamp: p.AffineCamp, AffineRegime: p.AffineRegime,
	}
}

func (p Params) membership() agents.MembershipParams {
	return agents.MembershipParams{
		Security: p.BetaSecurity, AffinityBoost: p.BetaAffinity, Entrapment: p.BetaEntrapment,
		Burden: p.BetaBurden, Autonomy: p.BetaAutonomy, Epsilon: p.Epsilon,
		Commitment: p.CommitCost, Overextension: p.OverCost,
	}
}

func (p Params) neutrality() agents.NeutralityParams {
	return agents.NeutralityParams{Value: p.NeutralValue, Low: p.NeutralLow, High: p.NeutralHigh}
}
