package scenarios

import "entente/sim"

// The tables of a scenario file. Each field's toml tag is its key; the
// loader decodes a table over a value holding its defaults. Integers are
// int64 (TOML's integer), checked for range before they are narrowed.

// scenarioTable is [scenario].
type scenarioTable struct {
	Name         string   `toml:"name"`
	Title        string   `toml:"title"`
	Description  string   `toml:"description"`
	StartYear    int64    `toml:"start_year"`
	EndYear      int64    `toml:"end_year"`
	TicksPerYear int64    `toml:"ticks_per_year"`
	Seed         int64    `toml:"seed"`
	Geometry     string   `toml:"geometry"` // "geo" or "plane"
	Sources      []string `toml:"sources"`
	// PerceivedThreat is the share of the threat at the start that nations
	// already perceive (1: a world in mid-history; less: a world whose
	// hostilities are still new, like 1947's).
	PerceivedThreat float64 `toml:"perceived_threat"`
	// ShareYears is how many years the start shares were measured over
	// (sim.Config.ShareYears).
	ShareYears float64 `toml:"share_years"`
}

func defaultScenario() scenarioTable {
	return scenarioTable{TicksPerYear: 1, Seed: 1, Geometry: "geo", PerceivedThreat: 1}
}

// nationTable is one [[nation]].
type nationTable struct {
	ID     string  `toml:"id"`
	Name   string  `toml:"name"`
	Region string  `toml:"region"`
	Lat    float64 `toml:"lat"` // [degrees], geo worlds
	Lon    float64 `toml:"lon"` // [degrees], geo worlds
	X      float64 `toml:"x"`   // [km], plane worlds
	Y      float64 `toml:"y"`   // [km], plane worlds
	GDP    float64 `toml:"gdp"` // [billion USD]
	Growth float64 `toml:"growth"`
	// GrowthPath is the GDP's growth in the data, a figure a year from
	// the year GrowthFrom: in the years it covers it replaces growth.
	GrowthPath     []float64 `toml:"growth_path"`
	GrowthFrom     int64     `toml:"growth_path_from"`
	Volatility     float64   `toml:"volatility"`
	Share          float64   `toml:"share"`
	Capability     float64   `toml:"capability"` // [billion USD]
	Debt           float64   `toml:"debt"`
	Regime         float64   `toml:"regime"`
	RegimeSince    int       `toml:"regime_since"` // year its start regime was reached
	ShareRegime    float64   `toml:"share_regime"` // the regime its start share was measured under
	Camp           string    `toml:"camp"`
	Reach          float64   `toml:"reach"` // [km]
	Neutral        bool      `toml:"neutral"`
	NeutralSource  string    `toml:"neutral_source"`
	CommandEconomy bool      `toml:"command_economy"`
	Island         bool      `toml:"island"`
	Deficit        float64   `toml:"deficit"`

	// Policy overrides.
	K      float64 `toml:"k"`
	F      float64 `toml:"f"`
	SMin   float64 `toml:"s_min"`
	SMax   float64 `toml:"s_max"`
	Lambda float64 `toml:"lambda"`
	Alpha  float64 `toml:"alpha"`
	Psi    float64 `toml:"psi"`

	Source string `toml:"source"`
}

// defaultNation holds the defaults a [[nation]] is decoded over: fixed
// ones, and those the [model] table gives.
func defaultNation(p sim.Params) nationTable {
	return nationTable{
		Growth: 0.02, Volatility: p.Volatility, Debt: 0.4, Deficit: p.Deficit,
		K: p.Reactivity, F: p.FiscalBrake, SMin: p.MinShare, SMax: p.MaxShare,
		Lambda: p.Adjustment, Alpha: p.Generosity, Psi: p.Privateness,
	}
}

// relationTable is one [[rivalry]] or [[tie]]. From and To bound the
// years it is in force (both inclusive; 0: from the start, to the end). A
// rivalry without a level takes the model's h_rival.
type relationTable struct {
	A           string  `toml:"a"`
	B           string  `toml:"b"`
	Level       float64 `toml:"level"`
	From        int64   `toml:"from"`
	To          int64   `toml:"to"`
	Ideological bool    `toml:"ideological"`
	Kinds       string  `toml:"kinds"`
	Source      string  `toml:"source"`
}

// allianceTable is one [[alliance]] that exists at the start.
type allianceTable struct {
	Name     string   `toml:"name"`
	Members  []string `toml:"members"`
	Target   float64  `toml:"target"`
	Cohesion float64  `toml:"cohesion"`
	Pooling  float64  `toml:"pooling"`
	// Founded is the year the alliance was founded, if before the start:
	// the years it has lasted institutionalise it (model.iota).
	Founded int64 `toml:"founded"`
	// MadeInWar marks a pact made in a war against states the scenario
	// does not model; WarEnds (a year) and WarEndsMonth date that war's
	// end, which its start fixed effects last to (none if it is over by
	// the start, or undated).
	MadeInWar    bool  `toml:"made_in_war"`
	WarEnds      int64 `toml:"war_ends"`
	WarEndsMonth int64 `toml:"war_ends_month"`
	// Renewal (a year) and RenewalMonth date the end of the term in force
	// at the start of a treaty that must be renewed, which its start fixed
	// effects last to.
	Renewal      int64 `toml:"renewal"`
	RenewalMonth int64 `toml:"renewal_month"`
	// Organised marks a pact with a standing organisation.
	Organised bool `toml:"organised"`
	// Bilateral marks a treaty between two parties, which no other state
	// accedes to; it lists exactly two members.
	Bilateral bool   `toml:"bilateral"`
	Source    string `toml:"source"`
}

// tickAt is the tick in which a date given by year and month (1–12) falls:
// the events' ticks and a start pact's war's end or renewal are dated the
// same way. A date before the start falls at a tick below 0.
func (s scenarioTable) tickAt(year, month int64) int64 {
	return (year-s.StartYear)*s.TicksPerYear + (month-1)*s.TicksPerYear/12
}

func defaultAlliance(p sim.Params) allianceTable {
	return allianceTable{Target: p.InitTarget, Cohesion: p.CohesionInit, Pooling: p.Pooling}
}

// eventTable is one [[event]]: the keys of every kind. Which keys a kind
// takes is in eventKeys (events.go).
type eventTable struct {
	Year   int64  `toml:"year"`
	Month  int64  `toml:"month"`
	Kind   string `toml:"kind"`
	Label  string `toml:"label"`
	Source string `toml:"source"`

	A         []string `toml:"a"`
	B         []string `toml:"b"`
	Nations   []string `toml:"nations"`
	Donor     []string `toml:"donor"`
	Recipient []string `toml:"recipient"`
	Delta     float64  `toml:"delta"`
	Duration  float64  `toml:"duration"` // [yr]
	Fighting  float64  `toml:"fighting"` // [yr] war: the fighting, when it ended before the peace
	Value     float64  `toml:"value"`
	Cap       float64  `toml:"cap"`
	Debt      float64  `toml:"debt"`
	Amount    float64  `toml:"amount"` // [billion USD/yr]
	Fraction  float64  `toml:"fraction"`
	Factor    float64  `toml:"factor"` // territory: GDP and forces after over before
	Psi       float64  `toml:"psi"`
	Camp      string   `toml:"camp"`
	Alliance  string   `toml:"alliance"`
	Nation    string   `toml:"nation"`
	Into      string   `toml:"into"`
}

func defaultEvent(p sim.Params) eventTable {
	return eventTable{Month: 1, Duration: 1, Debt: p.SafeDebt}
}
