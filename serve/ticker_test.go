package serve

import (
	"regexp"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// tell runs a built-in to its end and returns every ticker line.
func tell(t *testing.T, name string) []string {
	t.Helper()
	sc, err := scenarios.Load(name, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	nm := namer{}
	for w.Step() {
		for _, l := range tickerLines(w, nm) {
			lines = append(lines, l.Text)
		}
	}
	return lines
}

func TestTickerTellsTheColdWar(t *testing.T) {
	lines := strings.Join(tell(t, "cold-war"), "\n")
	// The kinds of line a class hears, as the cold war tells them (the
	// details follow the model: the exact members are the model's).
	for _, want := range []string{
		`(?m)^1947: the USSR, .* form an alliance against the USA`,
		`(?m)^194\d: .* form an alliance against the USSR`,
		`(?m)^1949: .*West Germany.* joins? the \w+'s alliance`,
		`(?m)^1949: West Germany appears \(Federal Republic of Germany founded\)$`,
		`(?m)^1948: Berlin blockade$`,
		`(?m)^1990: East Germany merges into West Germany$`,
		`(?m)^19\d\d: .* leaves? the USSR's alliance: (it|they) no longer fears? what (its|their) allies fear$`,
	} {
		if !regexp.MustCompile(want).MatchString(lines) {
			t.Errorf("no line matching %q in:\n%s", want, lines)
		}
	}
}

func TestTickerTellsADissolution(t *testing.T) {
	lines := strings.Join(tell(t, "classroom-balance"), "\n")
	for _, want := range []string{"form an alliance against", "is strained: ", "dissolves: "} {
		if !strings.Contains(lines, want) {
			t.Errorf("no line with %q in:\n%s", want, lines)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"Albania", "Bulgaria"}, "Albania and Bulgaria"},
		{[]string{"a", "b", "c"}, "a, b and c"},
		{[]string{"a", "b", "c", "d"}, "a, b, c and 1 other"},
		{[]string{"a", "b", "c", "d", "e"}, "a, b, c and 2 others"},
	} {
		if got := listNames(tc.in); got != tc.want {
			t.Errorf("listNames(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for in, want := range map[string]string{"United States": "the USA's", "Netherlands": "the Netherlands'", "France": "France's"} {
		if got := possessive(spoken(in)); got != want {
			t.Errorf("possessive(spoken(%q)) = %q, want %q", in, got, want)
		}
	}
}
