package scenarios

import (
	"errors"
	"strings"
	"testing"
)

const initialWorld = `
[scenario]
name = "initial"
description = "A world whose hostilities are new and whose alliance is old."
start_year = 2000
end_year = 2010
geometry = "plane"
perceived_threat = 0.25
share_years = 3

[[nation]]
id = "AAA"
x = 0.0
y = 0.0
gdp = 100.0
share = 0.02

[[nation]]
id = "BBB"
x = 500.0
y = 0.0
gdp = 50.0
share = 0.02

[[alliance]]
members = ["AAA", "BBB"]
founded = 1949
`

func TestInitialConditions(t *testing.T) {
	sc, err := Parse("initial.toml", []byte(initialWorld), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := sc.Config.LatentThreat; got != 0.75 {
		t.Errorf("latent threat = %v, want 0.75 (perceived_threat 0.25)", got)
	}
	if got := sc.Config.ShareYears; got != 3 {
		t.Errorf("share years = %v, want 3", got)
	}
	if got := sc.Config.Alliances[0].Age; got != 51 {
		t.Errorf("alliance age = %v, want 51 (founded 1949, start 2000)", got)
	}
	t.Run("a pact made in a war", func(t *testing.T) {
		for _, c := range []struct {
			keys string
			tpy  string
			want int
		}{
			{"made_in_war = true\nwar_ends = 2001\nwar_ends_month = 7", "1", 1},
			{"made_in_war = true\nwar_ends = 2001\nwar_ends_month = 7", "12", 18},
			{"made_in_war = true\nwar_ends = 2001", "4", 4},
			{"made_in_war = true\nwar_ends = 1945", "4", 0}, // over by the start
			{"made_in_war = true", "4", 0},                  // undated: over by the start
		} {
			src := strings.Replace(initialWorld, "founded = 1949", "founded = 1949\n"+c.keys, 1)
			sc, err := Parse("initial.toml", []byte(src), []string{"ticks_per_year=" + c.tpy})
			if err != nil {
				t.Fatalf("%q: %v", c.keys, err)
			}
			if a := sc.Config.Alliances[0]; !a.MadeInWar || a.WarEnds != c.want {
				t.Errorf("%q at %s ticks a year: made in war %v, ends at tick %d, want true, %d", c.keys, c.tpy, a.MadeInWar, a.WarEnds, c.want)
			}
		}
		if a := sc.Config.Alliances[0]; a.MadeInWar || a.Renews || a.Organised {
			t.Errorf("a pact with none of the keys: made in war %v, renews %v, organised %v", a.MadeInWar, a.Renews, a.Organised)
		}
	})
	t.Run("a treaty renewed during the run", func(t *testing.T) {
		src := strings.Replace(initialWorld, "founded = 1949", "founded = 1949\nrenewal = 2003\nrenewal_month = 4\norganised = true", 1)
		sc, err := Parse("initial.toml", []byte(src), []string{"ticks_per_year=4"})
		if err != nil {
			t.Fatal(err)
		}
		if a := sc.Config.Alliances[0]; !a.Renews || a.Renewal != 13 || a.MadeInWar || !a.Organised {
			t.Errorf("renews %v at tick %d (made in war %v, organised %v), want true at tick 13 (April 2003 at four ticks a year), organised", a.Renews, a.Renewal, a.MadeInWar, a.Organised)
		}
	})
	t.Run("a treaty of two", func(t *testing.T) {
		sc, err := Parse("initial.toml", []byte(strings.Replace(initialWorld, "founded = 1949", "founded = 1949\nbilateral = true", 1)), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !sc.Config.Alliances[0].Bilateral {
			t.Error("bilateral = true: the alliance is not marked a treaty of two")
		}
		plain, err := Parse("initial.toml", []byte(initialWorld), nil)
		if err != nil {
			t.Fatal(err)
		}
		if plain.Config.Alliances[0].Bilateral {
			t.Error("without the key the alliance is marked a treaty of two")
		}
	})
	t.Run("an alliance founded after the start", func(t *testing.T) {
		_, err := Parse("initial.toml", []byte(strings.Replace(initialWorld, "founded = 1949", "founded = 2005", 1)), nil)
		var e *Error
		if !errors.As(err, &e) || !strings.Contains(err.Error(), "alliance[0].founded: must not be after start_year (2000), got 2005") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("share_years outside [0, 100]", func(t *testing.T) {
		for _, bad := range []string{"share_years=-1", "share_years=101"} {
			_, err := Parse("initial.toml", []byte(initialWorld), []string{bad})
			if err == nil || !strings.Contains(err.Error(), "share_years: must be in [0, 100], got") {
				t.Errorf("%s: err = %v", bad, err)
			}
		}
	})
	t.Run("perceived_threat outside [0, 1]", func(t *testing.T) {
		_, err := Parse("initial.toml", []byte(initialWorld), []string{"perceived_threat=1.5"})
		if err == nil || !strings.Contains(err.Error(), "perceived_threat: must be in [0, 1], got 1.5") {
			t.Errorf("err = %v", err)
		}
	})
}
