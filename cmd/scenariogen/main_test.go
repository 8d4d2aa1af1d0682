package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	dataDir    = "../../scenarios/data"
	builtinDir = "../../scenarios/builtin"
)

// TestCommittedFilesAreCurrent regenerates every output in memory and
// compares it with the committed file.
func TestCommittedFilesAreCurrent(t *testing.T) {
	files, _, err := generate(dataDir)
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
	a, _, err := generate(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	b, _, _ := generate(dataDir)
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

// TestCut cuts a small copy of the seven source files (testdata/cut: for
// each rule of the cut, a row it keeps, one it drops and one it edits) and
// checks every file it writes. It needs nothing outside the repository;
// TestCutFullData checks the real data when they are there.
func TestCut(t *testing.T) {
	dst := t.TempDir()
	if err := cut("testdata/cut", dst); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, want string }{
		// USA before its first year, a row without values and a code
		// no era needs are dropped; two columns of six are kept.
		{maddisonFile, "countrycode,year,rgdpnapc,pop\nUSA,1950,15000,152000\nUSA,1952,,157000\nCHE,1950,12000,4700\n"},
		// -9 (missing) becomes empty; a row missing both is dropped.
		{nmcFile, "stateabb,ccode,year,milex,tpop,milper\nUSA,2,1950,14559000,152271,1460\nUSA,2,1952,,157553,1\nFRN,220,1950,1482000,,590\n"},
		// Years outside the eras (1940), NA and empty are dropped.
		{polityFile, "stateabb,year,polity2\nUSA,1950,10\nFRN,1950,-5\n"},
		// Columns renamed; after SIPRI's last factor year (2015), empty,
		// and the world's row (no code) dropped.
		{sipriFile, "code,year,share_pct\nUSA,2000,3.0\nCHE,2000,1.1\n"},
		{tssFile, "rivalry,start,end,positional,spatial,ideological,interventionary,principal,aprin,note\n" +
			"Britain-France 1,P1494,1716,1,1,,,1,,\nUSA-Russia,1945,1989,1,,1,,1,,\"a note, with a comma\"\n"},
		// Defence or offence pacts, whole, with the war each was made in,
		// its named threats, its term and its organisation; a neutrality
		// pact dropped.
		{atopFile, "atopid,member,yrent,moent,yrexit,moexit,defense,offense,wartime,cowwar,statthr1,statthr2,speclgth,length,renewlgt,organ1\n" +
			"1001,200,1815,1,1816,2,1,0,0,0,0,0,1,240,60,3\n1001,220,1815,1,1816,2,1,0,0,0,0,0,1,240,60,3\n1002,255,1820,3,1825,0,0,1,1,49,150,,0,,,0\n"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dst, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestCutRefusesMissingSources: a source file that is not there is an
// error that names it, never a cut that leaves it out.
func TestCutRefusesMissingSources(t *testing.T) {
	src := t.TempDir()
	files, err := filepath.Glob("testdata/cut/*.csv")
	if err != nil || len(files) != 7 {
		t.Fatalf("testdata/cut holds %d files (%v), want 7", len(files), err)
	}
	for _, f := range files[1:] {
		data, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(src, filepath.Base(f)), data, 0o644)
	}
	err = cut(src, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), filepath.Base(files[0])) {
		t.Errorf("without %s: got %v", filepath.Base(files[0]), err)
	}
}

// TestCutFullData cuts the full data and checks that the result equals
// the committed subsets. The full data live outside the repository (the
// source files scenarios/data/README.md lists), so the test runs only
// when ENTENTE_FULL_DATA names their directory, and says so when it does
// not; named but incomplete, it fails.
func TestCutFullData(t *testing.T) {
	src := os.Getenv("ENTENTE_FULL_DATA")
	if src == "" {
		t.Skip("ENTENTE_FULL_DATA is not set: the cut of the full data is not checked (TestCut checks the cut on testdata/cut)")
	}
	t.Logf("cutting the full data in ENTENTE_FULL_DATA=%s", src)
	dst := t.TempDir()
	if err := cut(src, dst); err != nil {
		t.Fatalf("ENTENTE_FULL_DATA=%s: %v", src, err)
	}
	for _, name := range []string{maddisonFile, nmcFile, polityFile, sipriFile, atopFile} {
		got, err := os.ReadFile(filepath.Join(dst, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the cut differs from the committed subset", name)
		}
	}
}
