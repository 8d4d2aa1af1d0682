package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

const (
	dataDir    = "../../scenarios/data"
	builtinDir = "../../scenarios/builtin"
)

// TestCommittedFilesAreCurrent regenerates every output in memory and
// compares it with the committed file.
func TestCommittedFilesAreCurrent(t *testing.T) {
	files, err := generate(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		dir := builtinDir
		if f.data {
			dir = dataDir
		}
		old, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./scenarios)", f.name, err)
			continue
		}
		if !bytes.Equal(old, f.body) {
			t.Errorf("%s differs from what the generator writes: run go generate ./scenarios", f.name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, err := generate(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := generate(dataDir)
	for i := range a {
		if !bytes.Equal(a[i].body, b[i].body) {
			t.Errorf("%s: two runs differ", a[i].name)
		}
	}
}

func TestRun(t *testing.T) {
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"-data", dataDir, "-out", builtinDir, "-check"}, &out, &errs); err != nil {
		t.Errorf("-check on the committed files: %v", err)
	}
	if err := run(context.Background(), []string{"extra"}, &out, &errs); !errors.Is(err, errUsage) {
		t.Errorf("an extra argument: err = %v, want errUsage", err)
	}
	if err := run(context.Background(), []string{"-cut", "x", "-check"}, &out, &errs); !errors.Is(err, errUsage) {
		t.Errorf("-cut with -check: err = %v, want errUsage", err)
	}
	dir := t.TempDir()
	if err := run(context.Background(), []string{"-data", dataDir, "-out", dir, "-check"}, &out, &errs); err == nil {
		t.Error("-check against an empty directory succeeded")
	}
}

// TestCut cuts the full data when they are there (the directory named by
// ENTENTE_FULL_DATA: the source files scenarios/data/README.md lists) and
// checks the result equals the committed subsets.
func TestCut(t *testing.T) {
	src := os.Getenv("ENTENTE_FULL_DATA")
	if _, err := os.Stat(filepath.Join(src, "maddison-2018.csv")); err != nil {
		t.Skip("the full data are not here:", err)
	}
	dst := t.TempDir()
	if err := cut(src, dst); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{maddisonFile, nmcFile, polityFile, sipriFile, atopFile} {
		got, _ := os.ReadFile(filepath.Join(dst, name))
		want, _ := os.ReadFile(filepath.Join(dataDir, name))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the cut differs from the committed subset", name)
		}
	}
}
