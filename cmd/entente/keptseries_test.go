package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"testing"

	"entente/results"
)

// A run a sweep keeps (--keep-series) carries the tables `entente run`
// writes, memberships.csv included, byte for byte: a row of runs.csv
// replayed with `run --seed --set` gives the same files, and a reader of
// the sweep needs no second pipeline for its series.
func TestKeptSeriesAreTheRunsFiles(t *testing.T) {
	dir := t.TempDir()
	sw := filepath.Join(dir, "sweep")
	_, errs, code := entente(t, "sweep", "--scenario", "cold-war", "--param", "k=0.5", "--reps", "2", "--seed", "7",
		"--keep-series", "--no-plots", "--quiet", "-o", sw)
	if code != 0 {
		t.Fatalf("sweep: exit %d: %s", code, errs)
	}
	f, err := os.Open(filepath.Join(sw, "runs.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("runs.csv: %d rows, %v", len(rows), err)
	}
	last := rows[2] // run 1: not the master seed, so the seed really is the row's
	one := filepath.Join(dir, "run")
	if _, errs, code := entente(t, "run", "cold-war", "--seed", last[2], "--set", "k=0.5", "--no-plots", "--quiet", "-o", one); code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	for _, name := range results.Files {
		if name == "summary.json" {
			continue
		}
		want, err := os.ReadFile(filepath.Join(one, name))
		if err != nil {
			t.Fatal(err)
		}
		table := name[:len(name)-len(".csv")]
		got, err := gunzip(filepath.Join(sw, "series", "run-000001-"+table+".csv.gz"))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("the kept %s differs from the single run's (%d bytes against %d)", name, len(got), len(want))
		}
	}
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}
