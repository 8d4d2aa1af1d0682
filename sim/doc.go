// Package sim is Entente's engine: a World of nations (package agents), their
// relations and alliances, advanced one tick at a time by Step through the
// phases of docs/ODD.md section 3, each in its own file:
//
//  1. events (event.go, apply.go, transition.go, war.go): shocks, détentes,
//     regime changes, entries and merges, wars, targets and doctrines;
//  2. economy (economy.go): growth less the drag of defence, debt and
//     fiscal pressure;
//  3. perception (perception.go, focus.go, relations.go, ideology.go,
//     commonality.go): hostility with inherited enemies, the whole threat
//     and the threat focused by where each adversary's attention goes,
//     commonality, security and the threat ratio;
//  4. budgets (budget.go, warbudget.go, steer.go): the anchored budget rule
//     on the whole threat, a war's demand, a steered nation's own share;
//  5. finance (finance.go, aid.go, credit.go, pooling.go, ledger.go): loans
//     serviced or defaulted on, aid to allies in need, borrowing from sound
//     allies, pooled programmes, with money conserved;
//  6. capability (capability.go): budgets buy forces, which depreciate;
//  7. alliances (alliances.go, cohesion.go, exit.go, dissolution.go,
//     consolidate.go, formation.go, valuation.go, scope.go, community.go,
//     nested.go, prune.go): cohesion, exits, dissolution, consolidation and
//     formation, with the value of a membership and exact bounds that let
//     formation skip options that cannot pass; in a large world formation's
//     searches are shared by two cores (parallel.go), the run the same bit
//     for bit;
//  8. diagnostics (diagnostics.go, blocs.go, louvain.go, landscape.go):
//     blocs, the exploitation index and the landscape, for observers.
//
// An observer may be told where each phase, and the costliest parts of
// three, begin and end (ObservePhases, phases.go), to time them with its own
// clock: the engine reads none.
//
// The engine does no I/O and draws its randomness from math/rand/v2 streams
// derived from the run's seed (rng.go): the same configuration and seed give
// the same history, bit for bit. Params (params.go) are the model's
// constants, with their units, ranges and meanings; Config (config.go) is a
// scenario as the loader in package scenarios builds it.
package sim
