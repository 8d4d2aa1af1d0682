package serve

import (
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
	for _, want := range []string{
		"1947: the USA, the UK, Italy and 7 others form an alliance against the USSR's bloc",
		"1947: the USSR, Poland, Czechoslovakia and 5 others form an alliance against the USA's bloc",
		"1949: West Germany joins the USA's alliance",
		"1949: Yugoslavia leaves the USSR's alliance: it no longer fears what its allies fear",
		"1948: Yugoslavia leaves the communist camp",
		"1990: East Germany merges into West Germany",
		"1990: Hungary, Poland, Romania and 1 other leave the USSR's alliance: they no longer fear what their allies fear",
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("no line %q in:\n%s", want, lines)
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
