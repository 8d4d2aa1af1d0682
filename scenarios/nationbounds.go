package scenarios

// Bounds of a nation's numbers. A value outside them is not a state of any
// real or classroom world, and inside them the model's arithmetic stays
// finite over any run of real length whatever the [model] constants
// (sim.Params' ranges): 1e308 in any of them made NaN or infinity before.
// The engine's finiteness guard (sim/finite.go) stops what still goes
// wrong, such as GDP compounding over thousands of years.
const (
	// maxGDP [billion USD]: ten thousand times today's world GDP (about
	// 1.1e5); the heavy-tailed economies of `entente generate` stay below
	// 1e6 even for a million states.
	maxGDP = 1e9
	// maxGrowth [1/yr]: trend growth of 100 % a year; no economy has kept
	// even 30 % for a decade.
	maxGrowth = 1
	// maxYearGrowth [1/yr]: one year's growth on a growth path, 300 %; the
	// data's largest is Libya's rebound of 2012 after the war of 2011,
	// +125 %.
	maxYearGrowth = 3
	// maxDebt [debt/GDP]: forty times the highest public debt on record
	// (about 2.6 of GDP), as model.b_max's bound.
	maxDebt = 100
	// maxCapability [billion USD]: maxGDP times a thousand years of the
	// whole GDP spent on forces, bought at model.e's largest 1e6; given or
	// derived from the steady state share × gdp × e / (delta + max(0, growth)).
	maxCapability = 1e15
)
