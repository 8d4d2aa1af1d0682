package scenarios

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"entente/sim"
)

// TestSmall loads testdata/small.toml and checks what the Config holds:
// indices, defaults, derived capability, and event ticks at four ticks a
// year.
func TestSmall(t *testing.T) {
	s, err := Load("testdata/small.toml", nil)
	if err != nil {
		t.Fatal(err)
	}
	c := s.Config
	p := sim.DefaultParams()
	p.Reactivity, p.Depreciation = 0.3, 0.1
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"name", s.Name, "small-test"},
		{"title defaults to name", s.Title, "small-test"},
		{"source", s.Source, "testdata/small.toml"},
		{"sources", s.Sources, []string{"none: made up for tests"}},
		{"years", [3]int{c.StartYear, c.EndYear, c.TicksPerYear}, [3]int{1950, 1960, 4}},
		{"seed", c.Seed, uint64(7)},
		{"geometry defaults to geo", c.Geometry, sim.Geographic},
		{"params", c.Params, p},
		{"ids in file order", []string{c.Nations[0].ID, c.Nations[1].ID, c.Nations[2].ID, c.Nations[3].ID}, []string{"USA", "SWE", "SOV", "GDR"}},
		{"name defaults to id", c.Nations[1].Name, "SWE"},
		{"position is lat, lon", [2]float64{c.Nations[0].PosA, c.Nations[0].PosB}, [2]float64{38.9, -77.0}},
		{"growth default", c.Nations[0].Growth, 0.02},
		{"growth given", c.Nations[1].Growth, 0.03},
		{"volatility from model", c.Nations[0].Volatility, p.Volatility},
		{"debt default", c.Nations[0].Debt, 0.4},
		{"capability given", c.Nations[1].Capability, 25.0},
		{"capability derived s·Y·e/(δ + g)", c.Nations[0].Capability, derived(0.09, 2000, 1, 0.1, 0.02)},
		{"policy k from model", c.Nations[0].Policy.Reactivity, 0.3},
		{"policy alpha given", c.Nations[0].Policy.Generosity, 0.03},
		{"policy psi given", c.Nations[1].Policy.Privateness, 0.3},
		{"policy psi from model", c.Nations[0].Policy.Privateness, p.Privateness},
		{"policy bounds", [2]float64{c.Nations[1].Policy.MinShare, c.Nations[1].Policy.MaxShare}, [2]float64{0.01, 0.2}},
		{"neutral", c.Nations[1].Neutral, true},
		{"command economy", c.Nations[2].Command, true},
		{"islands", c.Islands, []bool{false, false, false, true}},
		{"entering nation inactive", []bool{c.Nations[0].Active, c.Nations[3].Active}, []bool{true, false}},
		{"rivalry", c.Rivalries, []sim.Relation{{A: 0, B: 2, Level: 0.8}}},
		{"tie", c.Ties, []sim.Relation{{A: 2, B: 3, Level: 0.5}}},
		{"alliance", c.Alliances, []sim.AllianceConfig{{Name: "Pact", Members: []int{2, 1}, Target: p.InitTarget, Cohesion: 0.7, Pooling: p.Pooling}}},
		{"events in file order", len(c.Events), 16},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
	if math.Abs(c.Nations[0].Capability-1500) > 1e-9 {
		t.Errorf("derived capability %g, want 1500 = 0.09 × 2000 / (0.1 + 0.02)", c.Nations[0].Capability)
	}
	all := sim.AllianceRef{All: true}
	for i, want := range []sim.Event{
		{Tick: 0, Kind: sim.ThreatShock, Label: "threat_shock", A: sim.Group{Camps: []string{"west"}},
			B: sim.Group{Nations: []int{2}, Regions: []string{"europe"}}, Delta: 0.1},
		{Tick: 6, Kind: sim.Detente, Label: "thaw", A: sim.Group{All: true}, B: sim.Group{Nations: []int{0}}, Delta: 0.05, From: 1.5},
		{Tick: 11, Kind: sim.Recession, Label: "recession", A: sim.Group{Nations: []int{0}}, Delta: 0.02, Duration: 6, From: 2 + 11.0/12},
		{Tick: 8, Kind: sim.GrowthSpurt, Label: "growth", A: sim.Group{Regions: []string{"europe"}}, Delta: 0.01, Duration: 4, From: 2},
		{Tick: 12, Kind: sim.RegimeChange, Label: "regime_change", A: sim.Group{Nations: []int{2}}, Value: -5, From: 3},
		{Tick: 12, Kind: sim.CampChange, Label: "camp", A: sim.Group{Nations: []int{3}}, From: 3},
		{Tick: 16, Kind: sim.TargetChange, Label: "target", Value: 0.03, Alliance: sim.AllianceRef{Holder: 2}, From: 4},
		{Tick: 16, Kind: sim.FiscalRule, Label: "fiscal_rule", A: sim.Group{Nations: []int{1}}, Value: 0.02, Debt: p.SafeDebt, From: 4},
		{Tick: 20, Kind: sim.AidProgramme, Label: "aid_programme", A: sim.Group{Nations: []int{0}},
			B: sim.Group{Nations: []int{1}, Camps: []string{"west"}}, Value: 5, Duration: 8, From: 5},
		{Tick: 20, Kind: sim.CapabilityShock, Label: "capability_shock", A: sim.Group{Nations: []int{2}}, Value: 0.1, From: 5},
		{Tick: 13, Kind: sim.Entry, Label: "entry", Nation: 3, From: 3.25},
		{Tick: 36, Kind: sim.Merge, Label: "merge", Nation: 3, Into: 2, From: 9},
		{Tick: 43, Kind: sim.Doctrine, Label: "doctrine", Value: 0.2, Alliance: all, From: 10 + 11.0/12},
		// July 1951 to July 1953: ticks 6 to 14, the tick that holds its end;
		// its fighting from 1.5 years after the start to 3.
		{Tick: 6, Kind: sim.War, Label: "a war of two years", A: sim.Group{Nations: []int{0}}, B: sim.Group{Nations: []int{2}}, Duration: 9,
			From: 1.5, To: 3},
		{Tick: 28, Kind: sim.War, Label: "war", A: sim.Group{Nations: []int{1, 0}}, B: sim.Group{Nations: []int{2}}, From: 7},
		{Tick: 21, Kind: sim.Territory, Label: "territory", A: sim.Group{Nations: []int{1}}, Value: 0.8, From: 5.25},
	} {
		t.Run("event "+string(want.Kind), func(t *testing.T) {
			if got := c.Events[i]; !reflect.DeepEqual(got, want) {
				t.Errorf("event %d:\n got %+v\nwant %+v", i, got, want)
			}
		})
	}
	if _, err := sim.New(c, 0); err != nil {
		t.Errorf("sim.New: %v", err)
	}
}

