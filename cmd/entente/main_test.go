package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/results"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// entente runs the CLI as a user would and returns its output and exit code.
func entente(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	code = report(err, &errb)
	return out.String(), errb.String(), code
}

func TestRunWritesTheFiveFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	out, errs, code := entente(t, "run", "classroom-balance", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range results.Files {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	lacks(t, "summary", out, "formed", "dissolved", "wrote "+dir)
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("a staging directory was left behind: %v", entries)
	}
}

func TestDefaultRunAndOutputDirectory(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, errs, code := entente(t, "run", "--quiet", "--no-plots"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join("out", "cold-war-seed1", "summary.json")); err != nil {
		t.Errorf("default output directory: %v", err)
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	base := t.TempDir()
	for _, d := range []string{"a", "b"} {
		if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "--no-plots", "-o", filepath.Join(base, d)); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "--no-plots", "--seed", "2", "-o", filepath.Join(base, "c")); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range results.Files {
		a := read(t, filepath.Join(base, "a", f))
		if !bytes.Equal(a, read(t, filepath.Join(base, "b", f))) {
			t.Errorf("%s differs between two runs with the same seed", f)
		}
	}
	if bytes.Equal(read(t, filepath.Join(base, "a", "nations.csv")), read(t, filepath.Join(base, "c", "nations.csv"))) {
		t.Error("seeds 1 and 2 gave the same nations.csv")
	}
}

// TestGoldenFirstTicks pins the first ticks of a seeded run: any change to
// the model's arithmetic shows here. Refresh with -update after a change
// you meant to make.
func TestGoldenFirstTicks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "--no-plots", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range []string{"nations.csv", "alliances.csv", "world.csv", "events.csv"} {
		got := firstTicks(read(t, filepath.Join(dir, f)), 3)
		golden := filepath.Join("testdata", "golden-"+f)
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if want := read(t, golden); !bytes.Equal(got, want) {
			t.Errorf("%s: first ticks differ from %s (run with -update if the change is meant)\ngot:\n%s", f, golden, got)
		}
	}
}

// firstTicks keeps the header and the rows of ticks 0 to n−1.
func firstTicks(csv []byte, n int) []byte {
	var out bytes.Buffer
	for k, line := range strings.SplitAfter(string(csv), "\n") {
		if k == 0 {
			out.WriteString(line)
			continue
		}
		tick, _, _ := strings.Cut(line, ",")
		if tick == "" {
			continue
		}
		var v int
		for _, c := range tick {
			v = v*10 + int(c-'0')
		}
		if v < n {
			out.WriteString(line)
		}
	}
	return out.Bytes()
}

func TestBadScenariosExitTwoAndWriteNothing(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "scenarios", "testdata", "bad", "*.toml"))
	if len(files) < 10 {
		t.Fatalf("found only %d bad scenarios", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want := strings.TrimSpace(string(read(t, strings.TrimSuffix(f, ".toml")+".want")))
			dir := filepath.Join(t.TempDir(), "run")
			_, errs, code := entente(t, "run", f, "-o", dir)
			if code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			// The loader names the file as given; the messages after it are the .want file's.
			for _, line := range strings.Split(want, "\n") {
				_, msg, _ := strings.Cut(line, ".toml")
				if !strings.Contains(errs, msg) {
					t.Errorf("stderr lacks %q:\n%s", msg, errs)
				}
			}
			if _, err := os.Stat(dir); err == nil {
				t.Error("a bad scenario left an output directory")
			}
			if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 0 {
				t.Errorf("a bad scenario left files: %v", entries)
			}
			if _, _, code := entente(t, "check", f); code != 2 {
				t.Errorf("check: exit code %d, want 2", code)
			}
		})
	}
}

func TestBadUsageExitsTwo(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"run", "no-such-scenario"},
		{"run", "--seed", "minus-one"},
		{"run", "--set", "no_such_key=1"},
		{"run", "--set", "k=-1"},
		{"run", "--bogus-flag"},
		{"run", "a", "b"},
		{"check"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Chdir(t.TempDir())
			if _, _, code := entente(t, args...); code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if _, err := os.Stat("out"); err == nil {
				t.Error("bad usage left an output directory")
			}
		})
	}
}

