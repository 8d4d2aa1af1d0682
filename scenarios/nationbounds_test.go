package scenarios

import (
	"errors"
	"os"
	"strings"
	"testing"

	"entente/sim"
)

// boundsBase is a small valid world for the bounds' cases: two rivals, an
// alliance of both with a third, an aid programme.
const boundsBase = `
[scenario]
name = "bounds"
description = "Three states."
start_year = 2000
end_year = 2030
ticks_per_year = 4
geometry = "plane"

[model]

[[nation]]
id = "AAA"
x = 0.0
y = 0.0
gdp = 500.0
share = 0.03

[[nation]]
id = "BBB"
x = 800.0
y = 0.0
gdp = 400.0
share = 0.03

[[nation]]
id = "CCC"
x = 0.0
y = 800.0
gdp = 100.0
share = 0.02

[[rivalry]]
a = "AAA"
b = "BBB"
level = 0.8

[[alliance]]
name = "pact"
members = ["AAA", "CCC"]

[[event]]
year = 2001
kind = "aid_programme"
donor = ["AAA"]
recipient = ["CCC"]
amount = 2.0
duration = 5
`

// withLines puts extra lines after the first line that starts with after.
func withLines(t *testing.T, after string, lines ...string) string {
	t.Helper()
	i := strings.Index(boundsBase, "\n"+after)
	if i < 0 {
		t.Fatalf("no line %q", after)
	}
	end := i + 1 + strings.Index(boundsBase[i+1:], "\n")
	return boundsBase[:end+1] + strings.Join(lines, "\n") + "\n" + boundsBase[end+1:]
}

// Issue 18, finding 4: a nation's gdp, growth, volatility or deficit of
// 1e308 (and debt or capability) ran to exit 0 with NaN and infinity
// written as empty cells. Each is now refused, naming the nation and the
// key; at its bound each loads and runs with every value finite.
func TestNationBounds(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want string // "" : loads, and runs finite
	}{
		{"gdp 1e308", strings.Replace(boundsBase, "gdp = 500.0", "gdp = 1e308", 1), "nation[0] (AAA).gdp: must be at most 1e+09, got 1e+308"},
		{"growth 1e308", withLines(t, `id = "AAA"`, "growth = 1e308"), "nation[0] (AAA).growth: must be at most 1, got 1e+308"},
		{"volatility 1e308", withLines(t, `id = "AAA"`, "volatility = 1e308"), "nation[0] (AAA).volatility: must be in [0, 1], got 1e+308"},
		{"deficit 1e308", withLines(t, `id = "AAA"`, "deficit = 1e308"), "nation[0] (AAA).deficit: must be in [−1, 1], got 1e+308"},
		{"deficit -1e308", withLines(t, `id = "AAA"`, "deficit = -1e308"), "nation[0] (AAA).deficit: must be in [−1, 1], got -1e+308"},
		{"debt 1e308", withLines(t, `id = "BBB"`, "debt = 1e308"), "nation[1] (BBB).debt: must be at most 100, got 1e+308"},
		{"capability 1e308", withLines(t, `id = "CCC"`, "capability = 1e308"), "nation[2] (CCC).capability: must be at most 1e+15, got 1e+308"},
		{"a steady state beyond the bound", strings.Replace(withLines(t, `[model]`, "delta = 1e-300"), `id = "AAA"`, "id = \"AAA\"\ngrowth = -0.5", 1),
			"nation[0] (AAA).capability: the steady state share × gdp × model.e / (model.delta + max(0, growth)) is 1.5e+301, above 1e+15"},
		{"an aid programme of 1e308 a year", strings.Replace(boundsBase, "amount = 2.0", "amount = 1e308", 1),
			"event[0] (aid_programme).amount: must be at most 1e+09, got 1e+308"},
		{"an alliance founded in year -9e18", withLines(t, `name = "pact"`, "founded = -9000000000000000000"),
			"alliance[0].founded: must be in [-9999, 9999], got -9000000000000000000"},
		// At the bounds: loads and runs.
		{"every nation field at its bound", withLines(t, `id = "BBB"`, "growth = 1", "volatility = 1",
			"deficit = 1", "debt = 100", "capability = 1e15"), ""},
		{"the largest gdp", strings.Replace(boundsBase, "gdp = 500.0", "gdp = 1e9", 1), ""},
		{"the least growth and deficit", withLines(t, `id = "CCC"`, "growth = -0.999999", "deficit = -1"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse("bounds.toml", []byte(tc.text), nil)
			if tc.want != "" {
				var bad *Error
				if !errors.As(err, &bad) || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("got %v, want a problem %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			w, err := sim.New(s.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			c := sim.NewChecker(w)
			for w.Step() {
				if err := c.Check(w); err != nil {
					t.Fatalf("tick %d: %v", w.Tick(), err)
				}
			}
			if err := w.Err(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// A rivalry from a year far before the start is in force from the start:
// the year's distance to the start, in ticks, overflowed int64 and put the
// start far after the end.
func TestRivalryFromLongAgo(t *testing.T) {
	text := withLines(t, `level = 0.8`, "from = -9000000000000000000")
	s, err := Parse("bounds.toml", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Config.Rivalries[0]; r.From != 0 || r.Until != 0 {
		t.Errorf("the rivalry is in force from tick %d until %d, want 0 and 0 (the whole run)", r.From, r.Until)
	}
}

// The built-in worlds are inside every bound.
func TestBuiltinsInsideNationBounds(t *testing.T) {
	for _, b := range Builtins() {
		data, err := os.ReadFile("builtin/" + b.Name + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(b.Name+".toml", data, nil); err != nil {
			t.Errorf("%s: %v", b.Name, err)
		}
	}
}
