package main

import "flag"

// workersFlag is how many runs a command runs at once, for validate and
// sweep alike: validate named it --workers and sweep -j, so each now takes
// both names (neither is deprecated: -j is make's, --workers says what it
// is), with the same default and the same check.
func workersFlag(fs *flag.FlagSet) *int {
	n := new(int)
	fs.IntVar(n, "j", 0, "runs at once (default: one per core); results do not depend on it")
	fs.IntVar(n, "workers", 0, "the same as -j")
	return n
}

// checkWorkers refuses a negative worker count, naming both spellings.
func checkWorkers(n int) error {
	if n < 0 {
		return badInput("-j (--workers) must be ≥ 0, got %d", n)
	}
	return nil
}
