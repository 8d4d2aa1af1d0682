package main

import (
	"context"
	"entente/internal/suggest"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"entente/results"
)

var errHelp = errors.New("help shown")

// command is one subcommand.
type command struct {
	name, args, summary string
	run                 func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"run", "[SCENARIO]", "run a scenario and write its time series, event log and summary", cmdRun},
		{"check", "SCENARIO", "validate a scenario without running it", cmdCheck},
		{"scenarios", "", "list the built-in scenarios", cmdScenarios},
		{"params", "", "list the model's constants ([model] keys) with units, defaults and valid ranges (--markdown: as a table)", cmdParams},
		{"landscape", "[SCENARIO]", "find the local minima of the landscape energy over two-bloc splits", cmdLandscape},
		{"validate", "[SCENARIO]", "run a historical scenario over many seeds and compare it with history", cmdValidate},
		{"why", "SCENARIO QUESTION... --year YEAR", "explain what the model weighs for a nation (USA), a new pact (USA-JPN) or a candidacy (JPN@NATO) after a year of a run", cmdWhy},
		{"sweep", "[PLAN] | merge -o DIR SHARD... | slurm PLAN", "run a scenario over a design of parameter values and seeds, into one table", cmdSweep},
		{"plot", "DIR", "draw the figures of a run again, into DIR/plots", cmdPlot},
		{"serve", "", "serve the classroom page: run scenarios live in the browser", cmdServe},
		{"generate", "", "write a synthetic world of any size as a scenario file (stdout)", cmdGenerate},
	}
}

// run is the whole program: tests drive it with their own arguments and
// writers.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return badInput("no command given")
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return nil
	case "-version", "--version", "version":
		fmt.Fprintf(stdout, "entente %s\n", results.Build())
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	usage(stderr)
	return badInput("unknown command %q", args[0])
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "Entente simulates how nations form, strain and dissolve alliances under defence-budget pressure.\n\n")
	fmt.Fprintf(w, "Usage:\n  entente COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\n  entente --version    print the version\n  entente COMMAND -h   help on a command\n")
}

// newFlags makes a command's flag set; -h prints its help to stdout.
func newFlags(c string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	fs.SetOutput(stdout)
	for _, cmd := range commands() {
		if cmd.name == c {
			fs.Usage = func() {
				fmt.Fprintf(stdout, "Usage: entente %s [flags] %s\n\n%s.\n\nFlags:\n", c, cmd.args, capitalise(cmd.summary))
				fs.PrintDefaults()
			}
		}
	}
	return fs
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parse parses flags that may come before or after positional arguments
// (`entente run cold-war --seed 3`), and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usageError{flagHint(fs, err)}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// flagHint adds "did you mean" to an unknown flag's error.
func flagHint(fs *flag.FlagSet, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return err
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if c := suggest.Closest(strings.TrimLeft(name, "-"), names); c != "" {
		return fmt.Errorf("%w (did you mean --%s?)", err, c)
	}
	return err
}
