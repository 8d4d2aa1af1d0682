package main

import (
	"context"
	"entente/internal/words"
	"errors"
	"fmt"
	"io"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("run", stdout)
	dir := fs.String("o", "", "output directory (default out/<scenario>-seed<seed>)")
	seed := seedFlag(fs, "random seed, from 0 to 2^63-1 (overrides the scenario's)")
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	force := fs.Bool("force", false, "write into a non-empty directory that holds no earlier run")
	noPlots := fs.Bool("no-plots", false, "do not draw the figures into DIR/plots")
	format := plotFormatFlag(fs)
	maxMem := memoryFlag(fs)
	check := fs.Bool("check", false, "verify the engine's invariants after every tick (finite values, bounds, memberships, money conserved); fail on the first broken one")
	replay := fs.String("replay", "", "run again the steered run (a class) the decision log `LOG` records: its scenario, seed and decisions")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	var rr *replayRun // --replay (replay.go)
	if *replay != "" {
		if len(pos) > 0 || len(sets) > 0 || *seed != "" {
			return badInput("--replay takes its scenario, seed and overrides from the log: no scenario, --seed or --set with it")
		}
		if rr, err = loadReplay(ctx, *replay, stderr); err != nil {
			return err
		}
	}
	if len(pos) > 1 {
		return badInput("run takes one scenario, got %d: %v", len(pos), pos)
	}
	name := scenarios.Default
	if len(pos) == 1 {
		name = pos[0]
	}
	// A scenario's seed is a TOML integer (int64): parseSeed checks the
	// range, so that the message names --seed, not the --set it becomes.
	if sets, err = seedSet(*seed, sets); err != nil {
		return err
	}
	var sc *scenarios.Scenario
	if rr != nil {
		sc = rr.sc
	} else if sc, err = load(ctx, name, sets); err != nil {
		return err
	}
	out := *dir
	if out == "" {
		out = runDir(sc)
		if rr != nil {
			out += "-replay"
		}
	}
	limit := memoryLimit(*maxMem)
	need := sim.EstimateBytes(sc.Config)
	if err := checkMemory(fmt.Sprintf("a run of %s (%d states)", sc.Name, len(sc.Config.Nations)), need, limit); err != nil {
		return err
	}
	var w *sim.World
	if rr != nil {
		w = rr.w
	} else if w, err = sim.New(sc.Config, 0); err != nil {
		return usageError{err}
	}
	formats, err := results.ParsePlotFormats(*format)
	if err != nil {
		return badInput("--format: %v", err)
	}
	opts := results.Options{Dir: out, Force: *force, Info: info(sc), Plots: formats, Check: *check}
	if rr != nil {
		opts.Ticks = rr.ticks
	}
	if *noPlots {
		opts.Plots = nil
	} else if p := plotBytes(sc.Config); p > limit {
		// The run's files are written; its figures would not fit.
		opts.Plots = nil
		if !*quiet {
			fmt.Fprintf(stderr, "entente: plots skipped: drawing %d states over %d ticks needs about %s, more than the limit of %s\n",
				len(sc.Config.Nations), sc.Config.Ticks(), gib(p), gib(limit))
		}
	}
	o, err := results.Execute(ctx, w, opts)
	if errors.Is(err, results.ErrOutputDir) || errors.Is(err, results.ErrNotEmpty) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if o.PlotsSkipped != nil && !*quiet {
		fmt.Fprintf(stderr, "entente: plots skipped: %v\n", o.PlotsSkipped)
	}
	if !*quiet {
		fmt.Fprint(stdout, o.Story)
		verb := "wrote"
		if o.Replaced {
			verb = "replaced the earlier run in"
		}
		fmt.Fprintf(stdout, "%s %s\n", verb, o.Dir)
	}
	return nil
}

// load loads a scenario for a command, marking bad input for exit code 2;
// a signal (ctx) stops the load at once (a file of 32 MiB takes seconds, a
// pipe forever).
func load(ctx context.Context, name string, sets []string) (*scenarios.Scenario, error) {
	sc, err := scenarios.LoadContext(ctx, name, sets)
	if ctx.Err() != nil && err != nil {
		return nil, err // stopped: report exits 130, not 2
	}
	if err != nil {
		return nil, usageError{err}
	}
	return sc, nil
}

func info(sc *scenarios.Scenario) results.ScenarioInfo {
	return results.ScenarioInfo{Name: sc.Name, Title: sc.Title, Source: sc.Source, SHA256: sc.SHA256, Overrides: sc.Overrides}
}

func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", stdout)
	maxMem := memoryFlag(fs)
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return badInput("check takes one scenario")
	}
	sc, err := load(ctx, pos[0], sets)
	if err != nil {
		return err
	}
	c := sc.Config
	need, limit := sim.EstimateBytes(c), memoryLimit(*maxMem)
	if err := checkMemory(fmt.Sprintf("%s: a run (%d states)", sc.Source, len(c.Nations)), need, limit); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%s, %s, %s, %s, %s, %d–%d; a run needs about %s of memory)\n",
		sc.Source, words.Count(len(c.Nations), "nation", "nations"), words.Count(len(c.Rivalries), "rivalry", "rivalries"),
		words.Count(len(c.Ties), "tie", "ties"), words.Count(len(c.Alliances), "alliance", "alliances"), words.Count(len(c.Events), "event", "events"),
		c.StartYear, c.EndYear, mib(need))
	return nil
}

func cmdScenarios(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("scenarios", stdout)
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return badInput("scenarios takes no arguments")
	}
	for _, b := range scenarios.Builtins() {
		mark := " "
		if b.Name == scenarios.Default {
			mark = "*"
		}
		fmt.Fprintf(stdout, "%s %-24s %s\n", mark, b.Name, b.Title)
	}
	fmt.Fprintf(stdout, "\n* the default of `entente run`\n")
	return nil
}
