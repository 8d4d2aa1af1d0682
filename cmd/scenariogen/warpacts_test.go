package main

import (
	"testing"
	"time"
)

// A start pact is marked made in a war by one rule from ATOP and COW: the
// Triple Alliance of 1865 against Paraguay, left out of the Americas of
// 1870, to its war's last day of fighting (1 March 1870); the Pacific
// alliance of 1865 against Spain to that of Chile's spell's war (9 May
// 1866), and Czechoslovakia's treaty of 1943 with the Soviet Union to the
// Second World War's, though the first spell of each codes no war; NATO, made in no war, and the Sino-Soviet treaty of 1945
// against Japan where Japan is one of the era's states at
// the start (as in East Asia 1990), not at all. In East Asia 1950 Japan,
// out of the system until 1952, is outside the era at the start, and the
// treaty is marked.
func TestWarPactsFromTheData(t *testing.T) {
	d := committed(t)
	for _, c := range []struct {
		era    string
		specs  []nationSpec
		start  int
		atopid int
		marked bool
		ends   time.Time
	}{
		{"americas-1870", americas1870Specs(), am70Start, 1255, true, time.Date(1870, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"americas-1870", americas1870Specs(), am70Start, 1260, true, time.Date(1866, 5, 9, 0, 0, 0, 0, time.UTC)},
		{"cold-war", coldWarSpecs(), cwStart, 2563, true, time.Date(1945, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"cold-war", coldWarSpecs(), cwStart, 3180, false, time.Time{}},
		{"cold-war", coldWarSpecs(), cwStart, 2535, true, time.Date(1945, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"asia-1990", asia1990Specs(), 1990, 3030, false, time.Time{}}, // the rule alone: Japan is in the era
		{"asia-1950", asiaSpecs(), 1950, 3030, true, time.Date(1945, 8, 14, 0, 0, 0, 0, time.UTC)},
	} {
		wp, ok := d.warPactOf(c.specs, c.start, c.atopid)
		if ok != c.marked {
			t.Errorf("%s, ATOP %d: marked %v, want %v (%s)", c.era, c.atopid, ok, c.marked, wp.why)
			continue
		}
		if ok && !wp.ends.Equal(c.ends) {
			t.Errorf("%s, ATOP %d: its war ends %v, want %v", c.era, c.atopid, wp.ends, c.ends)
		}
	}
}
