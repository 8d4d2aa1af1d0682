package main

import (
	"entente/internal/words"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 15: `entente landscape` with no argument works on the default
// scenario (more states than the exhaustive search takes: the largest are
// kept, and it says so), and counts take the noun's number.
func TestLandscapeOnTheDefaultAndPlurals(t *testing.T) {
	out, errs, code := entente(t, "landscape")
	if code != 0 || !strings.Contains(errs, "keeping the 24 largest") || !strings.Contains(out, "E = ") {
		t.Errorf("landscape: exit %d, %q %q", code, out, errs)
	}
	if strings.Contains(out, "1 local minima") {
		t.Errorf("a plural slip: %q", out)
	}
	out, _, _ = entente(t, "check", "classroom-balance")
	for _, slip := range []string{" 1 rivalries", " 1 alliances", " 1 ties", " 1 events", " 1 nations"} {
		if strings.Contains(out, slip) {
			t.Errorf("check: %q has %q", out, slip)
		}
	}
	if got := words.Count(1, "rivalry", "rivalries") + ", " + words.Count(2, "rivalry", "rivalries"); got != "1 rivalry, 2 rivalries" {
		t.Errorf("count: %q", got)
	}
}

// Issue 15: a run with overrides, or from a file, does not replace a
// different run's default directory: the baseline a teacher's text
// compares against stays.
func TestOverridesDoNotReplaceTheBaseline(t *testing.T) {
	t.Chdir(t.TempDir())
	base := filepath.Join("out", "classroom-free-riders-seed1")
	if _, errs, code := entente(t, "run", "classroom-free-riders", "--quiet", "--no-plots"); code != 0 {
		t.Fatalf("baseline: exit %d: %s", code, errs)
	}
	out, errs, code := entente(t, "run", "classroom-free-riders", "--no-plots", "--set", "psi0=0.6")
	if code != 0 || strings.Contains(out, "replaced") {
		t.Fatalf("with psi0=0.6: exit %d, %q %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(base, "summary.json")); err != nil {
		t.Errorf("the baseline is gone: %v", err)
	}
	dirs, _ := filepath.Glob(filepath.Join("out", "classroom-free-riders-seed1-*"))
	if len(dirs) != 1 {
		t.Errorf("the run with overrides went to %v, want one folder beside the baseline", dirs)
	}
	// The same overrides again replace only their own run.
	if _, _, code := entente(t, "run", "classroom-free-riders", "--quiet", "--no-plots", "--set", "psi0=0.6"); code != 0 {
		t.Errorf("again: exit %d", code)
	}
	if again, _ := filepath.Glob(filepath.Join("out", "classroom-free-riders-seed1-*")); len(again) != 1 {
		t.Errorf("again: %v", again)
	}
}
