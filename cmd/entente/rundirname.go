package main

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"entente/results"
	"entente/scenarios"
)

// runDir is a run's default output directory. A built-in run without
// overrides (but its seed) goes to out/<scenario>-seed<seed>, as always.
// A run with overrides, or from a file, gets a suffix from what it ran (the
// file's SHA-256 and the overrides, in order): `--set psi0=0.6` no longer
// replaces the baseline run a teacher's text compares it with, nor does a
// copied scenario that keeps its name replace the built-in's folder
// (issue 15). The same inputs give the same folder, so rerunning them
// replaces only their own earlier run.
func runDir(sc *scenarios.Scenario) string {
	dir := results.DefaultDir(sc.Name, sc.Config.Seed)
	var sets []string
	for _, o := range sc.Overrides {
		if !strings.HasPrefix(o, "scenario.seed=") && !strings.HasPrefix(o, "seed=") {
			sets = append(sets, o)
		}
	}
	if strings.HasPrefix(sc.Source, "builtin:") && len(sets) == 0 {
		return dir
	}
	h := sha256.New()
	h.Write([]byte(sc.SHA256))
	for _, o := range sets {
		h.Write([]byte{0})
		h.Write([]byte(o))
	}
	return dir + "-" + hex.EncodeToString(h.Sum(nil))[:8]
}
