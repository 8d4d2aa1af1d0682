package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// balance is classroom-balance's text, the base of the odd files.
func balance(t *testing.T) string {
	t.Helper()
	sc, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "builtin", "classroom-balance.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(sc)
}

// Hostile and odd input: each gets a clear message and exit code 2, never
// a panic or a stack trace, and nothing is written. DIR stands for the
// test's directory in the messages.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	base := balance(t)
	garbage := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(r.UintN(256))
	}
	garbage[0], garbage[1] = 0x1b, 0x88 // an escape and an invalid byte first
	firstNation := strings.Index(base, "[[nation]]")
	files := map[string]string{
		"empty.toml":     "",
		"garbage.toml":   string(garbage),
		"nan.toml":       strings.Replace(strings.Replace(base, "gdp = 1200.0", "gdp = nan", 1), "share = 0.02\n", "share = -inf\n", 1),
		"ticks0.toml":    strings.Replace(base, "ticks_per_year = 1", "ticks_per_year = 0", 1),
		"ticksneg.toml":  strings.Replace(base, "ticks_per_year = 1", "ticks_per_year = -4", 1),
		"years.toml":     strings.Replace(base, "start_year = 2000", "start_year = 2050", 1),
		"zero.toml":      base[:firstNation],
		"duptable.toml":  strings.Replace(base, "[scenario]", "[scenario]\nname = \"x\"\n[scenario]", 1),
		"nonutf8.toml":   strings.Replace(base, `name = "Norland"`, "name = \"Nor\xff\xfeland\"", 1),
		"directory.toml": "",
	}
	for name, text := range files {
		if name == "directory.toml" {
			os.Mkdir(filepath.Join(dir, name), 0o755)
			continue
		}
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	big, _ := os.Create(filepath.Join(dir, "big.toml"))
	big.Truncate(50 << 20) // a 50 MiB file (sparse: no disk needed)
	big.Close()
	os.WriteFile(filepath.Join(dir, "afile"), []byte("x"), 0o644)

	for _, tc := range []struct {
		args []string
		want string // stderr, DIR for the directory; a prefix when it ends in "…"
	}{
		{[]string{"run", "DIR/empty.toml"}, "entente: DIR/empty.toml: scenario.name: is required\n…"},
		{[]string{"run", "DIR/garbage.toml"}, "entente: DIR/garbage.toml:1:1: TOML files cannot contain control characters: '0x1b'\n\t\uFFFD…"},
		{[]string{"run", "DIR/big.toml"}, "entente: DIR/big.toml: the file is 50.0 MiB; a scenario may be at most 32 MiB\n"},
		{[]string{"run", "DIR/nan.toml"}, "entente: DIR/nan.toml:48:1: nation[0] (NOR).gdp: must be a finite number, got NaN\nDIR/nan.toml:61:1: nation[1] (AUR).share: must be a finite number, got -Inf\n"},
		{[]string{"run", "DIR/ticks0.toml"}, "entente: DIR/ticks0.toml:37:1: scenario.ticks_per_year: must be 1, 4 or 12, got 0\n"},
		{[]string{"run", "DIR/ticksneg.toml"}, "entente: DIR/ticksneg.toml:37:1: scenario.ticks_per_year: must be 1, 4 or 12, got -4\n"},
		{[]string{"run", "DIR/years.toml"}, "entente: DIR/years.toml:36:1: scenario.end_year: must not be before start_year (2050), got 2040\n"},
		{[]string{"run", "DIR/zero.toml"}, "entente: DIR/zero.toml: nation: the world has no nations: at least one [[nation]] is required\n"},
		{[]string{"run", "DIR/duptable.toml"}, "entente: DIR/duptable.toml:7:2: Key 'scenario' has already been defined.\n\t[scenario]\n\t ^\n"},
		{[]string{"run", "DIR/nonutf8.toml"}, "entente: DIR/nonutf8.toml:44:9: invalid UTF-8 byte: 0xff\n\tname = \"Nor\uFFFD\uFFFDland\"\n\t        ^\n"},
		{[]string{"run", "DIR/directory.toml"}, "entente: DIR/directory.toml: is a directory, not a scenario file\n"},
		{[]string{"run", "classroom-balance", "-o", "DIR/afile"}, "entente: output directory DIR/afile cannot be used: it is a file\n"},
		{[]string{"run", "classroom-balance", "-o", "/proc/entente-out"}, "entente: output directory /proc/entente-out cannot be used: cannot write in /proc: no such file or directory\n"},
		{[]string{"run", "classroom-balance", "-o", "DIR/afile/run"}, "entente: output directory DIR/afile/run cannot be used: not a directory\n"},
		{[]string{"run", "classroom-balance", "--seed", "-1"}, "entente: --seed \"-1\": want a whole number ≥ 0\n"},
		{[]string{"run", "classroom-balance", "--set", "k=nan"}, "entente: --set k=nan: must be a finite number, got NaN\n"},
		{[]string{"run", "classroom-balance", "--set", "ticks_per_year=0"}, "entente: scenario.ticks_per_year: must be 1, 4 or 12, got 0 (from --set ticks_per_year=0)\n"},
		{[]string{"sweep", "--scenario", "classroom-balance", "--param", "k=nan,0.2"}, "entente: --param k=nan,0.2: values must be finite\n"},
	} {
		args := make([]string, len(tc.args))
		for i, a := range tc.args {
			args[i] = strings.ReplaceAll(a, "DIR", dir)
		}
		out := filepath.Join(dir, "out-"+regexp.MustCompile(`\W+`).ReplaceAllString(strings.Join(tc.args, "-"), "_"))
		if !slicesContain(args, "-o") && args[0] == "run" {
			args = append(args, "-o", out)
		}
		_, errs, code := entente(t, args...)
		errs = strings.ReplaceAll(errs, dir, "DIR")
		if code != exitInput {
			t.Errorf("%v: exit %d, want 2\n%s", tc.args, code, errs)
		}
		if want, prefix := strings.CutSuffix(tc.want, "…"); (prefix && !strings.HasPrefix(errs, want)) || (!prefix && errs != want) {
			t.Errorf("%v:\ngot  %q\nwant %q", tc.args, errs, tc.want)
		}
		if strings.Contains(errs, "goroutine ") || strings.Contains(errs, "panic") {
			t.Errorf("%v: a stack trace:\n%s", tc.args, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: wrote %s", tc.args, out)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".entente-staging-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging directories left: %v", leftovers)
	}
}

func slicesContain(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// One nation is a valid, if lonely, world: it runs.
func TestOneNation(t *testing.T) {
	base := balance(t)
	first := strings.Index(base, "[[nation]]")
	second := first + 1 + strings.Index(base[first+1:], "[[nation]]")
	path := filepath.Join(t.TempDir(), "one.toml")
	os.WriteFile(path, []byte(base[:second]), 0o644)
	out, errs, code := entente(t, "run", path, "--check", "--no-plots", "-o", filepath.Join(t.TempDir(), "run"))
	if code != 0 || !strings.Contains(out, "41 ticks, 1 nations") {
		t.Errorf("exit %d: %s %s", code, out, errs)
	}
}

// A full disk (a writer that fails) and an interrupted run leave nothing
// behind: no run directory, no staging directory.
func TestFailedWritesLeaveNothing(t *testing.T) {
	var full failingWriter
	rec, err := results.NewRecorder(&full, &full, &full, &full)
	if err == nil {
		_, err = rec, rec.Flush()
	}
	if err == nil || !strings.Contains(err.Error(), "no space left on device") {
		t.Errorf("a full disk: got %v", err)
	}
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := sim.New(sc.Config, 0)
	root := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = results.Execute(ctx, w, results.Options{Dir: filepath.Join(root, "run")})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted run: %v", err)
	}
	if left, _ := os.ReadDir(root); len(left) != 0 {
		t.Errorf("an interrupted run left %v", left)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) {
	return 0, errors.New("write: no space left on device")
}
