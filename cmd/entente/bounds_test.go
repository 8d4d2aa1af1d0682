package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// armsRace is classroom-arms-race's text: the base.toml.
func armsRace(t *testing.T) string {
	t.Helper()
	sc, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "builtin", "classroom-arms-race.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(sc)
}

// Issue 18, findings 1 (the command line's part), 4 and 5, as the attacker
// sent them: each value is refused before running, exit 2, with a message
// naming the key or the nation, `check` refuses it too, and nothing is
// written (no run, no staging directory). Before, shift_window = 1e19
// panicked with a Go trace and `check` called it ok; the others ran to
// exit 0 with NaN and infinity written as empty cells, or with their
// meaning reversed by an integer overflow.
func TestOutOfRangeValuesExitTwo(t *testing.T) {
	base := armsRace(t)
	firstNation := strings.Index(base, "[[nation]]")
	dir := t.TempDir()
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	nation := func(key string) string { // WES's key = 1e308
		return file(key+".toml", strings.Replace(base, "gdp = 800.0", "gdp = 800.0\n"+key+" = 1e308", 1))
	}
	for _, tc := range []struct {
		name     string
		scenario string
		sets     []string
		want     string
	}{
		// Finding 1.
		{"shift_window 1e19 by --set", "classroom-arms-race", []string{"shift_window=1e19"}, "model.shift_window: must be in [0, 1000], got 1e+19"},
		{"shift_window 1e19 in the file", file("shift.toml", base[:firstNation]+"[model]\nshift_window = 1e19\n\n"+base[firstNation:]),
			nil, "model.shift_window: must be in [0, 1000], got 1e+19"},
		// Finding 4: the model's keys, then the nation's.
		{"e 1e308", "classroom-arms-race", []string{"e=1e308"}, "model.e: must be in (0, 1e6], got 1e+308"},
		{"sigma_g 1e308", "classroom-arms-race", []string{"sigma_g=1e308"}, "model.sigma_g: must be in [0, 1], got 1e+308"},
		{"d_base 1e308", "classroom-arms-race", []string{"d_base=1e308"}, "model.d_base: must be in [−1, 1], got 1e+308"},
		{"r_int 1e308", "classroom-arms-race", []string{"r_int=1e308"}, "model.r_int: must be in (−1, 1], got 1e+308"},
		{"s_ref, a key the model no longer has", "classroom-arms-race", []string{"s_ref=1e308"}, "unknown key"},
		{"gdp 1e308", file("gdp.toml", strings.Replace(base, "gdp = 800.0", "gdp = 1e308", 1)), nil,
			"nation[0] (WES).gdp: must be at most 1e+09, got 1e+308"},
		{"growth 1e308", nation("growth"), nil, "nation[0] (WES).growth: must be at most 1, got 1e+308"},
		{"volatility 1e308", nation("volatility"), nil, "nation[0] (WES).volatility: must be in [0, 1], got 1e+308"},
		{"deficit 1e308", nation("deficit"), nil, "nation[0] (WES).deficit: must be in [−1, 1], got 1e+308"},
		// Finding 5.
		{"patience 1e19", "classroom-arms-race", []string{"patience=1e19"}, "model.patience: must be in [0, 1000], got 1e+19"},
		{"exit_patience 1e19", "classroom-arms-race", []string{"exit_patience=1e19"}, "model.exit_patience: must be in [0, 1000], got 1e+19"},
		{"loan_term 1e19", "classroom-arms-race", []string{"loan_term=1e19"}, "model.loan_term: must be in (0, 1000], got 1e+19"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var sets []string
			for _, s := range tc.sets {
				sets = append(sets, "--set", s)
			}
			parent := t.TempDir()
			out := filepath.Join(parent, "run")
			_, errs, code := entente(t, append([]string{"run", tc.scenario, "--quiet", "--no-plots", "-o", out}, sets...)...)
			if code != 2 || !strings.Contains(errs, tc.want) || strings.Contains(errs, "goroutine") {
				t.Errorf("run: exit %d, %q; want exit 2 and %q", code, errs, tc.want)
			}
			if entries, _ := os.ReadDir(parent); len(entries) != 0 {
				t.Errorf("run wrote %v", entries)
			}
			stdout, errs, code := entente(t, append([]string{"check", tc.scenario}, sets...)...)
			if code != 2 || !strings.Contains(errs, tc.want) || strings.Contains(stdout, "ok") {
				t.Errorf("check: exit %d, %q %q; want exit 2 and %q", code, stdout, errs, tc.want)
			}
		})
	}
}

// The finiteness guard is always on, not only with --check: a run that
// overflows (three economies doubling every year for a thousand years;
// every value is in range, the length is what overflows) fails, naming the
// tick, the nation and the quantity, and leaves nothing behind.
func TestNonFiniteRunFails(t *testing.T) {
	text := strings.Replace(armsRace(t), "end_year = 2040", "end_year = 3100", 1)
	for _, gdp := range []string{"gdp = 800.0", "gdp = 700.0", "gdp = 150.0"} {
		text = strings.Replace(text, gdp, gdp+"\ngrowth = 1", 1)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "doubling.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := entente(t, "check", path); code != 0 {
		t.Fatalf("check: exit %d: %s", code, errs)
	}
	out := filepath.Join(dir, "out")
	_, errs, code := entente(t, "run", path, "--quiet", "--no-plots", "-o", out)
	want := "tick 1014 (3014): nation WES: GDP is +Inf, not a finite number"
	if code != 1 || !strings.Contains(errs, want) {
		t.Errorf("exit %d, %q; want exit 1 and %q", code, errs, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the failed run left %v", entries)
	}
}
