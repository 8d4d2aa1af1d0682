package suggest

import "testing"

func TestClosest(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"cold-wr", "cold-war"},
		{"defence_share", "defense_share"},
		{"kapa_admit", "kappa_admit"},
		{"seeds", "seed"},
		{"zzzzzz", ""},   // nothing near
		{"cold-war", ""}, // the word itself is no suggestion
		{"k", ""},        // one letter: too short to guess from
	} {
		if got := Closest(c.word, []string{"cold-war", "defense_share", "kappa_admit", "seed", "x0"}); got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
	if h := Hint("cold-wr", []string{"cold-war"}); h != " (did you mean cold-war?)" {
		t.Errorf("Hint: %q", h)
	}
}
