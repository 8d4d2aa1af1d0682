package sim

import (
	"fmt"
	"reflect"

	"entente/agents"
)

// Params are the model's constants: the scenario's [model] table. Each
// field's toml tag is its key, unit its unit and help what it does; the
// defaults are in DefaultParams. A run copies them and never changes them.
// Rates are per year whatever the tick length.
//
// Every range is bounded at both ends: wide enough for any real use, and
// narrow enough that the model's arithmetic stays finite anywhere in it
// (each end on every built-in scenario: TestEveryKeyAtItsEnds). Unbounded,
// 1e308 made NaN and 1e19 years overflowed int (issue 18). What a
// combination of ends or a run of thousands of years still overflows, the
// finiteness guard stops (finite.go). The bounds, by kind:
//   - shares, levels, probabilities and rates of adjustment: [0, 1], their
//     meaning;
//   - durations (exit_patience, patience, shift_window, loan_term,
//     deliberation, regime_new): 1000 years, longer than any real run, so
//     1000 means never (for regime_new: a changed regime stays new for the
//     rest of the run); at 12 ticks a year that is 12,000 ticks, far inside
//     int;
//   - the weights and thresholds of a membership's value and of cohesion
//     (beta_*, v_*, c_commit, c_over, w*, nu, epsilon, x0, m_a,
//     bloc_resolution): 1000.
//     A membership's value is weighted log-ratios of threat, tens at most,
//     so 1000 switches a term or a decision off, and every product of a
//     weight stays far from overflow;
//   - chi and gamma: 100 (an ally's hostility inherited a hundredfold; a
//     loss-of-strength gradient that is a step already);
//   - the economy: r_int and r_loan at most 1 (100 % a year, beyond any
//     real rate), sigma_g 1 and d_base ±1 (a whole GDP a year), xi, zeta
//     and alpha 100, debts and credit (b_safe, b_max, loan_cap,
//     credit_limit) 100 times GDP, forty times the highest debt on record;
//     e 1e6 (capability per unit of spending, whatever its units), d0 1e6
//     km (25 times round the Earth).
type Params struct {
	// Budget and perception.
	Reactivity  float64 `toml:"k" unit:"1" help:"elasticity of the defence share to the threat burden: the share is its anchor times ((x + x0)/(x at the anchor + x0))^k" range:"[0, 10]"`
	BurdenRef   float64 `toml:"x0" unit:"1" help:"threat burden (perceived threat per unit of own forces) added to both sides of the budget ratio, so that a state that faced no threat responds finitely" symbol:"x0" range:"(0, 1000]"`
	IncomeElast float64 `toml:"eta" unit:"1" help:"income elasticity of defence spending: the share moves with (GDP / GDP at the anchor)^(eta − 1); 1: the share does not move with income" symbol:"η" range:"[0, 2]"`
	RegimeFall  float64 `toml:"regime_fall" unit:"1/point" help:"rise of the defence share per Polity2 point a state's regime stands below the one it was anchored with: the share is multiplied by e^(regime_fall × the fall); a regime that opens up moves nothing; 0: regimes do not move budgets" symbol:"β_r" range:"[0, 1]"`
	RevertKept  float64 `toml:"revert_kept" unit:"1" help:"part of a state's anchored distance from its era's median share (in logs) that stays when the threat it answered has passed: history's shares keep about a quarter (go run ./scripts/reversion)" symbol:"p_r" range:"[0, 1]"`
	RevertRate  float64 `toml:"revert_rate" unit:"1/yr" help:"rate at which the rest returns toward the median, times the part of the state's threat that has fallen away since its anchor (1 − T̂/T̂ at the anchor, when positive); 0: anchors never return" symbol:"ρ_r" range:"[0, 10]"`
	Privateness float64 `toml:"psi0" unit:"1" help:"privateness of defence output: part of own forces that protect only oneself" symbol:"ψ0" range:"[0, 1]"`
	FiscalBrake float64 `toml:"f" unit:"share of GDP" help:"share cut at full fiscal pressure" range:"[0, 1]"`
	TargetPull  float64 `toml:"nu" unit:"1" help:"pull of an alliance's spending target, per unit of cohesion" symbol:"ν" range:"[0, 1000]"`
	FollowShare float64 `toml:"tau_mean" unit:"1" help:"an alliance's implicit spending target, as a part of its members' aggregate share (Σ budgets / Σ GDP): members below it are pulled toward it as toward a declared target, scaled by the part of their threat the alliance is aimed at (follower behaviour; 0: only declared targets pull; above 1: members aim above the average)" symbol:"τ_m" range:"[0, 2]"`
	InitTarget  float64 `toml:"tau0" unit:"share of GDP" help:"spending target a new alliance starts with (0: none until an event sets one)" symbol:"τ0" range:"[0, 1]"`
	Adjustment  float64 `toml:"lambda" unit:"1/yr" help:"fraction of the gap to the desired share closed in a year" symbol:"λ" range:"[0, 1]"`
	BudgetLag   float64 `toml:"budget_lag" unit:"yr" help:"time from a threat perceived to the budget that answers it: a year's budget is drawn up the year before, so budgets answer the threats perceived this long before (a war's demand acts at once); 0: at once" symbol:"L_b" range:"[0, 10]"`
	ShareRise   float64 `toml:"share_rise" unit:"1/yr" help:"largest relative rise of a state's defence share in a year of peace: budgets grow by increments from their base (Wildavsky 1964); a war's demand is not bound by it; 0: no bound" range:"[0, 100]"`
	MinShare    float64 `toml:"s_min" unit:"share of GDP" help:"lowest defence share" range:"[0, 1]; ≤ s_max"`
	MaxShare    float64 `toml:"s_max" unit:"share of GDP" help:"highest defence share" range:"[0, 1]"`
	Smoothing   float64 `toml:"mu" unit:"1/yr" help:"fraction of the gap between threat and perceived threat closed in a year" symbol:"μ" range:"[0, 1]"`
	MinRange    float64 `toml:"d0" unit:"km" help:"shortest power-projection range" range:"[0, 1e6]"`
	Gradient    float64 `toml:"gamma" unit:"1" help:"steepness of the loss-of-strength gradient" symbol:"γ" range:"(0, 100]"`
	Entrapment  float64 `toml:"chi" unit:"1" help:"share of an ally's hostility a member inherits, per unit of cohesion" symbol:"χ" range:"[0, 100]"`
	SeaFactor   float64 `toml:"sea_factor" unit:"1" help:"proximity multiplier across open sea for states without reach beyond d0 (1: the sea does not lower an island's threat; the island flag acts through divided attention and the sea against support whatever it is)" range:"[0, 1]"`

	// Membership and formation.
	BetaSecurity   float64 `toml:"beta_s" unit:"1" help:"weight of the security gain in a membership's value" symbol:"β_s" range:"[0, 1000]"`
	BetaEntrapment float64 `toml:"beta_e" unit:"1" help:"weight of inherited enemies" symbol:"β_e" range:"[0, 1000]"`
	BetaBurden     float64 `toml:"beta_b" unit:"1" help:"weight of the cost of meeting the target" symbol:"β_b" range:"[0, 1000]"`
	BetaAutonomy   float64 `toml:"beta_a" unit:"1" help:"weight of the autonomy given up to the largest partner" symbol:"β_a" range:"[0, 1000]"`
	BetaAffinity   float64 `toml:"beta_p" unit:"1" help:"how much affinity multiplies the security gain" symbol:"β_p" range:"[0, 1000]"`
	Epsilon        float64 `toml:"epsilon" unit:"1" help:"offset that keeps log threat ratios finite" symbol:"ε" range:"(0, 1000]"`
	JoinValue      float64 `toml:"v_join" unit:"1" help:"value above which a state joins an alliance" range:"(0, 1000]"`
	FormValue      float64 `toml:"v_form" unit:"1" help:"value both founders need to found a pact" range:"(0, 1000]; ≥ v_join"`
	ExitValue      float64 `toml:"v_exit" unit:"1" help:"value below which a member starts to consider leaving" range:"[−1000, 0)"`
	Deliberation   float64 `toml:"deliberation" unit:"yr" help:"time a nation has meant to ally (some option to join an alliance or found a pact passing its tests, whatever its best), before it acts on its best (negotiation: 0 acts at once)" range:"[0, 1000]"`
	ExitPatience   float64 `toml:"exit_patience" unit:"yr" help:"time below v_exit or kappa_stay, as a rival of the pact's leader, at war with a stronger fellow member, or in a pact crossed with another it keeps (one aimed at a member of the other), before a member leaves" range:"[0, 1000]"`
	RegimeNew      float64 `toml:"regime_new" unit:"yr" help:"time after a regime change (a move of 3 or more Polity points) during which the state is neither held by a pact's institutions nor drawn to a community of like regimes, nor is any member of a pact it leads held or any state drawn to it (0: never)" range:"[0, 1000]"`
	NeutralValue   float64 `toml:"v_neutral" unit:"1" help:"cost of giving up a declared neutrality while danger is moderate" range:"[0, 1000]"`
	NeutralLow     float64 `toml:"h_lo" unit:"1" help:"danger below which neutrality is whole" range:"[0, 1]"`
	NeutralHigh    float64 `toml:"h_hi" unit:"1" help:"danger above which neutrality is gone" range:"[0, 1]; > h_lo"`
	CommitCost     float64 `toml:"c_commit" unit:"1" help:"fixed cost of any alliance commitment" range:"[0, 1000]"`
	OverCost       float64 `toml:"c_over" unit:"1" help:"cost per other membership already held" range:"[0, 1000]"`
	Fronts         float64 `toml:"phi_front" unit:"1" help:"divided attention: how far the part of an adversary's forces that a pact's partners hold on their fronts (the forces they bring to bear on it, at most all of its own) is taken off a member's threat from it; an island's sea-borne threat is not held; 0: off" symbol:"φ_front" range:"[0, 1]"`
	Focus          float64 `toml:"focus" unit:"1" help:"where an adversary's attention goes: a state feels the forces of a state hostile to it weighted by (the share of that state's own threat that comes from it)^focus, so that a power facing a peer turns little of its forces on a small neighbour; budgets answer the whole forces; 0: off" symbol:"β_f" range:"[0, 4]"`
	KappaAdmit     float64 `toml:"kappa_admit" unit:"1" help:"how far a candidate must help against what the members fear from the pact's adversaries (their mean scoped κ times the candidate's reach to the nearest member; a new pact of two asks it of the stronger founder alone, with its reach to the weaker) to be admitted" symbol:"κ_admit" range:"[0, 1]"`
	KappaStay      float64 `toml:"kappa_stay" unit:"1" help:"how far fellow members must oppose what a member fears from the pact's adversaries (their mean scoped κ) for it to stay" symbol:"κ_stay" range:"[0, 1]"`
	ScopeLevel     float64 `toml:"h_scope" unit:"1" help:"hostility toward a state of the least hostile of a majority of a pact's members at which the state is fully the pact's adversary (half of it: not at all)" range:"[0, 1]"`
	InstituteRate  float64 `toml:"iota" unit:"1/yr" help:"fraction of the way to full institutionalisation an alliance goes in a year" symbol:"ι" range:"[0, 1]"`
	InstituteHold  float64 `toml:"beta_i" unit:"1" help:"value a fully institutionalised alliance's members give up by leaving (lowers v_exit; kappa_stay scales by 1 − hold), whatever its regime, unless its regime or the leader's has just changed (an organised pact of the start holds it even then)" symbol:"β_i" range:"[0, 1000]"`
	Community      float64 `toml:"a_comm" unit:"1" help:"likeness to a pact's leader (regime and ties) at which a state in no alliance (or allied only with the pact's members other than its leader) that shares the leader's order (both democracies or both command economies) is drawn to an institutionalised pact with no adversary it could help against, if its forces are within d0 of a member; above 1: never" symbol:"a_comm" range:"[0, 2]"`
	RivalryLevel   float64 `toml:"h_rival" unit:"1" help:"hostility of a declared rivalry whose level the scenario leaves to the model (the strategic rivalries of the historical scenarios)" range:"[0, 1]"`
	HostileCamp    float64 `toml:"h_camp" unit:"1" help:"hostility between opposed camps" range:"[0, 1]"`
	AffineCamp     float64 `toml:"a_camp" unit:"1" help:"affinity within a camp" range:"[0, 1]"`
	HostileRegime  float64 `toml:"h_reg" unit:"1" help:"hostility at the largest regime distance (20 points), between the two sides of an ideological rivalry" range:"[0, 1]"`
	Polarization   float64 `toml:"h_ideo" unit:"1" help:"hostility an ideological rivalry between powers draws from a third state toward the rival farther from its regime, per unit of the rivals' hostility and of regime distance / 20" range:"[0, 1]"`
	AffineRegime   float64 `toml:"a_reg" unit:"1" help:"affinity of identical regimes" range:"[0, 1]"`

	// Cohesion.
	CohesionRate    float64 `toml:"rho" unit:"1/yr" help:"fraction of the gap to target cohesion closed in a year" symbol:"ρ" range:"[0, 1]"`
	CohesionBase    float64 `toml:"c_base" unit:"1" help:"target cohesion before its causes" range:"[0, 1]"`
	CohesionInit    float64 `toml:"c_init" unit:"1" help:"cohesion of a new pact" range:"[0, 1]"`
	WeightCommon    float64 `toml:"w1" unit:"1" help:"cohesion gained from a common threat" range:"[0, 1000]"`
	WeightBurden    float64 `toml:"w2" unit:"1" help:"cohesion lost to the burden gap" range:"[0, 1000]"`
	WeightDiverge   float64 `toml:"w3" unit:"1" help:"cohesion lost to divergence of regimes, camps and power" range:"[0, 1000]"`
	WeightFiscal    float64 `toml:"w4" unit:"1" help:"cohesion lost to members' fiscal stress" range:"[0, 1000]"`
	WeightPooling   float64 `toml:"w6" unit:"1" help:"cohesion gained per unit of pooled-investment share" range:"[0, 1000]"`
	WeightConstant  float64 `toml:"w0" unit:"1" help:"constant cohesion loss" range:"[0, 1000]"`
	DefaultHit      float64 `toml:"eta5" unit:"1" help:"cohesion lost at once per default on an ally's loan" symbol:"η5" range:"[0, 1]"`
	StrainLevel     float64 `toml:"c_strain" unit:"1" help:"cohesion below which an alliance is strained" range:"[0, 1]"`
	DissolveLevel   float64 `toml:"c_dissolve" unit:"1" help:"cohesion below which an alliance starts to dissolve" range:"[0, 1]; ≤ c_strain"`
	DissolvePatient float64 `toml:"patience" unit:"yr" help:"time below c_dissolve before an alliance dissolves" range:"[0, 1000]"`
	ShiftWindow     float64 `toml:"shift_window" unit:"yr" help:"window over which shifts in relative power are measured" range:"[0, 1000]"`

	// Economy and finance.
	Drag         float64 `toml:"xi" unit:"1/yr" help:"growth lost per unit of share above s_safe" symbol:"ξ" range:"[0, 100]"`
	SafeShare    float64 `toml:"s_safe" unit:"share of GDP" help:"share above which defence drags growth" range:"[0, 1]"`
	Volatility   float64 `toml:"sigma_g" unit:"1/sqrt(yr)" help:"growth volatility (default policy)" symbol:"σ_g" range:"[0, 1]"`
	Interest     float64 `toml:"r_int" unit:"1/yr" help:"real interest rate on public debt" range:"(−1, 1]"`
	DeficitSlope float64 `toml:"zeta" unit:"1" help:"deficit per unit of share above s_funded" symbol:"ζ" range:"[0, 100]"`
	FundedShare  float64 `toml:"s_funded" unit:"share of GDP" help:"share that taxes fund without borrowing" range:"[0, 1]"`
	SafeDebt     float64 `toml:"b_safe" unit:"debt/GDP" help:"debt below which there is no fiscal pressure" range:"[0, 100]"`
	MaxDebt      float64 `toml:"b_max" unit:"debt/GDP" help:"debt at which fiscal pressure is full" range:"[0, 100]; > b_safe"`
	Depreciation float64 `toml:"delta" unit:"1/yr" help:"depreciation of the capability stock" symbol:"δ" range:"[0, 1]"`
	Pooling      float64 `toml:"sigma_a" unit:"share of budget" help:"share of members' budgets a new alliance pools" symbol:"σ_A" range:"[0, 1]"`
	PoolGain     float64 `toml:"m_a" unit:"1" help:"capability per unit pooled (economies of scale)" symbol:"M_A" range:"[0, 1000]"`
	Generosity   float64 `toml:"alpha" unit:"share of budget per yr" help:"aid given to allies in need (default policy)" symbol:"α" range:"[0, 100]"`
	Efficiency   float64 `toml:"e" unit:"1" help:"capability bought per unit of spending" range:"(0, 1e6]"`
	Deficit      float64 `toml:"d_base" unit:"share of GDP per yr" help:"structural deficit (default policy)" range:"[−1, 1]"`
	BorrowAt     float64 `toml:"p_borrow" unit:"1" help:"fiscal pressure above which a member borrows from allies" range:"[0, 1]"`
	DefaultAt    float64 `toml:"p_default" unit:"1" help:"fiscal pressure at which a debtor defaults" range:"[0, 1]; > p_borrow"`
	LendBelow    float64 `toml:"p_lend" unit:"1" help:"fiscal pressure below which a member lends" range:"[0, 1]"`
	LoanCap      float64 `toml:"loan_cap" unit:"share of GDP per yr" help:"largest new borrowing a year" range:"[0, 100]"`
	CreditLimit  float64 `toml:"credit_limit" unit:"share of GDP" help:"largest outstanding debt to allies" range:"[0, 100]"`
	LoanRate     float64 `toml:"r_loan" unit:"1/yr" help:"interest rate on allied loans" range:"[0, 1]"`
	WarMatch     float64 `toml:"war_match" unit:"1" help:"part of the enemy side's military spending a side at war matches, shared among its states in proportion to their GDP: a belligerent's desired share is at least war_match × Σ enemy budgets (each its mean over a year, a year old in the middle) / Σ own side's GDP for the part of the tick at war (0: no matching; with war_effort 0 too, wars do not change budgets)" symbol:"ω_w" range:"[0, 10]"`
	WarRatchet   float64 `toml:"war_ratchet" unit:"1" help:"the largest factor by which a war fought against a rival raises a belligerent's anchored peace share when it ends (the displacement effect): the factor is what the war demanded over the peace-time desire, at most this (1: wars leave budgets as they found them)" symbol:"r_w" range:"[1, 100]"`
	RatchetFade  float64 `toml:"ratchet_fade" unit:"1/yr" help:"rate at which a war's displacement of the anchored share fades: the log of the factor decays exponentially at this rate" symbol:"ρ_w" range:"[0, 10]"`
	WarCap       float64 `toml:"war_cap" unit:"share of GDP" help:"the largest share of GDP the matching of the enemy side asks of a belligerent: a state outspent beyond it fights at this share or at its own war's costs, whichever is larger (1: only the ceiling s_max holds the matching; 0: no matching)" symbol:"s̄_w" range:"[0, 1]"`
	WarEffort    float64 `toml:"war_effort" unit:"1" help:"a belligerent's own war costs: while its war's fighting lasts its desired share is at least (1 + war_effort) times its peace-time desire, whatever the enemy spends (0: only the matching of the enemy side)" symbol:"ε_w" range:"[0, 10]"`

	LoanTerm float64 `toml:"loan_term" unit:"yr" help:"term of an allied loan, repaid in equal instalments" range:"(0, 1000]"`

	// Diagnostics.
	BlocResolution float64 `toml:"bloc_resolution" unit:"1" help:"resolution of the community detection that finds blocs" range:"(0, 1000]"`
}

