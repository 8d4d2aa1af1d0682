package main

import "slices"

// The Middle East from 1950 to 1990: the states of the region the data
// cover in those years, and the four outside powers that fought, armed and
// allied there. An era out of sample, and the first outside Europe: nothing
// in the model was fitted on it, and validation judges it only by the
// era-independent targets (validate/generic.go). Its states are built by
// the post-1945 template of the Cold War (Maddison GDP, SIPRI shares where
// they exist and NMC's otherwise, NMC stocks from 1900); its rivalries and
// the pacts in force on 1 January 1950 come from the data (tss.go,
// atop.go); its events are the interstate wars among its states
// (middleeast_events.go), the entries of the states that became
// independent, Yemen's unification and the regime changes of Polity. No
// threat shock, détente or doctrine, and no alliance after 1950 is
// scripted: the Arab League's pact of 1950, the Baghdad Pact, the Arab
// pacts of 1955–1967 and the Soviet treaties of the 1970s must emerge.
//
// Left out: the United Arab Emirates (Maddison has no GDP for them before
// 1993, 22 years after their independence). Syria stays in the system
// through its union with Egypt in the United Arab Republic (1 February
// 1958 – 28 September 1961, when COW has it leave the system): a merged
// state cannot enter again, and NMC has no Syrian spending for 1959–1960
// only, so the union is not represented.
//
// The outside powers are the United States, the Soviet Union, the United
// Kingdom and France: Britain's treaties with Iraq, Egypt and Jordan are
// the region's pacts of 1950, Britain and France fought Egypt in 1956, and
// the superpowers' rivalry is the era's ideological divide. They carry the
// Cold War scenario's facts (reach, island, command economy); their
// budgets answer a world without the rest of NATO, the Warsaw Pact, China
// or Korea and Vietnam, so their shares are a test of what this region
// alone explains.

const (
	meStart = 1950
	meEnd   = 1990
)

// nation1950 is a state of an era of 1950–1990 (the Middle East's, East
// and South Asia's) by the post-1945 template: Maddison and SIPRI under
// iso, NMC and Polity under nmc, trend growth over the Cold War's years
// 1950–1989.
func nation1950(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, meStart, meEnd, debt1950)
}

// postwarNation is a state of an era after 1945 by the template: Maddison
// and SIPRI under iso, NMC and Polity under id, in the system from start,
// its trend growth from start to the year before the era's end (1989 for
// the eras that end in 1990, as the Cold War's 1950–1989), its debt from
// the era's table (postwarDebt), and its neutrality or non-alignment where
// the Cold War's table gives one (neutralSources, politics.go: India's in
// the eras of Asia, Europe's neutrals and Yugoslavia's in Europe's), as
// the Cold War reads the same states over the same years.
func postwarNation(id, name, region, iso string, start, end int, debts map[string]float64) nationSpec {
	return nationSpec{
		id: id, name: name, region: region,
		series: series{{from: 0, to: 9999, gdp: iso, sipri: iso, nmc: id}},
		start:  start, end: end, growthFrom: start, growthTo: end - 1,
		debt:          postwarDebt(debts, id, start),
		neutralSource: neutralSources[id],
	}
}

// entering1950 sets the year a state of an era of 1950–1990 enters the
// system, and why (enteringPostwar).
func entering1950(s nationSpec, year, from int, why string) nationSpec {
	return enteringPostwar(s, year, from, why, debt1950)
}

// enteringPostwar sets the year a state of an era after 1945 enters the
// system, and why; its trend growth then runs from that year (or from
// Maddison's first year for it, from), and from its first year's rate for
// a state entering in the trend's last year or after (Namibia, 1990); its
// debt is the era's table's for that year.
func enteringPostwar(s nationSpec, year, from int, why string, debts map[string]float64) nationSpec {
	s.start, s.growthFrom, s.note = year, max(year, from), "enters in "+itoa(year)+": "+why
	s.growthTo = max(s.growthTo, s.growthFrom+1)
	s.debt = postwarDebt(debts, s.id, year)
	return s
}

