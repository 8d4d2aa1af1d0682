package agents

// Policy holds a nation's policy parameters. Each defaults from the
// scenario's [model] table and may be overridden per nation.
type Policy struct {
	Reactivity  float64 // k: response of the log share to effort [1]
	FiscalBrake float64 // f: share cut at full fiscal pressure [share of GDP]
	MinShare    float64 // s_min [share of GDP]
	MaxShare    float64 // s_max [share of GDP]
	Adjustment  float64 // λ: fraction of the gap closed per year [1/yr]
	Generosity  float64 // α: share of the budget given as aid [1/yr]
	Privateness float64 // ψ: part of own forces that protects only oneself [0, 1]
}