// DefaultParams returns the constants of MODEL.md's "Starting constants"
// (where it gives a range, one value in it), with the changes recorded in
// docs/MODEL-NOTES.md.
func DefaultParams() Params {
	return Params{
		Reactivity: 0.2046, BurdenRef: 0.3764, IncomeElast: 0.8014, RegimeFall: 0.0174, RevertKept: 0.26, RevertRate: 0.074, Privateness: 0.07653,
		FiscalBrake: 0.1711, TargetPull: 0.5781, FollowShare: 1.243, InitTarget: 0, Adjustment: 0.9, BudgetLag: 1, ShareRise: 0.14,
		MinShare: 0.005, MaxShare: 0.25, Smoothing: 0.8999, MinRange: 1900, Gradient: 2.4,
		Entrapment: 1.132, SeaFactor: 1, Fronts: 0.9, Focus: 0.5, WarMatch: 1.4, WarCap: 0.15, WarEffort: 0.1978, WarRatchet: 2, RatchetFade: 0.1231,

		BetaSecurity: 1, BetaEntrapment: 1, BetaBurden: 0.2, BetaAutonomy: 0.1783, BetaAffinity: 0.7,
		Epsilon: 0.05, JoinValue: 0.05, FormValue: 0.29, ExitValue: -0.1, Deliberation: 1, ExitPatience: 1.75, RegimeNew: 3,
		NeutralValue: 8, NeutralLow: 0.3387, NeutralHigh: 0.5, CommitCost: 0.05558, OverCost: 0.01966,
		KappaAdmit: 0.1358, KappaStay: 0.3, ScopeLevel: 0.2599, InstituteRate: 0.05, InstituteHold: 0.3875, Community: 0.7508, RivalryLevel: 0.5, HostileCamp: 0.556, AffineCamp: 0.3, HostileRegime: 0.3286, Polarization: 0.705,
		AffineRegime: 0.5,

		CohesionRate: 0.3, CohesionBase: 0.43, CohesionInit: 0.6, WeightCommon: 0.4,
		WeightBurden: 0.1452, WeightDiverge: 0.33, WeightFiscal: 0.6, WeightPooling: 1.67,
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
	// Symbol is the key's name in MODEL.md's equations (θ_half for
	// theta_half), or the key itself when they are the same.
	Symbol string
	// Range is the valid range, as the range tag writes it: an interval
	// ("[0, 1]", "(0, ∞)"), then any bounds by other keys ("≤ s_max").
	// Validate enforces exactly this.
	Range   string
	Default float64
}

// ParamTable lists every [model] key in declaration order, with its unit,
// its meaning, its valid range and its default: the source of
// `entente params`, of the table in docs/ODD.md and of Validate.
func ParamTable() []ParamInfo { return ParamTableOf(DefaultParams()) }

// ParamTableOf is ParamTable with the values of p in place of the defaults.
func ParamTableOf(p Params) []ParamInfo {
	def := reflect.ValueOf(p)
	t := def.Type()
	out := make([]ParamInfo, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		info := ParamInfo{
			Key: f.Tag.Get("toml"), Field: f.Name, Unit: f.Tag.Get("unit"),
			Help: f.Tag.Get("help"), Symbol: f.Tag.Get("symbol"), Range: f.Tag.Get("range"),
			Default: def.Field(i).Float(),
		}
		if info.Symbol == "" {
			info.Symbol = info.Key
		}
		out = append(out, info)
	}
	return out
}

// Validate returns every constant outside its domain, naming the key. The
// domains are the fields' range tags (see ParamInfo.Range), so the table
// users read and the check the loader applies cannot differ.
func (p Params) Validate() []error {
	var errs []error
	v := reflect.ValueOf(p)
	t := v.Type()
	values := make(map[string]float64, t.NumField())
	for i := range t.NumField() {
		values[t.Field(i).Tag.Get("toml")] = v.Field(i).Float()
	}
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("toml")
		r, err := parseRange(t.Field(i).Tag.Get("range"))
		if err != nil {
			panic(fmt.Sprintf("sim.Params.%s: %v", t.Field(i).Name, err)) // a programmer's error: TestParamTable catches it
		}
		if msg := r.check(v.Field(i).Float(), values); msg != "" {
			errs = append(errs, fmt.Errorf("model.%s: %s", key, msg))
		}
	}
	return errs
}

// policy returns the default nation policy these constants describe.
func (p Params) policy() agents.Policy {
	return agents.Policy{
		Reactivity: p.Reactivity, FiscalBrake: p.FiscalBrake,
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
	return agents.BudgetParams{BurdenRef: p.BurdenRef, IncomeElasticity: p.IncomeElast, Pull: p.TargetPull, RegimeFall: p.RegimeFall}
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
