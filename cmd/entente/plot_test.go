package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entente/results"
)

func TestPlotRedrawsTheRunsFiguresByteForByte(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "--format", "png,svg", "-o", dir); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	plots := filepath.Join(dir, results.PlotDir)
	before := map[string][]byte{}
	for _, fig := range results.Figures() {
		for _, ext := range []string{"png", "svg"} {
			before[fig+"."+ext] = read(t, filepath.Join(plots, fig+"."+ext))
		}
	}
	out, errs, code := entente(t, "plot", "--format", "png,svg", dir)
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

// TestRunAndPlotShareTheirDefaultFormat: a default run draws PNG only, and
// so does a default `entente plot`; --format asks both for more.
func TestRunAndPlotShareTheirDefaultFormat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "-o", dir); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	list := func() string {
		entries, _ := os.ReadDir(filepath.Join(dir, results.PlotDir))
		var exts []string
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !slices.Contains(exts, ext) {
				exts = append(exts, ext)
			}
		}
		return fmt.Sprint(exts, " ", len(entries))
	}
	if got, want := list(), fmt.Sprint([]string{".png"}, " ", len(results.Figures())); got != want {
		t.Errorf("a default run wrote %s, want %s", got, want)
	}
	if _, errs, code := entente(t, "plot", "--quiet", dir); code != 0 {
		t.Fatalf("plot: exit %d: %s", code, errs)
	}
	if got, want := list(), fmt.Sprint([]string{".png"}, " ", len(results.Figures())); got != want {
		t.Errorf("a default plot left %s, want %s", got, want)
	}
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "--force", "--format", "svg", "-o", dir); code != 0 {
		t.Fatalf("run --format svg: exit %d: %s", code, errs)
	}
	if got, want := list(), fmt.Sprint([]string{".svg"}, " ", len(results.Figures())); got != want {
		t.Errorf("run --format svg wrote %s, want %s", got, want)
	}
	if _, errs, code := entente(t, "run", "classroom-balance", "--format", "gif", "-o", t.TempDir()); code != 2 || !strings.Contains(errs, "--format") {
		t.Errorf("run --format gif: exit %d, %q; want 2 naming --format", code, errs)
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
		{"a run without its files", []string{"plot", broken}, "summary.json"},
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

// Issue 18, finding 9: `entente plot` wrote its figures wherever a plots
// link in the run directory pointed, and read a tampered CSV until memory
// ran out. It now follows no link it writes through, reads no more than
// the run's summary.json says the run wrote, and refuses both with exit 2
// naming the file; nothing is written.
func TestPlotRefusesATamperedRunDirectory(t *testing.T) {
	run := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-arms-race", "--quiet", "--no-plots", "-o", run); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	var sum results.Summary
	if err := json.Unmarshal(read(t, filepath.Join(run, "summary.json")), &sum); err != nil {
		t.Fatal(err)
	}
	cells := sum.Ticks * sum.Nations
	for _, c := range []struct {
		name   string
		tamper func(t *testing.T, dir, elsewhere string)
		want   string // in stderr, DIR for the run's copy
	}{
		{"a plots link to elsewhere", func(t *testing.T, dir, elsewhere string) {
			os.Symlink(elsewhere, filepath.Join(dir, results.PlotDir))
		}, "plot DIR: DIR/plots cannot be used: it is a symbolic link (Entente writes nothing through one)"},
		{"a plots file", func(t *testing.T, dir, elsewhere string) {
			os.WriteFile(filepath.Join(dir, results.PlotDir), nil, 0o644)
		}, "plot DIR: DIR/plots cannot be used: it is not a directory"},
		{"200,000 extra rows in nations.csv", func(t *testing.T, dir, elsewhere string) {
			f, _ := os.OpenFile(filepath.Join(dir, "nations.csv"), os.O_APPEND|os.O_WRONLY, 0)
			defer f.Close()
			lines := strings.Split(strings.TrimSpace(string(read(t, filepath.Join(dir, "nations.csv")))), "\n")
			f.WriteString(strings.Repeat(lines[len(lines)-1]+"\n", 200_000))
		}, fmt.Sprintf("read run DIR: nations.csv:%d: more than the %d rows the run wrote (%d ticks × %d nations in summary.json)", cells+2, cells, sum.Ticks, sum.Nations)},
		{"a nations.csv that is a link to an endless file", func(t *testing.T, dir, elsewhere string) {
			os.Remove(filepath.Join(dir, "nations.csv"))
			os.Symlink("/dev/zero", filepath.Join(dir, "nations.csv"))
		}, "read run DIR: open DIR/nations.csv: not a regular file"},
		{"a summary claiming more than a run can be", func(t *testing.T, dir, elsewhere string) {
			os.WriteFile(filepath.Join(dir, "summary.json"), []byte(`{"ticks": 4611686018427387904, "nations": 4}`), 0o644)
		}, "summary.json: 4611686018427387904 ticks × 4 nations and 0 events: too large to be a run"},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := t.TempDir()
			dir, elsewhere := filepath.Join(base, "copy"), filepath.Join(base, "elsewhere")
			os.Mkdir(dir, 0o755)
			os.Mkdir(elsewhere, 0o755)
			for _, f := range append([]string{results.Marker}, results.Files...) {
				os.WriteFile(filepath.Join(dir, f), read(t, filepath.Join(run, f)), 0o644)
			}
			c.tamper(t, dir, elsewhere)
			_, errs, code := entente(t, "plot", dir)
			errs = strings.ReplaceAll(errs, dir, "DIR")
			if code != 2 || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stderr %q\nwant 2 and %q", code, errs, c.want)
			}
			if entries, _ := os.ReadDir(elsewhere); len(entries) > 0 {
				t.Errorf("wrote %d files where the link points", len(entries))
			}
		})
	}
}
