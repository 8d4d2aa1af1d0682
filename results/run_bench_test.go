package results_test

import (
	"context"
	"io"
	"path/filepath"
	"strconv"
	"testing"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// BenchmarkColdWarRunCSV is one whole run of the default scenario with its
// four CSV time series recorded (to io.Discard: the cost of formatting,
// not of the disk). Compare BenchmarkColdWarRun in package sim.
func BenchmarkColdWarRunCSV(b *testing.B) {
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			b.Fatal(err)
		}
		rec, err := results.NewRecorder(io.Discard, io.Discard, io.Discard, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		for w.Step() {
			if err := rec.Observe(w); err != nil {
				b.Fatal(err)
			}
		}
		if err := rec.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkColdWarRunWithFigures is a default `entente run cold-war`: the
// run, its files and its figures in the default formats, into a fresh
// directory each time (the disk included, as a user sees it). cpu-ms/op is
// the process's CPU time (both cores, the collector's included) per run.
func BenchmarkColdWarRunWithFigures(b *testing.B) {
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		b.Fatal(err)
	}
	info := results.ScenarioInfo{Name: sc.Name, Title: sc.Title, Source: sc.Source, SHA256: sc.SHA256, Overrides: sc.Overrides}
	root := b.TempDir()
	b.ReportAllocs()
	n := 0
	cpu := cpuTime()
	for b.Loop() {
		n++
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			b.Fatal(err)
		}
		dir := filepath.Join(root, strconv.Itoa(n))
		if _, err := results.Execute(context.Background(), w, results.Options{Dir: dir, Info: info, Plots: results.DefaultPlotFormats}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-cpu)/float64(n), "cpu-ms/op")
}
