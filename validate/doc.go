// Package validate measures how close runs of a scenario come to history.
// It runs a scenario over many seeds (in parallel; results never depend on
// the number of workers), records what the targets need in memory, and
// scores each target of docs/ODD.md section 1: the historical value and its
// source, the simulated mean with a 90 % interval over seeds, and whether
// the target holds.
//
// Targets are plain values (Target) with a measure per run and a pass rule
// over seeds, so a scenario's list of targets reads like the table it
// prints.
package validate
