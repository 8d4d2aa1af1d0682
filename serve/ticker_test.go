package serve

import (
	"regexp"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// tell runs a built-in to its end and returns every ticker line. It names
// the alliances as a session does: every frame, the setup's included,
// names the alliances it shows, so that an alliance keeps the name it had
// before a stronger state joined it.
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
	newTickFrame(0, w, nil, nm)
	for w.Step() {
		ls := tickerLines(w, nm)
		for _, l := range ls {
			lines = append(lines, l.Text)
		}
		newTickFrame(0, w, ls, nm)
	}
	return lines
}

func TestTickerTellsTheColdWar(t *testing.T) {
	told := tell(t, "cold-war")
	lines := strings.Join(told, "\n")
	// The kinds of line a class hears, as the cold war tells them (the
	// details follow the model: the exact members are the model's). The
	// run starts with the wartime pacts in force in 1947, the USSR's among
	// them; each is a treaty of two, which no third state joins, so each
	// bloc grows from a pact the model founds, and a start pact whose
	// members all come under one leader merges into that leader's larger
	// pact. A pact in force at the start is called by the scenario's name
	// for it (ATOP 3025, 2563), as in the story, the files and the figures.
	for _, want := range []string{
		`(?m)^19[45]\d: .* form an alliance against the USA('s bloc)?$`,
		`(?m)^19[45]\d: .* form an alliance against the USSR('s bloc)?$`,
		`(?m)^19[45]\d: .*West Germany.* (joins? ((the )?\w+'s alliance|ATOP \d+)|form an alliance against the USSR's bloc)$`,
		`(?m)^1949: West Germany appears \(Federal Republic of Germany founded\)$`,
		`(?m)^1948: Berlin blockade$`,
		`(?m)^1990: East Germany merges into West Germany$`,
		`(?m)^19[45]\d: ATOP (3025|2563) dissolves: it merges into (the )?\w+'s alliance$`,
		`(?m)^19\d\d: .* leaves? (the )?\w+'s alliance: ((it|they) no longer fears? what (its|their) allies fear|staying costs more than it protects)$`,
		`(?m)^19\d\d: .* leaves? (the )?\w+'s alliance: (it has become a rival|they have become rivals) of the USSR$`,
	} {
		if !regexp.MustCompile(want).MatchString(lines) {
			t.Errorf("no line matching %q in:\n%s", want, lines)
		}
	}
	// Every departure is told in words, never as the engine's cause.
	plain := regexp.MustCompile(`: (it no longer fears what its allies fear|they no longer fear what their allies fear|` +
		`staying costs more than it protects|it has become a rival of .+|they have become rivals of .+|` +
		`another of its pacts is aimed at .+|other pacts of theirs are aimed at .+)$`)
	departure := regexp.MustCompile(`^[^:]+: .* leaves? .*alliance: `)
	for _, l := range told {
		if departure.MatchString(l) && !plain.MatchString(l) {
			t.Errorf("a departure without a plain reason: %s", l)
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

// A member that left a pact for another of its pacts, aimed at a fellow
// member, or a pact aimed at its ally in another it keeps, is told so, with
// the state named; departures for the same state from several pacts are
// one kind.
func TestTickerTellsACrossedPact(t *testing.T) {
	names := map[string]string{"GRC": "Greece", "AUH": "Austria-Hungary"}
	for _, c := range []struct {
		causes    [2]string
		one, more string
	}{
		{[2]string{"in A9, a pact aimed at a fellow member, GRC", "in A12, a pact aimed at a fellow member, GRC"},
			"another of its pacts is aimed at Greece", "other pacts of theirs are aimed at Greece"},
		{[2]string{"aimed at AUH, its ally in A1", "aimed at AUH, its ally in A5"},
			"the pact is aimed at its ally Austria-Hungary", "the pact is aimed at their ally Austria-Hungary"},
	} {
		a, b := leaveKind(c.causes[0]), leaveKind(c.causes[1])
		if a != b {
			t.Errorf("kinds %q and %q differ for one state", a, b)
		}
		if got := leaveReason(a, 1, names); got != c.one {
			t.Errorf("one member: %q, want %q", got, c.one)
		}
		if got := leaveReason(a, 2, names); got != c.more {
			t.Errorf("two members: %q, want %q", got, c.more)
		}
	}
}
