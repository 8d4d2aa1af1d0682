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
	for _, want := range []string{"co-membership agreement", "FAIL", "targets hold"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	for _, f := range []string{"validation.csv", "validation.json"} {
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
