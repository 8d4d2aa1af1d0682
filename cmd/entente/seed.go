package main

import (
	"errors"
	"flag"
	"math"
	"strconv"
)

// seedFlag defines --seed as every command takes it: a whole number from
// 0 to 2⁶³−1 (a scenario's seed is a TOML integer), read by parseSeed
// after the flags are parsed, so that every command gives the same
// messages.
func seedFlag(fs *flag.FlagSet, usage string) *string {
	return fs.String("seed", "", usage)
}

// parseSeed reads the value of --seed; given is false when it is empty
// (not given).
func parseSeed(s string) (seed int64, given bool, err error) {
	if s == "" {
		return 0, false, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if errors.Is(err, strconv.ErrRange) || (err == nil && n > math.MaxInt64) {
		return 0, false, badInput("--seed %q: out of range: a seed is from 0 to %d", s, int64(math.MaxInt64))
	} else if err != nil {
		return 0, false, badInput("--seed %q: want a whole number ≥ 0", s)
	}
	return int64(n), true, nil
}

// seedSet appends the --set override that gives a scenario the seed of
// --seed, if given.
func seedSet(s string, sets []string) ([]string, error) {
	n, given, err := parseSeed(s)
	if err != nil || !given {
		return sets, err
	}
	return append(sets, "scenario.seed="+strconv.FormatInt(n, 10)), nil
}
