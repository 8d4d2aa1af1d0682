package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/results"
)

func TestPlotRedrawsTheRunsFiguresByteForByte(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "-o", dir); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	plots := filepath.Join(dir, results.PlotDir)
	before := map[string][]byte{}
	for _, fig := range results.Figures() {
		for _, ext := range []string{"png", "svg"} {
			before[fig+"."+ext] = read(t, filepath.Join(plots, fig+"."+ext))
		}
	}
	out, errs, code := entente(t, "plot", dir)
	if code != 0 {
		t.Fatalf("plot: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "wrote 6 figures") || !strings.Contains(out, plots) {
		t.Errorf("plot says %q", out)
	}
	for name, b := range before {
		if !bytes.Equal(b, read(t, filepath.Join(plots, name))) {
			t.Errorf("%s: `entente plot` gave other bytes than the run", name)
		}
	}
	if entries, _ := os.ReadDir(plots); len(entries) != 2*len(results.Figures()) {
		t.Errorf("plots/ holds %d files, want %d", len(entries), 2*len(results.Figures()))
	}
}

// TestPlotPDFIsTheSameBytesTwice draws PDFs of a run twice (PDFs carry a
// creation date, fixed so that they do).
func TestPlotPDFIsTheSameBytesTwice(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-arms-race", "--quiet", "--no-plots", "-o", dir); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	var pdfs [2][]byte
	for k := range pdfs {
		if _, errs, code := entente(t, "plot", "--quiet", "--format", "pdf", dir); code != 0 {
			t.Fatalf("plot: exit %d: %s", code, errs)
		}
		pdfs[k] = read(t, filepath.Join(dir, results.PlotDir, "dashboard.pdf"))
	}
	if !bytes.Equal(pdfs[0], pdfs[1]) {
		t.Error("dashboard.pdf differs between two renders")
	}
}

func TestRunWithoutPlots(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-arms-race", "--no-plots", "--quiet", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, results.PlotDir)); err == nil {
		t.Error("--no-plots wrote plots")
	}
	if _, errs, code := entente(t, "plot", dir, "--format", "svg"); code != 0 {
		t.Fatalf("plot after --no-plots: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, results.PlotDir, "dashboard.svg")); err != nil {
		t.Error(err)
	}
}

func TestOneTickRunSucceedsWithoutPlots(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	// classroom-free-riders schedules nothing after its first year, so it
	// may end there (the loader refuses a run that ends before a rivalry or
	// an event it holds).
	out, errs, code := entente(t, "run", "classroom-free-riders", "--set", "scenario.end_year=2000", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "plots skipped: nations.csv has only one tick; nothing to draw over time"
	if !strings.Contains(errs, want) || !strings.Contains(out, "wrote "+dir) {
		t.Errorf("stdout %q, stderr %q: want the run written and %q", out, errs, want)
	}
	if _, err := os.Stat(filepath.Join(dir, results.PlotDir)); err == nil {
		t.Error("a run of one tick has a plots directory")
	}
	if _, errs, code := entente(t, "plot", dir); code != 2 || !strings.Contains(errs, "only one tick") {
		t.Errorf("plot of a one-tick run: exit %d, stderr %q", code, errs)
	}
}

func TestPlotBadInputExitsTwo(t *testing.T) {
	base := t.TempDir()
	notRun := filepath.Join(base, "notes")
	os.MkdirAll(notRun, 0o755)
	os.WriteFile(filepath.Join(notRun, "nations.csv"), []byte("tick\n"), 0o644)
	broken := filepath.Join(base, "broken")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, results.Marker), nil, 0o644)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no directory", []string{"plot"}, "plot takes one run directory"},
		{"two directories", []string{"plot", base, base}, "plot takes one run directory"},
		{"missing", []string{"plot", filepath.Join(base, "nope")}, "no such directory"},
		{"not a run", []string{"plot", notRun}, "not an Entente run directory"},
		{"a run without its files", []string{"plot", broken}, "nations.csv"},
		{"unknown format", []string{"plot", "--format", "png,gif", base}, `unknown plot format "gif"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errs, code := entente(t, c.args...)
			if code != 2 || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stderr %q: want 2 and %q", code, errs, c.want)
			}
		})
	}
}
