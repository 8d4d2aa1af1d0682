package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 18, finding 8: worlds that are valid but cannot fit are refused
// before anything is allocated, exit 2, saying how much they need. The
// limits here are set low with --max-memory, as a machine with less memory
// would set them; validate --seeds 100000000 is refused at the machine's
// own limit (its records alone are terabytes).
func TestWorldsThatDoNotFitAreRefused(t *testing.T) {
	parent := t.TempDir()
	run := filepath.Join(parent, "run")
	if _, errs, code := entente(t, "run", "classroom-balance", "--quiet", "-o", run); code != 0 {
		t.Fatalf("a run to plot: exit %d: %s", code, errs)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"check", []string{"check", "cold-war", "--max-memory", "0.0001"}},
		{"run", []string{"run", "cold-war", "--quiet", "--no-plots", "--max-memory", "0.0001", "-o", filepath.Join(parent, "never")}},
		{"validate, many seeds", []string{"validate", "cold-war", "--seeds", "100000000", "-o", filepath.Join(parent, "never")}},
		{"validate at tick lengths", []string{"validate", "cold-war", "--seeds", "100000000", "--ticks-per-year", "1,4"}},
		{"plot", []string{"plot", run, "--quiet", "--max-memory", "0.00001"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, code := entente(t, tc.args...)
			if code != 2 || !strings.Contains(errs, "of memory, more than the limit") {
				t.Errorf("exit %d, %q; want exit 2 and the memory it needs", code, errs)
			}
			if _, err := os.Stat(filepath.Join(parent, "never")); err == nil {
				t.Error("it wrote a run")
			}
		})
	}
	// Within the limit, check says what a run needs.
	stdout, errs, code := entente(t, "check", "cold-war")
	if code != 0 || !strings.Contains(stdout, "a run needs about") {
		t.Errorf("check: exit %d, %q %q", code, stdout, errs)
	}
}