func middleEastSpecs() []nationSpec {
	usa := nation1950("USA", "United States", "americas", "USA")
	rus := planned(nation1950("RUS", "Soviet Union", "europe", "SUN"))
	rus.series = series{{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"}, {from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"}}

	// Kuwait: Maddison's series begins in 1974. Its GDP is Maddison's
	// GDP per head times the COW population (the rule of the eras of
	// Europe for a state whose borders or years the series do not fit),
	// the 1974 value carried back 13 years, within the rule's 15
	// (interpolate.go); its trend growth is from 1974.
	kuw := nation1950("KUW", "Kuwait", "middle-east", "KWT")
	kuw.series[0].perHead = []string{"KWT"}
	kuw = entering1950(kuw, 1961, 1974, "independence, the exchange of notes with Britain of 19 June 1961 (COW system member from 1961); "+
		"GDP per head: Maddison's 1974 value carried back to 1961 (interpolate.go's 15 years)")
	// The two Yemens: Maddison has only the unified Yemen, so each is
	// Yemen's GDP per head times its own COW population (the rule of the
	// eras of Europe). North Yemen is the Yemen Arab Republic of COW
	// (678, from 1926) and unified Yemen (679) after 22 May 1990.
	yar := nation1950("YAR", "North Yemen (Yemen Arab Republic; Yemen from 22 May 1990)", "middle-east", "YEM")
	yar.series = series{
		{from: 0, to: 1989, gdp: "YEM", perHead: []string{"YEM"}, nmc: "YAR"},
		{from: 1990, to: 9999, gdp: "YEM", sipri: "YEM", nmc: "YEM"},
	}
	ypr := nation1950("YPR", "South Yemen (People's Democratic Republic of Yemen)", "middle-east", "YEM")
	ypr.series = series{{from: 0, to: 1990, gdp: "YEM", perHead: []string{"YEM"}, nmc: "YPR"}}
	ypr.end = 1990
	ypr = entering1950(ypr, 1967, 1967, "independence from Britain, 30 November 1967 (COW system member from 1967); "+
		"merges into North Yemen on 22 May 1990")
	qat := entering1950(nation1950("QAT", "Qatar", "middle-east", "QAT"), 1971, 1974,
		"independence, 3 September 1971 (COW system member from 1971); Maddison's GDP begins in 1974")
	specs := []nationSpec{
		nation1950("EGY", "Egypt (the United Arab Republic 1958–1971)", "middle-east", "EGY"),
		nation1950("ISR", "Israel", "middle-east", "ISR"),
		nation1950("SYR", "Syria", "middle-east", "SYR"),
		nation1950("JOR", "Jordan", "middle-east", "JOR"),
		nation1950("LEB", "Lebanon", "middle-east", "LBN"),
		nation1950("IRQ", "Iraq", "middle-east", "IRQ"),
		nation1950("IRN", "Iran", "middle-east", "IRN"),
		nation1950("SAU", "Saudi Arabia", "middle-east", "SAU"),
		nation1950("TUR", "Turkey", "middle-east", "TUR"),
		entering1950(nation1950("LIB", "Libya", "middle-east", "LBY"), 1951, 1951,
			"independence, 24 December 1951 (COW system member from 1951); NMC's spending begins in 1959"),
		kuw, yar, ypr,
		entering1950(nation1950("BAH", "Bahrain", "middle-east", "BHR"), 1971, 1971,
			"independence, 15 August 1971 (COW system member from 1971)"),
		qat,
		entering1950(nation1950("OMA", "Oman", "middle-east", "OMN"), 1971, 1971,
			"admitted to the United Nations, 7 October 1971 (COW system member from 1971)"),
		usa, rus,
		nation1950("UKG", "United Kingdom", "europe", "GBR"),
		nation1950("FRN", "France", "europe", "FRA"),
	}
	return withCapitals(specs, meCapitals)
}

// withCapitals gives the specs the seats of government of a table, for
// the states places.go does not hold.
func withCapitals(specs []nationSpec, capitals map[string]place) []nationSpec {
	for i := range specs {
		if p, ok := capitals[specs[i].id]; ok {
			specs[i].capital = &p
		}
	}
	return specs
}

// meCapitals are the seats of government of the era's states that
// places.go does not hold (GeoNames, rounded to 0.01°).
var meCapitals = map[string]place{
	"EGY": {"Cairo", 30.06, 31.25},
	"SYR": {"Damascus", 33.51, 36.29},
	"JOR": {"Amman", 31.96, 35.95},
	"LEB": {"Beirut", 33.89, 35.50},
	"IRQ": {"Baghdad", 33.34, 44.40},
	"KUW": {"Kuwait City", 29.37, 47.98},
	"LIB": {"Tripoli (capital with Benghazi to 1963)", 32.89, 13.18},
	"YAR": {"Sanaa (the Imam's seat was Taiz, 200 km south, to 1962)", 15.35, 44.21},
	"YPR": {"Aden", 12.78, 45.04},
	"BAH": {"Manama", 26.22, 50.58},
	"QAT": {"Doha", 25.29, 51.53},
	"OMA": {"Muscat", 23.58, 58.41},
}

