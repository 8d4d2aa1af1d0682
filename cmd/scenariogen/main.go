// Command scenariogen builds the historical built-in scenarios from data.
//
// It reads the data subsets in scenarios/data/ and writes the historical
// scenarios (scenarios/builtin/cold-war.toml, 21st-century.toml,
// europe-1871.toml, and the eras out of sample europe-1920.toml,
// europe-1846.toml, middle-east.toml, asia-1950.toml, americas-1950.toml, africa-1960.toml,
// europe-1816.toml, asia-1990.toml, americas-1870.toml, africa-1990.toml, middle-east-1990.toml, americas-1990.toml, europe-1990.toml, asia-1870.toml, americas-1920.toml, asia-1920.toml and americas-1846.toml), every number with its source in a comment on its
// line, and the validation files derived from the data. The output is
// deterministic: the same data give the same bytes. `go generate
// ./scenarios` runs it (see scenarios/generate.go).
//
// With -cut DIR it first cuts the subsets from the full reference data in
// DIR (the project's shared data directory) into -data; the validation
// files (reference defence shares, the scenarios' COW codes) are derived
// from the subsets on every run. With -check it writes nothing and fails if a file on
// disk differs from what it would write.
//
//	go run ./cmd/scenariogen                         # from the module root
//	go run ./cmd/scenariogen -cut DIR                # refresh the subsets from the full files in DIR
//	go run ./cmd/scenariogen -check                  # are the files current?
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "scenariogen:", err)
		if errors.Is(err, flag.ErrHelp) || errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("bad usage")

// run parses the flags and does the work; main only reports its error.
func run(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("scenariogen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", "scenarios/data", "directory of the data subsets")
	outDir := fs.String("out", "scenarios/builtin", "directory the scenarios are written to")
	cutFrom := fs.String("cut", "", "cut the subsets from the full data in this directory first")
	check := fs.Bool("check", false, "write nothing; fail if a file differs from what would be written")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *cutFrom != "" {
		if *check {
			return fmt.Errorf("%w: -cut and -check exclude each other", errUsage)
		}
		if err := cut(*cutFrom, *dataDir); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "cut %s into %s\n", *cutFrom, *dataDir)
	}
	files, review, err := generate(*dataDir)
	if err != nil {
		return err
	}
	for _, r := range review {
		fmt.Fprintf(stderr, "scenariogen: review %s (an error: nmcErrors in convert.go or popErrors in poperrors.go; kept: nmcKept in nmcscan.go)\n", r)
	}
	var stale []string
	for _, f := range files {
		dir := *outDir
		if f.data {
			dir = *dataDir
		}
		path := filepath.Join(dir, f.name)
		if *check {
			old, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(old, f.body) {
				stale = append(stale, path)
			}
			continue
		}
		if err := os.WriteFile(path, f.body, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", path)
	}
	if len(stale) > 0 {
		return fmt.Errorf("out of date (run go generate ./scenarios): %v", stale)
	}
	return nil
}

// output is one generated file: a scenario (in the output directory) or a
// derived data file (in the data directory).
type output struct {
	name string
	data bool
	body []byte
}

// generate builds every output from the subsets in dataDir, with what in
// the data nobody has reviewed: the breaks in NMC's spending that the eras
// use (nmcscan.go) and the lone years of its population (poperrors.go).
func generate(dataDir string) (out []output, review []string, err error) {
	d, err := loadDataset(dataDir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range eras() {
		sc := e.build(d)
		body, err := sc.toml()
		if err != nil {
			return nil, nil, fmt.Errorf("scenario %s: %w", sc.name, err)
		}
		out = append(out, output{name: sc.name + ".toml", body: body})
		review = append(review, d.unreviewedJumps(e, sc)...)
	}
	for _, e := range d.lonePopulationYears() { // poperrors.go: left after the listed ones are mended
		review = append(review, fmt.Sprintf("NMC's population of %s in %d, %s: a lone year, not in popErrors (poperrors.go)", e.abb, e.year, e.why))
	}
	ref, err := referenceShares(d)
	if err != nil {
		return nil, nil, err
	}
	codes, err := stateCodes(d)
	if err != nil {
		return nil, nil, err
	}
	out = append(out, output{name: referenceFile, data: true, body: ref}, output{name: codesFile, data: true, body: codes})
	return out, review, nil
}
