// Package sweep runs a scenario many times over a design of parameter
// values and seeds, and summarises each run in one row of runs.csv.
//
// A sweep is deterministic: run k's parameters come from the plan alone
// and its seed from the plan's master seed and k alone, so the table does
// not depend on the number of workers, on the order runs finish in, on
// being interrupted and resumed, or on being split into shards that run on
// different machines and are merged afterwards.
//
// Each finished run is appended to a journal (one line, written in one
// call, with a checksum) before anything else happens, so a sweep killed
// at any moment loses at most the runs in flight; runs.csv is rebuilt
// from the journal, sorted by run index, whenever the sweep stops.
package sweep
