package sim

import (
	"slices"

	"entente/agents"
)

// EventKind names a scenario event (MODEL.md section 5).
type EventKind string

// The scenario event kinds.
const (
	ThreatShock     EventKind = "threat_shock"     // hostility up between groups A and B
	Detente         EventKind = "detente"          // hostility down between groups A and B
	Recession       EventKind = "recession"        // growth down for group A, for a duration
	GrowthSpurt     EventKind = "growth"           // growth up for group A, for a duration
	RegimeChange    EventKind = "regime_change"    // group A's regime score becomes Value
	TargetChange    EventKind = "target"           // an alliance's (or every) target becomes Value
	FiscalRule      EventKind = "fiscal_rule"      // cap Value on the share while debt > Debt
	AidProgramme    EventKind = "aid_programme"    // A gives B Value [billion USD/yr] for a duration
	CapabilityShock EventKind = "capability_shock" // group A loses the fraction Value of capability
	Entry           EventKind = "entry"            // Nation enters the system
	Merge           EventKind = "merge"            // Nation is absorbed by Into
	Territory       EventKind = "territory"        // group A's economy and forces scale by Value (territory.go)
	Doctrine        EventKind = "doctrine"         // privateness ψ of an alliance's (or every) members becomes Value
	CampChange      EventKind = "camp"             // group A's camp becomes Camp
	War             EventKind = "war"              // A and B at war for Duration ticks (0: to the end): a pact does not admit one side against the other (war.go)
)

// EventKinds lists every kind, in the order of MODEL.md.
var EventKinds = []EventKind{
	ThreatShock, Detente, Recession, GrowthSpurt, RegimeChange, TargetChange, FiscalRule,
	AidProgramme, CapabilityShock, Entry, Merge, Territory, Doctrine, CampChange, War,
}

// Group is a set of nations an event applies to, resolved when the event
// fires (camps change during a run): listed nations, members of camps,
// nations of regions, or every nation.
type Group struct {
	Nations []int
	Camps   []string
	Regions []string
	All     bool
}

// Members resolves the group against the nations as they are now (their
// camps and regions), in index order; a listed nation counts whether or
// not it is in the system.
func (g Group) Members(nations []agents.Nation) []int {
	if g.All {
		out := make([]int, len(nations))
		for i := range out {
			out[i] = i
		}
		return out
	}
	in := make([]bool, len(nations))
	for _, i := range g.Nations {
		in[i] = true
	}
	for i := range nations {
		n := &nations[i]
		if (n.Camp != "" && slices.Contains(g.Camps, n.Camp)) || (n.Region != "" && slices.Contains(g.Regions, n.Region)) {
			in[i] = true
		}
	}
	var out []int
	for i, ok := range in {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// AllianceRef names an alliance by a member ("the alliances that hold
// USA"), by its name (an alliance of the start: "NATO"), or every alliance.
type AllianceRef struct {
	All    bool
	Holder int    // when Name is empty and All false
	Name   string // the alliance's name
}

// Event is one scenario event. Which fields matter depends on Kind.
type Event struct {
	Tick  int // ticks from the start
	Kind  EventKind
	Label string // short description, for the event log
	A, B  Group
	// Outside names a war's enemies that are not among the scenario's
	// states (a side may be all outside): its belligerents then have no
	// enemy budget to match and pay their own war's costs (warbudget.go).
	Outside  []string
	Delta    float64 // threat_shock, detente: hostility; recession, growth: growth [1/yr]
	Value    float64 // see EventKind
	Debt     float64 // fiscal_rule: debt ratio above which the cap binds
	Duration int     // recession, growth, aid_programme, war (0: to the end) [ticks]
	// From is the event's date [yr from the run's start] (0: its tick's
	// start). A threat shock, détente, doctrine or target counts in its
	// first tick only for the part of the tick after it (FirstPart,
	// apply.go); a war's fighting runs from From to To (To 0: to the run's
	// end; both 0: its whole ticks).
	From, To float64
	Camp     string      // camp
	Nation   int         // entry, merge (the absorbed state)
	Into     int         // merge (the absorbing state)
	Alliance AllianceRef // target, doctrine
}

// dateSlack is how near a part of a tick must be to 1 to be read as 1: a
// date on its tick's start (every month at twelve ticks a year) comes out
// a few ulps short of it in floating point, and would leave a rest of
// 1e-16 of a shock for the next tick.
const dateSlack = 1e-9

// FirstPart is the part of the event's tick, [Tick·dt, (Tick+1)·dt) in
// years from the run's start, that lies after its date From (1 for a date
// at or before the tick's start, and for an event without a date). A shock
// dated in March counts in a year-long tick for the ten months it was felt,
// so that the tick's hostility is the mean of the year's, as in twelve
// monthly ticks: without it, one tick a year moved the whole of 2014's
// budgets by Crimea, four ticks its last three quarters.
func (e *Event) FirstPart(dt float64) float64 {
	end := float64(e.Tick+1) * dt
	part := min(1, max(0, (end-e.From)/dt))
	if part > 1-dateSlack {
		return 1
	}
	return part
}