// debt1950 holds gross public debt over GDP around 1950 for the outside
// powers, as orders of magnitude (IMF HPDD), as the other eras' tables.
// The region's states are not read from the database (its file is not
// among the project's data): each has the low stand-in of the communist
// states of 1947, below b_safe, so that no fiscal pressure is assumed.
var debt1950 = map[string]float64{"USA": 0.9, "UKG": 2.0, "FRN": 0.3}

// postwarDebt is a state's debt of year from an era's table of the
// HPDD's orders of magnitude (debtFact), or the low stand-in for a state
// the table lacks, whose debt is not among the project's data.
func postwarDebt(debts map[string]float64, id string, year int) fact {
	if _, ok := debts[id]; ok {
		return debtFact(debts, id, year)
	}
	return fact{standInDebt, "not read from the IMF HPDD (not among the project's data): a low stand-in, below b_safe"}
}

// middleEast builds the era by the template of 1950–1990 (middleeast.go).
func middleEast(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "middle-east", span: "the Middle East, 1950–1990",
		title: "The Middle East from data, 1950–1990: an era the model was not fitted on",
		description: `
Twenty states from 1950 to 1990: Egypt, Israel, Syria, Jordan, Lebanon,
Iraq, Iran, Saudi Arabia and Turkey; Libya from 1951, Kuwait from 1961,
North Yemen, South Yemen from 1967 (merged into Yemen in 1990), Bahrain,
Qatar and Oman from 1971; and four outside powers, the United States, the
Soviet Union, the United Kingdom and France. Economies, defence budgets,
military stocks and regimes come from historical data; so do the
strategic rivalries of the period, with their years, and the pacts in
force on 1 January 1950 (Britain's treaties with Iraq, Egypt and Jordan,
NATO's three founders here). The wars among these states (Suez, the
Six-Day War, the War of Attrition, the October War, Iran–Iraq, Lebanon
1982 and Iraq's invasion of Kuwait) are events,
and so are the wars its states fought against states it does not model
(from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Arab states ally
against Israel (history: the Arab League's collective defence treaty of
1950 and the Arab pacts of 1955-1967), whether a northern tier forms with
Britain (the Baghdad Pact, 1955) and what the budgets of the front-line
states do (history: Israel, Egypt, Syria, Jordan and Iraq at 10 to 30 %
of GDP in the 1970s).
`,
		start: meStart, end: meEnd, specs: middleEastSpecs(), events: middleEastEvents(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year: North Yemen's first NMC figure is of 1960, Libya's of 1959), skipping the years of a war under way",
			"in a state's first year (fought.go); SIPRI's shares begin between 1957 and 1980 for these states, so",
			"most start shares are NMC-based (scenarios/data/README.md: NMC's are lower for most states).",
			"GDP: Maddison rgdpnapc × pop; Kuwait's and the two Yemens' are Maddison's GDP per head times the COW",
			"population (Kuwait's series begins in 1974, carried back to 1961; Maddison has only the unified Yemen).",
		},
	})
}

// era1950 is what sets an era of 1950–1990 apart from the others built by
// the post-1945 template: its states, events, texts and the units' lines on
// its start shares and GDP. postwar1950 assembles the rest alike.
type era1950 struct {
	name, span, title, description string
	start, end                     int
	specs                          []nationSpec
	events                         []event
	shares                         []string
}

// postwar1950 builds an era of 1950–1990: the units of the eras after
// 1945, the common sources (with Kornai's when a state of the era has a
// command economy), the rivalries' and the wars' sources.
func (d *dataset) postwar1950(e era1950) *scenario {
	sources := commonSources
	if slices.ContainsFunc(e.specs, func(s nationSpec) bool { return s.command != "" }) {
		sources = slices.Concat(sources, []string{"Kornai (1992), The Socialist System (command economies)"})
	}
	sc := &scenario{
		name: e.name, title: e.title, description: e.description,
		start: e.start, end: e.end,
		header:  header(e.name, e.span, slices.Concat(dollarUnits(d)[:4], e.shares, eraRules("F", e.start))...),
		sources: slices.Concat(sources, []string{tssSource, warsSource}),
	}
	d.assemble(sc, e.specs, index(e.specs), e.events)
	return sc
}