func TestOutputDirectoryRules(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "run")
	if _, errs, code := entente(t, "run", "classroom-arms-race", "--quiet", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	t.Run("an earlier run is replaced whole", func(t *testing.T) {
		out, errs, code := entente(t, "run", "classroom-free-riders", "--no-plots", "-o", dir)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "replaced the earlier run") {
			t.Errorf("no word of the replacement:\n%s", out)
		}
		if _, err := os.Stat(filepath.Join(dir, results.PlotDir)); err == nil {
			t.Error("the new run was mixed with the old one: the old run's figures are there")
		}
		if !bytes.Contains(read(t, filepath.Join(dir, "summary.json")), []byte("classroom-free-riders")) {
			t.Error("summary.json is not the new run's")
		}
	})
	t.Run("a run directory that gained a file of the user's is not replaced", func(t *testing.T) {
		notes := filepath.Join(dir, "notes.txt")
		os.WriteFile(notes, []byte("keep me"), 0o644)
		_, errs, code := entente(t, "run", "classroom-arms-race", "--no-plots", "-o", dir)
		if code != 2 || !strings.Contains(errs, "notes.txt") || !strings.Contains(errs, "--force") {
			t.Errorf("exit %d, stderr %q: want 2, naming notes.txt and --force", code, errs)
		}
		if string(read(t, notes)) != "keep me" {
			t.Error("the user's file is gone")
		}
	})
	t.Run("a foreign directory needs --force", func(t *testing.T) {
		foreign := filepath.Join(base, "notes")
		os.MkdirAll(foreign, 0o755)
		mine := filepath.Join(foreign, "mine.txt")
		os.WriteFile(mine, []byte("keep me"), 0o644)
		_, errs, code := entente(t, "run", "classroom-arms-race", "-o", foreign)
		if code == 0 || !strings.Contains(errs, "--force") {
			t.Errorf("exit %d, stderr %q: want a refusal that names --force", code, errs)
		}
		if _, err := os.Stat(filepath.Join(foreign, "nations.csv")); err == nil {
			t.Error("wrote into a foreign directory without --force")
		}
		if _, errs, code := entente(t, "run", "classroom-arms-race", "--quiet", "--no-plots", "--force", "-o", foreign); code != 0 {
			t.Fatalf("with --force: exit %d: %s", code, errs)
		}
		if string(read(t, mine)) != "keep me" {
			t.Error("--force clobbered a file that is not the run's")
		}
		if _, err := os.Stat(filepath.Join(foreign, "nations.csv")); err != nil {
			t.Error("--force did not write the run")
		}
	})
}

func TestHelpVersionAndLists(t *testing.T) {
	if out, _, code := entente(t, "--version"); code != 0 || !strings.HasPrefix(out, "entente ") {
		t.Errorf("--version: %d %q", code, out)
	}
	for _, c := range commands() {
		if out, _, code := entente(t, c.name, "-h"); code != 0 || !strings.Contains(out, "Usage: entente "+c.name) {
			t.Errorf("%s -h: exit %d, output %q", c.name, code, out)
		}
	}
	out, _, code := entente(t, "scenarios")
	for _, name := range []string{"classroom-balance", "classroom-free-riders", "classroom-arms-race"} {
		if code != 0 || !strings.Contains(out, name) {
			t.Errorf("scenarios lacks %s:\n%s", name, out)
		}
	}
	if out, _, code := entente(t, "check", "classroom-balance"); code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("check: %d %q", code, out)
	}
	if out, _, code := entente(t, "params"); code != 0 || !strings.Contains(out, "\nx0 ") {
		t.Errorf("params: %d %q", code, out)
	}
	if out, _, code := entente(t, "landscape", "classroom-free-riders"); code != 0 || !strings.Contains(out, "E = ") {
		t.Errorf("landscape: %d %q", code, out)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestGenerateWritesALoadableWorld(t *testing.T) {
	out, errs, code := entente(t, "generate", "--nations", "40", "--seed", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "world.toml")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := entente(t, "check", path); code != 0 {
		t.Fatalf("check: exit %d: %s", code, errs)
	}
	if _, _, code := entente(t, "generate", "--nations", "1"); code != 2 {
		t.Errorf("--nations 1: exit %d, want 2", code)
	}
}

// lacks fails the test for each of wants that out, the output called
// what, does not contain.
func lacks(t *testing.T, what, out string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("%s lacks %q:\n%s", what, want, out)
		}
	}
}
