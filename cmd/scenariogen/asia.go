package main

// East and South Asia from 1950 to 1990: the states of the region the data
// cover in those years, and the outside powers that fought and allied
// there. An era out of sample, built by the post-1945 template of the
// Middle East (middleeast.go): nothing in the model was fitted on it, and
// validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1950 come from the data (tss.go, atop.go); its events are the interstate
// wars among its states (asia_events.go), the entries of the states that
// became independent or sovereign, Vietnam's unification and the regime
// changes of Polity. No threat shock, détente or doctrine, and no alliance
// after 1950 is scripted: the Sino-Soviet treaty of 1950, ANZUS, SEATO,
// the United States' treaties with Japan, South Korea, Taiwan and the
// Philippines, and the Soviet treaties of the 1960s and 1970s must emerge.
//
// Left out: Cambodia and Laos (NMC has no spending for most of their
// years), Singapore (none at all), Bangladesh (from 1971; NMC's first
// figures are of 1972) and the states of South-West Asia (the Middle East's
// era). North and South Vietnam are Maddison's Vietnam's GDP per head times
// their COW populations (Maddison has only Vietnam).

const (
	asStart = 1950
	asEnd   = 1990
)

func asiaSpecs() []nationSpec {
	rus := planned(nation1950("RUS", "Soviet Union", "europe", "SUN"))
	rus.series = series{{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"}, {from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"}}
	jpn := nation1950("JPN", "Japan", "asia", "JPN")
	jpn.stock = []stockRange{{"JPN", 1946, 9999}} // disarmed 1945, as in the Cold War scenario
	jpn.policy = []policyFact{{"s_max", 0.01, "Constitution of Japan (1947) art. 9 and the Yoshida doctrine; " +
		"Miki cabinet decision of 5 November 1976 capping defence at 1 % of GNP (SIPRI: 0.9–1.3 % in 1955–1985)"}}
	jpn = entering1950(jpn, 1952, 1952, "peace treaty of San Francisco in force 28 April 1952 (COW system member from 1952)")
	drv := planned(nation1950("DRV", "North Vietnam (Vietnam from 1976)", "asia", "VNM"))
	drv.series = series{{from: 0, to: 9999, gdp: "VNM", perHead: []string{"VNM"}, nmc: "DRV"}}
	drv = entering1950(drv, 1954, 1954, "the Geneva Accords, 21 July 1954 (COW system member from 1954); "+
		"GDP: Maddison's Vietnam's GDP per head times the COW population")
	rvn := nation1950("RVN", "South Vietnam", "asia", "VNM")
	rvn.series = series{{from: 0, to: 1975, gdp: "VNM", perHead: []string{"VNM"}, nmc: "RVN"}}
	rvn.end, rvn.growthTo = 1975, 1974
	rvn = entering1950(rvn, 1954, 1954, "independence treaties with France, 4 June 1954 (COW system member from 1954); merges into North Vietnam "+
		"on 30 April 1975; GDP: Maddison's Vietnam's GDP per head times the COW population")
	mal := entering1950(nation1950("MAL", "Malaysia (Malaya to 1963)", "asia", "MYS"), 1957, 1957,
		"independence of the Federation of Malaya, 31 August 1957 (COW system member from 1957)")
	specs := []nationSpec{
		planned(nation1950("CHN", "China", "asia", "CHN")),
		nation1950("TAW", "Taiwan", "asia", "TWN"),
		jpn,
		nation1950("ROK", "South Korea", "asia", "KOR"),
		planned(nation1950("PRK", "North Korea", "asia", "PRK")),
		drv, rvn,
		nation1950("IND", "India", "asia", "IND"),
		nation1950("PAK", "Pakistan", "asia", "PAK"),
		nation1950("SRI", "Sri Lanka", "asia", "LKA"),
		nation1950("MYA", "Myanmar (Burma)", "asia", "MMR"),
		nation1950("THI", "Thailand", "asia", "THA"),
		nation1950("PHI", "Philippines", "asia", "PHL"),
		nation1950("INS", "Indonesia", "asia", "IDN"),
		mal,
		planned(nation1950("MON", "Mongolia", "asia", "MNG")),
		nation1950("AUL", "Australia", "oceania", "AUS"),
		nation1950("NEW", "New Zealand", "oceania", "NZL"),
		nation1950("USA", "United States", "americas", "USA"),
		rus,
		nation1950("UKG", "United Kingdom", "europe", "GBR"),
		nation1950("FRN", "France", "europe", "FRA"),
	}
	return withCapitals(specs, asCapitals)
}

// asCapitals are the seats of government of the era's states that
// places.go does not hold (GeoNames, rounded to 0.01°).
var asCapitals = map[string]place{
	"RVN": {"Saigon (Ho Chi Minh City)", 10.82, 106.63},
	"PAK": {"Karachi (the capital to 1959; Islamabad from 1967)", 24.86, 67.01},
	"SRI": {"Colombo", 6.93, 79.85},
	"MYA": {"Rangoon (Yangon)", 16.87, 96.20},
	"MAL": {"Kuala Lumpur", 3.14, 101.69},
}

// asia builds the era by the template of 1950–1990 (middleeast.go).
func asia(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "asia-1950", span: "East and South Asia, 1950–1990",
		title: "East and South Asia from data, 1950–1990: an era the model was not fitted on",
		description: `
Twenty-two states from 1950 to 1990: China, Taiwan, Japan (from 1952),
South and North Korea, North and South Vietnam (from 1954; the South
merges into the North in 1975), India, Pakistan, Sri Lanka, Myanmar,
Thailand, the Philippines, Indonesia, Malaysia (from 1957), Mongolia,
Australia and New Zealand, and four outside powers, the United States, the
Soviet Union, the United Kingdom and France. Economies, defence budgets,
military stocks and regimes come from historical data; so do the
strategic rivalries of the period, with their years, and the defence
pacts in force on 1 January 1950. The wars among these states (Korea, the
Taiwan Strait crises, the Sino-Indian war, Vietnam, the Indo-Pakistani
wars, China's wars with Vietnam) are events,
and so are the wars its states fought against states it does not model
(from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether China allies with the
Soviet Union and leaves it (history: the treaty of 1950, the split after
1958), whether the United States' treaties with Japan, South Korea, Taiwan
and the Philippines, ANZUS and SEATO form, and what the budgets of the
states at war do.
`,
		start: asStart, end: asEnd, specs: asiaSpecs(), events: asiaEvents(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go); SIPRI's shares begin",
			"in the 1950s or later for most of these states, so many start shares are NMC-based.",
			"GDP: Maddison rgdpnapc × pop; North and South Vietnam's are Maddison's Vietnam's GDP per head times the",
			"COW population.",
		},
	})
}
