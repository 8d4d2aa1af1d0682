package sim

import (
	"fmt"
	"math"

	"entente/agents"
)

// Geometry says how nations' positions are read.
type Geometry int

const (
	// Geographic positions are latitude and longitude in degrees;
	// distances are great-circle km.
	Geographic Geometry = iota
	// Plane positions are x and y in km on an abstract plane.
	Plane
)

// MaxShareYears bounds Config.ShareYears: a start share is a median over
// a few years, not a long-run mean.
const MaxShareYears = 100

// Config is a world ready to run: what a scenario file describes, with
// nation ids resolved to indices. Package scenarios builds it from TOML;
// programs may build it directly.
type Config struct {
	Name         string
	StartYear    int
	EndYear      int // inclusive: the run's last tick is in this year
	TicksPerYear int // 1, 4 or 12
	Seed         uint64
	Geometry     Geometry
	Params       Params
	// LatentThreat is the share of the start's threat that nations do not
	// yet perceive (T̂ = (1 − share)·T at the start): 0, the zero value,
	// for a world in mid-history; more for one whose hostilities are new.
	LatentThreat float64
	// ShareYears is how many years the nations' start shares were
	// measured over (a generated scenario's start share is the median of
	// its first three years): each state's budget anchor takes its burden
	// as the mean over its first ShareYears years in the run, so that
	// share and burden describe the same years. 0, the zero value: the
	// burden of its first tick.
	ShareYears float64

	// Nations in index order, in their initial state. A nation whose
	// Active is false waits for an entry event.
	Nations []agents.Nation
	Islands []bool // per nation: an island state (see Params.SeaFactor); may be nil
	// RegimeSince is, per nation, the year the regime it starts with (at
	// the start, or at its entry for a nation that enters later) was
	// reached, its last regime change before it is in the run, or its
	// independence (transition.go): a regime reached within
	// Params.RegimeNew years is new in the run as one changed by an event
	// is. 0: none given, a regime older than any window. May be nil.
	RegimeSince []int
	// ShareRegimes are the regimes some nations' start shares were
	// measured under (the mean of their regimes over those years), where a
	// scenario gives one, in nation order: the budget rule anchors a
	// state's regime with its share (agents.Anchor), at this value, else at
	// its regime at its first budget. May be nil.
	ShareRegimes []NationRegime
	// GrowthPaths are, per nation, a growth for each year its path covers,
	// in place of its trend g in those years (economy.go, trendAt); nil,
	// or a nation's empty path: the trend in every year.
	GrowthPaths []GrowthPath
	Rivalries   []Relation
	Ties        []Relation
	Alliances   []AllianceConfig
	Events      []Event
}

// Relation is a declared pairwise level: a rivalry (hostility) or a tie
// (affinity) between nations A and B, symmetric, in force from tick From
// until tick Until (exclusive; Until 0: to the end of the run, so that the
// zero value is a relation for the whole run).
type Relation struct {
	A, B  int
	Level float64
	From  int // first tick in force (0: from the start)
	Until int // first tick no longer in force; 0 for never
	// Ideological marks a rivalry over political systems (Thompson,
	// Sakuwa & Suhas 2021 code each rivalry's kinds): its hostility grows
	// with the rivals' regime distance (Params.HostileRegime).
	Ideological bool
}

// ActiveAt reports whether the relation is in force at a tick.
func (r Relation) ActiveAt(tick int) bool { return tick >= r.From && (r.Until <= 0 || tick < r.Until) }

// AllianceConfig is an alliance that exists at the start.
type AllianceConfig struct {
	Name     string
	Members  []int
	Target   float64 // τ [share of GDP]
	Cohesion float64 // initial c
	Pooling  float64 // σ_A [share of budget]
	// Age is how many years it has already lasted at the start; they
	// institutionalise it as the years of the run do (Params.InstituteRate).
	Age float64
	// MadeInWar marks a pact made in a war against states the scenario
	// does not model: the value its members showed by making and keeping it
	// was the war's, and its start fixed effects (startpacts.go) last only
	// to WarEnds, the tick in which that war ends (0 or less: over by the
	// start).
	MadeInWar bool
	WarEnds   int
	// Renews marks a pact whose term must be renewed: its start fixed
	// effects last only to Renewal, the tick in which the term in force at
	// the start ends (0 or less: at the start), and its members then renew
	// it, or not, for the model's reasons.
	Renews  bool
	Renewal int
	// Organised marks a pact with a standing organisation (a council, a
	// secretariat): it holds its members across rivalries with its leader
	// that are not over political systems (exit.go, heldByOrganisation).
	Organised bool
	// Bilateral marks a treaty between two parties: no other state accedes
	// to it (formation.go, vetoed). Of ATOP's defence and offence pacts
	// founded by two states, 4 of 219 ever gained a member, against 16 of
	// 70 founded by three or more; a third state makes a treaty of its own.
	Bilateral bool
}

// Ticks is the number of ticks the run lasts.
func (c *Config) Ticks() int { return (c.EndYear - c.StartYear + 1) * c.TicksPerYear }

// YearOf returns the calendar time of a tick's start (1950.25 for the
// second quarter of 1950).
func (c *Config) YearOf(tick int) float64 {
	return float64(c.StartYear) + float64(tick)/float64(c.TicksPerYear)
}

