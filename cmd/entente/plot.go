package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"entente/results"
)

// cmdPlot draws the figures of a run again from its files, into DIR/plots.
// The same run gives the same bytes as the figures written after the run.
func cmdPlot(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("plot", stdout)
	format := plotFormatFlag(fs)
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	maxMem := memoryFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return badInput("plot takes one run directory, got %d", len(pos))
	}
	dir := pos[0]
	formats, err := results.ParsePlotFormats(*format)
	if err != nil {
		return badInput("--format: %v", err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return badInput("plot %s: no such directory", dir)
	}
	if !results.IsRun(dir) {
		return badInput("plot %s: not an Entente run directory (it has no %s file)", dir, results.Marker)
	}
	sum, err := results.ReadSummary(dir)
	if err != nil {
		return usageError{fmt.Errorf("plot %s: %w", dir, err)}
	}
	if err := checkMemory(fmt.Sprintf("plotting %d states over %d ticks", sum.Nations, sum.Ticks),
		nationTicksBytes(sum.Ticks, sum.Nations), memoryLimit(*maxMem)); err != nil {
		return err
	}
	// ReadRun reads no more than the run's summary.json says it wrote: a
	// tampered file is refused (exit 2), not drawn until memory runs out.
	r, err := results.ReadRun(dir)
	if err != nil {
		return usageError{err}
	}
	paths, err := results.WritePlots(r, filepath.Join(dir, results.PlotDir), formats)
	if errors.Is(err, results.ErrNothingToPlot) || errors.Is(err, results.ErrOutputDir) {
		return badInput("plot %s: %v", dir, err) // too short to draw, or a plots/ that is a link
	}
	if err != nil {
		return fmt.Errorf("plot %s: %w", dir, err)
	}
	if !*quiet {
		fmt.Fprintf(stdout, "wrote %d figures (%s) as %s in %s\n", len(paths)/len(formats),
			strings.Join(results.Figures(), ", "), strings.Join(formats, ", "), filepath.Join(dir, results.PlotDir))
	}
	return nil
}

// plotFormatFlag is the --format flag of run, plot and sweep: the same
// formats, the same default.
func plotFormatFlag(fs *flag.FlagSet) *string {
	return fs.String("format", strings.Join(results.DefaultPlotFormats, ","),
		"formats of the figures, comma-separated: "+strings.Join(results.PlotFormats, ", "))
}