// twoStates are two states on a plane, A and B, for the scenarios the
// tests write.
const twoStates = `[[nation]]
id = "A"
x = 0
y = 0
gdp = 100
share = 0.02

[[nation]]
id = "B"
x = 100
y = 0
gdp = 100
share = 0.02
`

// twoStatesIn is a scenario of twoStates, named name, from start to end at
// perYear ticks a year (0: the default).
func twoStatesIn(name, description string, start, end, perYear int) string {
	ticks := ""
	if perYear > 0 {
		ticks = fmt.Sprintf("ticks_per_year = %d\n", perYear)
	}
	return fmt.Sprintf("[scenario]\nname = %q\ndescription = %q\nstart_year = %d\nend_year = %d\n%sgeometry = \"plane\"\n\n",
		name, description, start, end, ticks) + twoStates
}

// derived is s·Y·e/(δ + g) in float64 arithmetic, as the loader computes it
// (a constant expression would be exact).
func derived(share, gdp, e, delta, growth float64) float64 {
	return share * gdp * e / (delta + growth)
}

// A nation without a capability starts at the stock its share keeps on its
// growth path, e·s·Y/(δ + g); a decline counts as no growth, e·s·Y/δ.
func TestDerivedCapabilityOnTheGrowthPath(t *testing.T) {
	src := twoStatesIn("growth", "Two states, one growing and one declining.", 2000, 2010, 0)
	src = strings.Replace(src, "id = \"A\"\n", "id = \"A\"\ngrowth = 0.04\n", 1)
	src = strings.Replace(src, "id = \"B\"\n", "id = \"B\"\ngrowth = -0.03\n", 1)
	s, err := Parse("growth.toml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	delta := s.Config.Params.Depreciation
	for i, want := range []float64{0.02 * 100 / (delta + 0.04), 0.02 * 100 / delta} {
		if got := s.Config.Nations[i].Capability; math.Abs(got-want) > 1e-12 {
			t.Errorf("%s: capability %v, want %v", s.Config.Nations[i].ID, got, want)
		}
	}
}

// A rivalry's years become ticks: from its first year's first tick until
// the tick after its last year; a rivalry without a level leaves it to the
// model (Level −1, h_rival).
func TestRivalryYears(t *testing.T) {
	src := twoStatesIn("spells", "Two states and two spells of a rivalry.", 2000, 2010, 4) + `
[[rivalry]]
a = "A"
b = "B"
from = 2002
to = 2004
ideological = true
kinds = "positional, ideological"

[[rivalry]]
a = "A"
b = "B"
level = 0.3
from = 2007
`
	s, err := Parse("spells.toml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []sim.Relation{
		{A: 0, B: 1, Level: -1, From: 8, Until: 20, Ideological: true},
		{A: 0, B: 1, Level: 0.3, From: 28},
	}
	if !reflect.DeepEqual(s.Config.Rivalries, want) {
		t.Errorf("rivalries %+v, want %+v", s.Config.Rivalries, want)
	}
}

// A war's side may name states outside the scenario, outside:NAME: the
// side's scenario states are the group (none when all are outside) and the
// names are kept for the record; both sides may name some.
func TestWarAgainstStatesOutside(t *testing.T) {
	src := twoStatesIn("outside", "A state at war with a state the scenario does not model.", 1960, 1975, 0) + `
[[event]]
year = 1965
month = 2
kind = "war"
a = ["A"]
b = ["outside:DRV"]
duration = 8

[[event]]
year = 1970
kind = "war"
a = ["outside:EGY", "B"]
b = ["A", "outside:SYR"]
duration = 1
`
	s, err := Parse("outside.toml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	// February 1965 to February 1973: ticks 5 to 13, the tick that holds
	// its end.
	from := float64(5) + float64(1)/12
	want := []sim.Event{
		{Tick: 5, Kind: sim.War, Label: "war", A: sim.Group{Nations: []int{0}}, Outside: []string{"DRV"}, Duration: 9,
			From: from, To: from + 8},
		{Tick: 10, Kind: sim.War, Label: "war", A: sim.Group{Nations: []int{1}}, B: sim.Group{Nations: []int{0}}, Outside: []string{"EGY", "SYR"},
			Duration: 2, From: 10, To: 11},
	}
	if !reflect.DeepEqual(s.Config.Events, want) {
		t.Errorf("events\n got %+v\nwant %+v", s.Config.Events, want)
	}
	if _, err := sim.New(s.Config, 1); err != nil {
		t.Errorf("sim.New: %v", err)
	}
}

// A nation's regime_since reaches the engine as the year its start regime
// was reached; a nation without one has 0 (a regime older than any window).
func TestRegimeSince(t *testing.T) {
	src := twoStatesIn("since", "Two states, one whose regime is new at the start.", 2000, 2010, 0)
	src = strings.Replace(src, "id = \"A\"\n", "id = \"A\"\nregime_since = 1999\n", 1)
	s, err := Parse("since.toml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Config.RegimeSince; len(got) != 2 || got[0] != 1999 || got[1] != 0 {
		t.Errorf("RegimeSince %v, want [1999 0]", got)
	}
}

// A nation's share_regime reaches the engine as the regime its start share
// was measured under, for that nation only; one outside [-10, 10] is
// refused with the nation's key.
func TestShareRegime(t *testing.T) {
	src := twoStatesIn("shareregime", "Two states, one whose regime changed in its start share's years.", 2000, 2010, 0)
	given := strings.Replace(src, "id = \"A\"\n", "id = \"A\"\nshare_regime = -3.5\n", 1)
	s, err := Parse("shareregime.toml", []byte(given), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Config.ShareRegimes; len(got) != 1 || got[0] != (sim.NationRegime{Nation: 0, Regime: -3.5}) {
		t.Errorf("ShareRegimes %v, want [{0 -3.5}]", got)
	}
	bad := strings.Replace(src, "id = \"A\"\n", "id = \"A\"\nshare_regime = 12\n", 1)
	_, err = Parse("shareregime.toml", []byte(bad), nil)
	if err == nil || !strings.Contains(err.Error(), "share_regime") || !strings.Contains(err.Error(), "must be in [-10, 10], got 12") {
		t.Errorf("share_regime 12: %v, want the key and its range", err)
	}
}
