// Command blockers reads what stops the pacts history made anew in each
// built-in era (validate.Blockers, which `entente validate` reports for
// one era): for every ATOP pact that obliges two or more of an era's states
// and none in its earlier years, it runs the era (its own seed, one run) to
// the end of the year before the pact began and asks of every pair of the
// pact's members that year what a new pact of the two fails, as `entente
// why ERA A-B --year Y` reads it: a test that closes it (rivals, a war under
// way, not both in the system), the founders' failing admission tests and
// values, or nothing (it passes, or the run has them allied already). Each
// pair counts the years ATOP has both in the pact within the era. Run from
// the repository's root:
//
//	go run ./scripts/blockers [ERA ...]
//
// docs/MODEL-NOTES.md ("A treaty of two is the stronger's guarantee")
// gives what it prints.
package main

import (
	"context"
	"fmt"
	"os"
	"slices"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

func main() {
	only := os.Args[1:]
	err := eras.Each(func(name string, cfg sim.Config, h *validate.History) error {
		if !validate.Judges(name, h) || len(only) > 0 && !slices.Contains(only, name) {
			return nil
		}
		bs, err := validate.Blockers(context.Background(), cfg, h)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		report(name, bs)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "blockers:", err)
		os.Exit(1)
	}
}

func report(name string, bs []validate.Blocker) {
	fmt.Printf("%s: %d pair-years of the pacts history made anew\n", name, validate.BlockedPairYears(bs))
	for _, line := range validate.BlockerLines(bs, len(bs)) {
		fmt.Println("  " + line)
	}
}
