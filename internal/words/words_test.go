package words

import "testing"

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 rivalries", 1: "1 rivalry", 2: "2 rivalries"} {
		if got := Count(n, "rivalry", "rivalries"); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}
