package main

import (
	"context"
	"io"

	"entente/synth"
)

// cmdGenerate writes a synthetic world of any size as a scenario file, for
// scale studies and benchmarks (see package synth).
func cmdGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("generate", stdout)
	nations := fs.Int("nations", 100, "number of states (at least 2)")
	seedText := seedFlag(fs, "random seed of the generator and of the scenario, from 0 to 2^63-1 (default 1)")
	plane := fs.Bool("plane", false, "place the states on an abstract plane instead of the globe")
	years := fs.Int("years", 50, "length of the run [years]")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	seed, given, err := parseSeed(*seedText)
	if err != nil {
		return err
	}
	if !given {
		seed = 1
	}
	if len(pos) > 0 {
		return badInput("generate takes no arguments, got %v", pos)
	}
	if *nations < 2 {
		return badInput("--nations %d: want at least 2", *nations)
	}
	if *years < 2 {
		return badInput("--years %d: want at least 2", *years)
	}
	w := synth.Generate(synth.Options{Nations: *nations, Seed: uint64(seed), Plane: *plane, Years: *years})
	return w.WriteTOML(stdout)
}
