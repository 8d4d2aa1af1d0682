package scenarios

import (
	"errors"
	"strings"
	"testing"
)

// typeErrorBase is a small valid world; each case of TestTypeErrorHidesNothing
// replaces some of its lines.
const typeErrorBase = `[scenario]
name = "t"
description = "A test world."
start_year = 2000
end_year = 2010
geometry = "plane"

[model]
k = 0.5

[[nation]]
id = "ALP"
x = 0
y = 0
gdp = 500
share = 0.03

[[nation]]
id = "BET"
x = 1000
y = 0
gdp = 400
share = 0.04

[[alliance]]
name = "pact"
members = ["ALP", "BET"]

[[event]]
year = 2005
kind = "recession"
nations = ["BET"]
delta = 0.1
`

// TestTypeErrorHidesNothing: a value of the wrong type is reported with
// every other problem of the file (other entries, other keys of the same
// entry), and without problems that are only its consequence.
func TestTypeErrorHidesNothing(t *testing.T) {
	for _, c := range []struct {
		name    string
		replace []string // old, new pairs
		want    []string // each problem, in order, as the tail of its line
	}{
		{"another nation", []string{`gdp = 500`, `gdp = "big"`, `share = 0.04`, `share = 2`},
			[]string{`nation[0] (ALP).gdp: must be a number, got string "big"`, `nation[1] (BET).share: must be in [0, 1], got 2`}},
		{"same nation", []string{`gdp = 500`, `gdp = "big"`, `share = 0.03`, `share = -1`},
			[]string{`nation[0] (ALP).gdp: must be a number, got string "big"`, `nation[0] (ALP).share: must be in [0, 1], got -1`}},
		{"unknown key too", []string{`gdp = 500`, "gdp = true\ngpd = 3"},
			[]string{`nation[0] (ALP).gdp: must be a number, got boolean true`, `nation[0] (ALP).gpd: unknown key`}},
		{"model and a nation", []string{`k = 0.5`, `k = "high"`, `gdp = 400`, `gdp = -4`},
			[]string{`model.k: must be a number, got string "high"`, `nation[1] (BET).gdp: must not be negative, got -4`}},
		{"folded key and a scenario key", []string{`gdp = 500`, `GDP = 500`, `description = "A test world."`, `description = " "`},
			[]string{`scenario.description: must not be empty`, `nation[0] (ALP).GDP: unknown key (did you mean gdp?)`}},
		// An id of the wrong type: the references to it are not reported.
		{"id", []string{`id = "ALP"`, `id = 5`, `delta = 0.1`, `delta = 0.1
month = 13`},
			[]string{`nation[0].id: must be a string, got integer 5`, `event[0] (recession).month: must be in [1, 12], got 13`}},
		// Years of the wrong type: events are not checked against them.
		{"years", []string{`start_year = 2000`, `start_year = "2000"`, `share = 0.04`, `share = 1.5`},
			[]string{`scenario.start_year: must be an integer, got string "2000"`, `nation[1] (BET).share: must be in [0, 1], got 1.5`}},
		{"members", []string{`members = ["ALP", "BET"]`, `members = ["ALP", 2]`, `year = 2005`, `year = 2050`},
			[]string{`alliance[0].members: must be an array of strings, got integer 2 at [1]`, `event[0] (recession).year: must be within the run, [2000, 2010], got 2050`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := typeErrorBase
			for i := 0; i < len(c.replace); i += 2 {
				if !strings.Contains(text, c.replace[i]) {
					t.Fatalf("%q is not in the base", c.replace[i])
				}
				text = strings.Replace(text, c.replace[i], c.replace[i+1], 1)
			}
			_, err := Parse("t.toml", []byte(text), nil)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse = %v; want an *Error", err)
			}
			var got []string
			for _, p := range e.Problems {
				got = append(got, p.String())
			}
			if len(got) != len(c.want) {
				t.Fatalf("problems:\n%s\nwant %d:\n%s", strings.Join(got, "\n"), len(c.want), strings.Join(c.want, "\n"))
			}
			for i, w := range c.want {
				if !strings.HasSuffix(got[i], w) {
					t.Errorf("problem %d = %q, want …%q", i, got[i], w)
				}
			}
		})
	}
}
