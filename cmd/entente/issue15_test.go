package main

import (
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
	if got := count(1, "rivalry", "rivalries") + ", " + count(2, "rivalry", "rivalries"); got != "1 rivalry, 2 rivalries" {
		t.Errorf("count: %q", got)
	}
}
