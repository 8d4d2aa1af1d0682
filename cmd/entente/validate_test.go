package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateFailsABrokenScenario(t *testing.T) {
	// kappa_admit = 1 admits no one: no bloc can form, so the targets on
	// co-membership and bloc formation must fail, and the command exit 1.
	dir := filepath.Join(t.TempDir(), "v")
	out, errs, code := entente(t, "validate", "cold-war", "--seeds", "2", "--set", "kappa_admit=1", "-o", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 for a broken scenario\n%s\n%s", code, out, errs)
	}
	lacks(t, "table", out, "co-membership agreement", "FAIL", "targets hold")
	for _, f := range []string{"validation.csv", "validation.json", "run-values.csv", "pairs.csv", "shares.csv"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestValidateNeedsHistoricalTargets(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, errs, code := entente(t, "validate", "classroom-balance", "--seeds", "1"); code != 2 || !strings.Contains(errs, "no historical targets") {
		t.Errorf("exit %d, stderr %q: want 2 and a clear message", code, errs)
	}
	if _, _, code := entente(t, "validate", "cold-war", "--seeds", "0"); code != 2 {
		t.Errorf("--seeds 0: exit %d, want 2", code)
	}
}

// The tick-length report runs the targets at each tick length and prints
// them side by side.
func TestValidateTickLengths(t *testing.T) {
	out, errs, code := entente(t, "validate", "europe-1871", "--seeds", "2", "--ticks-per-year", "1,4")
	if code != 0 && code != 1 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	lacks(t, "report", out, "at 1, 4 ticks a year", "1 a year", "4 a year", "Germany and Austria-Hungary allied")
	if _, errs, code := entente(t, "validate", "cold-war", "--ticks-per-year", "1,3"); code != 2 || !strings.Contains(errs, "1, 4 or 12") {
		t.Errorf("--ticks-per-year 1,3: exit %d, stderr %q", code, errs)
	}
	if _, _, code := entente(t, "validate", "cold-war", "--workers", "-3"); code != 2 {
		t.Errorf("--workers -3: exit %d, want 2", code)
	}
}

// --without leaves a scenario's events of some kinds out of its runs: the
// report says so in its title and its JSON, writes to a directory of its
// own, and a kind that cannot be left out is bad input.
func TestValidateWithout(t *testing.T) {
	t.Chdir(t.TempDir())
	out, errs, code := entente(t, "validate", "europe-1871", "--seeds", "2", "--without", "threat_shock,detente")
	if code != 0 && code != 1 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "europe-1871 without its detente and threat_shock events over 2 seeds") {
		t.Errorf("title does not name what was left out:\n%s", out)
	}
	dir := filepath.Join("out", "europe-1871-validation-without-detente-threat_shock")
	js, err := os.ReadFile(filepath.Join(dir, "validation.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"left_out": [`) || !strings.Contains(string(js), `"threat_shock"`) {
		t.Errorf("validation.json does not record what was left out:\n%.300s", js)
	}
	for _, bad := range []string{"entry", "merge", "shock"} {
		if _, errs, code := entente(t, "validate", "europe-1871", "--seeds", "1", "--without", bad); code != 2 || !strings.Contains(errs, "can be left out are") {
			t.Errorf("--without %s: exit %d, stderr %q; want 2 and the kinds that can be", bad, code, errs)
		}
	}
	out, errs, code = entente(t, "validate", "europe-1871", "--seeds", "1", "--ticks-per-year", "1", "--without", "war")
	if (code != 0 && code != 1) || !strings.Contains(out, "europe-1871 without its war events over 1 seeds at 1 ticks a year") {
		t.Errorf("tick report --without war: exit %d, %s\n%s", code, errs, out)
	}
}

// The report says what stops history's new pacts in its first run, and
// validation.json keeps the whole list.
func TestValidateSaysWhatStopsNewPacts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "v")
	out, errs, code := entente(t, "validate", "asia-1950", "--seeds", "2", "-o", dir)
	if code != 0 && code != 1 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	lacks(t, "report", out, "what stops history's new pacts, in the run of seed 1: the 1022 pair-years",
		"  the stronger's admission κ", "allied in the run")
	js, err := os.ReadFile(filepath.Join(dir, "validation.json"))
	if err != nil || !strings.Contains(string(js), `"blockers": [`) || !strings.Contains(string(js), `"what": "the stronger's value"`) {
		t.Errorf("validation.json: %v, its blockers missing", err)
	}
}