// GrowthPath is a nation's growth year by year: Growth[k] is its growth
// in the calendar year From + k [1/yr].
type GrowthPath struct {
	From   int
	Growth []float64
}

// Validate checks what the engine relies on. The scenario loader checks
// more, with file positions; this guards programs that build a Config.
func (c *Config) Validate() []error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	switch c.TicksPerYear {
	case 1, 4, 12:
	default:
		add("ticks_per_year must be 1, 4 or 12, got %d", c.TicksPerYear)
	}
	if c.EndYear < c.StartYear {
		add("end_year %d is before start_year %d", c.EndYear, c.StartYear)
	}
	if c.LatentThreat < 0 || c.LatentThreat > 1 {
		add("the latent share of the threat must be in [0, 1], got %g", c.LatentThreat)
	}
	if !(c.ShareYears >= 0 && c.ShareYears <= MaxShareYears) {
		add("share_years must be in [0, %d], got %g", MaxShareYears, c.ShareYears)
	}
	if len(c.Nations) == 0 {
		add("the world has no nations")
	}
	if c.Islands != nil && len(c.Islands) != len(c.Nations) {
		add("islands has %d entries for %d nations", len(c.Islands), len(c.Nations))
	}
	if c.RegimeSince != nil && len(c.RegimeSince) != len(c.Nations) {
		add("regime since has %d entries for %d nations", len(c.RegimeSince), len(c.Nations))
	}
	for i, y := range c.RegimeSince {
		if y != 0 && y > c.StartYear && (i >= len(c.Nations) || c.Nations[i].Active) {
			add("nation %d: its regime is reached in %d, after the start (%d)", i, y, c.StartYear)
		}
	}
	for k, x := range c.ShareRegimes {
		if x.Nation < 0 || x.Nation >= len(c.Nations) || !(x.Regime >= -10 && x.Regime <= 10) || (k > 0 && x.Nation <= c.ShareRegimes[k-1].Nation) {
			add("share regime %d (%g for nation %d of %d): want a regime in [-10, 10] for a nation of the world, in nation order", k, x.Regime, x.Nation, len(c.Nations))
		}
	}
	if c.GrowthPaths != nil && len(c.GrowthPaths) != len(c.Nations) {
		add("growth paths has %d entries for %d nations", len(c.GrowthPaths), len(c.Nations))
	}
	for i, p := range c.GrowthPaths {
		for k, g := range p.Growth {
			if !(g > -1) || math.IsInf(g, 0) {
				add("nation %d: its growth path's figure %d (%d) is %g: want a finite year's growth above -1", i, k, p.From+k, g)
			}
		}
	}
	errs = append(errs, c.Params.Validate()...)
	n := len(c.Nations)
	valid := func(i int) bool { return i >= 0 && i < n }
	for k, r := range append(append([]Relation(nil), c.Rivalries...), c.Ties...) {
		if !valid(r.A) || !valid(r.B) || r.A == r.B {
			add("relation %d joins invalid nations %d and %d", k, r.A, r.B)
		}
		if r.From < 0 || (r.Until > 0 && r.Until <= r.From) {
			add("relation %d is in force from tick %d until %d: an empty span", k, r.From, r.Until)
		}
	}
	for k, a := range c.Alliances {
		for _, m := range a.Members {
			if !valid(m) {
				add("alliance %d has invalid member %d", k, m)
			} else if !c.Nations[m].Active {
				add("alliance %d holds %s, who is not in the system at the start", k, c.Nations[m].ID)
			}
		}
		if !a.MadeInWar && a.WarEnds != 0 {
			add("alliance %d has a war's end (tick %d) but was not made in a war", k, a.WarEnds)
		}
		if !a.Renews && a.Renewal != 0 {
			add("alliance %d has a renewal (tick %d) but no term to renew", k, a.Renewal)
		}
	}
	dt := 1 / float64(max(c.TicksPerYear, 1))
	for k, e := range c.Events {
		if e.Tick < 0 || e.Tick >= c.Ticks() {
			add("event %d at tick %d is outside the run's %d ticks", k, e.Tick, c.Ticks())
		}
		// A date lies in its event's tick (0: the tick's start), so that its
		// first part (Event.FirstPart) is in (0, 1].
		start, end := float64(e.Tick)*dt, float64(e.Tick+1)*dt
		if !(e.From == 0 || (e.From >= start-dateSlack && e.From < end)) {
			add("event %d at tick %d is dated %g years from the start, outside its tick [%g, %g)", k, e.Tick, e.From, start, end)
		}
		// A state rescaled by 0 would be a merge, by infinity nothing.
		if e.Kind == Territory && !(e.Value > 0 && !math.IsInf(e.Value, 1)) {
			add("event %d (territory) has factor %g, want a finite factor above 0", k, e.Value)
		}
	}
	return errs
}

// NationRegime is a nation's regime (Polity2) for one purpose: the regime
// its start share was measured under (Config.ShareRegimes).
type NationRegime struct {
	Nation int
	Regime float64
}

// AnchorRegime is the regime nation i's anchor keeps with its start share:
// the one the share was measured under where the scenario gives it
// (ShareRegimes), else now, its regime at its first budget.
func (c *Config) AnchorRegime(i int, now float64) float64 {
	for _, x := range c.ShareRegimes {
		if x.Nation == i {
			return x.Regime
		}
	}
	return now
}
