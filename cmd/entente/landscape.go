package main

import (
	"context"
	"entente/internal/words"
	"fmt"
	"io"
	"strings"

	"entente/scenarios"
	"entente/sim"
)

func cmdLandscape(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("landscape", stdout)
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	year := fs.Int("year", 0, "take sizes and propensities after the run reaches this year (default: the start)")
	top := fs.Int("top", 5, "how many minima to print")
	seed := seedFlag(fs, "random seed of the run to --year, from 0 to 2^63-1 (overrides the scenario's)")
	largest := fs.Int("states", 0, "keep only this many states, the largest by capability (the search is exhaustive: at most 24)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if sets, err = seedSet(*seed, sets); err != nil {
		return err
	}
	name := scenarios.Default
	if len(pos) == 1 {
		name = pos[0]
	}
	sc, err := load(ctx, name, sets)
	if err != nil {
		return err
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		return usageError{err}
	}
	if *year != 0 {
		if *year < sc.Config.StartYear || *year > sc.Config.EndYear {
			return badInput("--year %d is outside %d–%d", *year, sc.Config.StartYear, sc.Config.EndYear)
		}
		for w.Step() && w.Year() < float64(*year) {
		}
	}
	states, z, p := w.LandscapeInputs()
	if *largest > 0 && *largest < len(states) {
		states, z, p = sim.Largest(states, z, p, *largest)
	} else if *largest == 0 && len(states) > sim.MaxLandscapeStates {
		// The search is exhaustive: without --states, keep the largest it
		// can take, and say so (the default scenario has more).
		fmt.Fprintf(stderr, "entente: %s has %d active states; the search takes at most %d: keeping the %d largest by capability (--states to choose)\n",
			sc.Name, len(states), sim.MaxLandscapeStates, sim.MaxLandscapeStates)
		states, z, p = sim.Largest(states, z, p, sim.MaxLandscapeStates)
	}
	minima, err := sim.Landscape(z, p)
	if err != nil {
		return badInput("%v (scenario %s has %d active states; try --states 20)", err, sc.Name, len(states))
	}
	nations := w.Nations()
	fmt.Fprintf(stdout, "%s: %d states, %s of the landscape energy over two-bloc splits\n", sc.Name, len(states),
		words.Count(len(minima), "local minimum", "local minima"))
	for k, m := range minima {
		if k >= *top {
			break
		}
		names := func(idx []int) string {
			out := make([]string, len(idx))
			for x, i := range idx {
				out[x] = nations[states[i]].ID
			}
			return strings.Join(out, " ")
		}
		fmt.Fprintf(stdout, "%d. E = %.4f\n   bloc 1: %s\n   bloc 2: %s\n", k+1, m.Energy, names(m.Blocs[0]), names(m.Blocs[1]))
	}
	return nil
}
