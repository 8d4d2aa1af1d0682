// Package agents holds the nation agent of Entente: its state (economy,
// budget, capability, debt, regime, camp) and the decision rules a nation
// applies on its own: the economy and debt update, the defence budget rule,
// the proximity of other states, pairwise hostility and affinity, and the
// value it puts on an alliance membership.
//
// The rules are pure functions of their arguments: they read no clock, draw
// no random numbers of their own and do no I/O. Randomness, when a rule needs
// it, is passed in as a draw. The engine in package sim calls these rules
// for every nation from one snapshot of the world (synchronous update).
//
// Units: GDP, budgets and capability are in billions of constant USD; shares
// (of GDP) and ratios are fractions, not per cent; rates are per year and
// are rescaled by the engine's tick length dt (in years).
package agents
