package main

// The hand-curated description of a scenario: its nations with the inputs
// the data files do not hold (capitals, camps, neutrality, reach, debt),
// its rivalries, ties, alliances and events. Each input carries its source.

// scenario is one scenario as the generator builds it.
type scenario struct {
	name, title, description string
	start, end               int
	header                   []string // comment lines at the top of the file
	sources                  []string
	nations                  []nation
	rivalries, ties          []relation
	alliances                []alliance
	events                   []event
}

// nationSpec is what the generator is told about a nation; the numbers
// that come from data are computed from it (values.go).
type nationSpec struct {
	id, name, region string
	ccode            int    // COW code, when it is not that of the NMC series
	capital          *place // the seat of government, when not places[id]
	series           series
	stock            []stockRange // NMC series accumulated into the stock; nil: the series' own
	start, end       int          // first year in the system (the scenario's or the entry's), last year
	growthFrom       int          // trend growth: compound rate from growthFrom to growthTo
	growthTo         int
	growthLike       []string // else: the mean trend of these nations (the GDR), by id
	regime           *fact    // when Polity2 does not code the state
	debt             fact
	neutralSource    string // set: a neutral state
	reach            *fact  // set: its reach overrides the globalReach table (politics.go), which every era applies
	island           string // set: an island, and why (empty: the islands table, politics.go, which every era applies)
	command          string // set: a command economy, and why
	note             string // a comment under the id (entry, merge)
	policy           []policyFact
	fought           map[int]bool // years of fighting of a war under way in its first year (fought.go)
}

// policyFact is a per-nation policy constant (s_max, s0, …) set by a
// documented national policy, with its source.
type policyFact struct {
	key string
	v   float64
	src string
}

// fact is a hand-curated number and its source.
type fact struct {
	v   float64
	src string
}

// stockRange is a run of NMC milex counted into a capability stock.
type stockRange struct {
	nmc      string
	from, to int
}

// num is a number to write with its precision and its source comment.
type num struct {
	v    float64
	prec int
	src  string
}

// nation is a nation as written: numbers with their sources.
type nation struct {
	id, name, region, note string
	lat, lon               num
	gdp, growth, share     num
	capability, debt       num
	regime                 num
	regimeSince            *num  // the year the start regime was reached, if within polityLead years
	shareYears             []int // the years the start share is the median of
	shareRegime            *num  // the mean regime of those years, where it is not the start's
	neutralSource          string
	reach                  *num
	island, command        string
	policy                 []policyFact
	source                 string
}

// relation is a [[rivalry]] or [[tie]]: a hand-written one with its level,
// or one of the strategic rivalries (fromTSS: the model's level, its years
// and kinds).
type relation struct {
	a, b        string
	level       float64
	from, to    int // years in force, inclusive (0: the scenario's start or end)
	ideological bool
	kinds       string
	fromTSS     bool
	why         string // the comment above it
	source      string
}

// alliance is an [[alliance]] in force at the start.
type alliance struct {
	atopid        int // the ATOP pact it is (not written)
	name          string
	members       []string
	target        num // no source: the model's tau0
	founded       int // year founded, if before the start (0: none written)
	foundedSource string
	source        string
	why           string
	war           *warPact // made in a war against states the era does not model (warpacts.go)
	renewal       *renewal // the end of the term in force at the start of a treaty that must be renewed (renewal.go)
	organised     bool     // a multilateral treaty that provides for an organisation of its members (organisedOf)
	bilateral     bool     // a treaty of two parties on 1 January of the start (bilateralAt)
}

// renewal is the year and month a treaty's term in force at the start
// ends, with its note.
type renewal struct {
	year, month int
	note        string
}

// event is an [[event]]. Which fields are written depends on kind.
type event struct {
	year, month int
	date        string // the date as the source gives it, for the comment
	kind        string
	label       string
	source      string
	why         string // comment lines above the event (magnitude and reasoning)
	a, b        []string
	nations     []string
	delta       num
	duration    num
	fighting    num // war: the fighting, when an armistice came before the peace
	value       num
	camp        string
	alliance    string
	nation      string
	into        string
	psi         num
}

// ids lists the states of an event's side, as the events files write them.
func ids(xs ...string) []string { return xs }
