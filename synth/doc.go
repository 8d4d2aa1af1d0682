// Package synth generates synthetic worlds of any size for scale studies
// and benchmarks: nations placed in regions on the globe (or on a plane),
// GDPs from a heavy-tailed distribution like real ones, regimes and camps
// clustered by region, rivalries and ties mostly between neighbours at
// about the densities of the interstate record (rivalries beginning and
// ending over a run, some of them ideological), and a scattering of events
// (détentes, threat shocks, regime changes, recessions) so that alliances
// form, strain and dissolve over a run.
//
// A generated world is written as a scenario file (TOML) that the strict
// scenario loader accepts; Scenario parses it back into a runnable
// scenario. The same options and seed give the same bytes.
package synth
