package main

// East and South Asia from 1990 to 2014: the states of the region the data
// cover in those years, and the outside powers that fought or were allied
// there. An era out of sample, built by the post-1945 template of
// asia-1950 (asia.go, middleeast.go's postwarNation): nothing in the model
// was fitted on it, and validation judges it only by the era-independent
// targets (validate/generic.go). Its rivalries and the pacts in force on
// 1 January 1990 come from the data (tss.go, atop.go): the United States'
// treaties with the Philippines (ATOP 3210), Australia (ANZUS, 3215; New
// Zealand's spell ended in 1986), South Korea (3240), Thailand (the Manila
// pact, 3260, SEATO's remnant), Pakistan (3355) and Japan (3375), the
// Soviet treaties with North Korea (3440) and Mongolia (3535), China's
// with North Korea (3445) and Cuba's with North Korea (3975). Its events
// are the interstate wars among its states (asia1990_events.go) and the
// regime changes of Polity; no state enters (every state of the region
// the data carry was in the system on 1 January 1990, and none leaves). No
// threat shock, détente or doctrine, and no alliance after 1 January 1990
// is scripted.
//
// The states of the region are asia-1950's, East, South-East and South
// Asia and Oceania (COW's codes 710–990), that are COW system members in
// 1990–2014 with Maddison GDP, a defence share (SIPRI, or NMC's spending
// over Maddison's GDP) and a Polity2 score for most of their years in the
// era (the template's reading: africa.go, americas.go). To asia-1950's
// sixteen (China, Taiwan, Japan, the two Koreas, Vietnam, India, Pakistan,
// Sri Lanka, Myanmar, Thailand, the Philippines, Indonesia, Malaysia,
// Mongolia, Australia, New Zealand) the data add Bangladesh, Nepal,
// Cambodia, Laos and Singapore. Left out:
//   - Brunei, Bhutan, the Maldives, Timor-Leste (2002), Papua New Guinea,
//     Fiji, the Solomon Islands and the other states of the Pacific
//     (Vanuatu, Samoa, Tonga, Kiribati, Tuvalu, Nauru, the Marshall
//     Islands, Micronesia, Palau): Maddison has no GDP for any year of
//     them; besides, Polity codes none of Brunei's, the Maldives' or the
//     small Pacific states' years, and NMC's spending is nil or missing in
//     every year for the Solomon Islands and the small Pacific states, and
//     missing for Timor-Leste to 2009 and for Bhutan in 21 of 25 years;
//   - Afghanistan (COW 700) and the Central Asian republics (701–705, from
//     1991) are not of the region: asia-1950 leaves Afghanistan out with
//     "the states of South-West Asia", and the Middle East's era does not
//     have it either. Afghanistan
//     would fail the rule in any case: Polity codes none of its years after
//     2000 (the interruption of 2001–).
// North Korea is kept although its defence share is in the data for 12 of
// its 25 years: SIPRI has no series for it and NMC's spending ends in 2001.
// That is short of "most of their years" by one (Africa left out Lesotho,
// above nil in 12 of 25 years, whose spending was nil from its entry in
// 1966 to 1977, so that its start share would have been nil); North
// Korea's start share, GDP (Maddison to 2015) and regime (Polity in every
// year) are data, and its missing shares only leave 2002–2013 unscored.
// Myanmar's SIPRI series has a gap (2006–2011) that NMC fills but in
// 2008–2009; Laos's NMC spending begins in 1992, its start share is the
// median of SIPRI's 1992–1994 (within the template's ten years).
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1990–2014, or
// held an ATOP defence pact with one on 1 January 1990 (the rule of the
// Americas and Africa, americas.go, africa.go). No state outside the
// region fought a COW war in it in these years (the one COW lists there,
// Kargil, is India's and Pakistan's; the Gulf War, the invasions of
// Afghanistan and Iraq, which the United States and Australia fought, were
// fought outside it and do not bring their enemies in, as in the Americas),
// so the outside powers are the pacts':
//   - the United States: its treaties with the Philippines, Australia,
//     South Korea, Thailand, Pakistan and Japan;
//   - the Soviet Union (Russia from 1992): its treaties with North Korea
//     (1961, to 1996) and Mongolia (1966, to 1993);
//   - Cuba: its treaty of friendship and cooperation with North Korea
//     (1986), with a defence obligation in ATOP (3975).
// The United Kingdom and France, asia-1950's other outside powers, are
// not in: neither fought a COW war in the region in 1990–2014, and ATOP
// has no pact of either with a state of the region in force in 1990
// (Britain's defence agreement with Malaysia, ATOP 3330, ended in 1971;
// the Five Power Defence Arrangements that followed it are not among
// ATOP's pacts). The Soviet treaties with India (1971, ATOP 3675) and
// Vietnam (1978, 3825) oblige consultation, not defence. Cuba's presence brings its
// rivalry with the United States (1959–ongoing) into the era, as the rule
// does for every state it brings in.
//
// The Soviet Union is one state with Russia (COW's 365 throughout): its
// GDP is Maddison's former USSR (SUN) to 1991 and Russia's (RUS) from
// 1992, as in asia-1950's spec, so its trend growth (1990–2013) runs from
// the Union's GDP to Russia's and carries the break-up (a state's borders
// move its rate, as the Ottoman Empire's in Europe 1871). The model has no
// break-up: its GDP falls by the trend, not in 1992 at once.
//
// Command economies: the template's mark holds over a state's whole run
// and has no date; asia-1950 marks the states that were communist in their
// first year in the era (americas.go). In 1990 these were China, North
// Korea, Vietnam, Laos, Cambodia (the State of Cambodia under the
// People's Revolutionary Party to October 1991), Mongolia (the People's
// Republic to 1992), the Soviet Union and Cuba. All eight are marked,
// though Mongolia and Russia were market economies within two years and
// the reforms of China (1978), Vietnam and Laos (1986) and Cambodia (1989)
// are not represented, as Yugoslavia's are not in the Cold War.
//
// Japan carries asia-1950's and the Cold War's policy fact, s_max = 0.01
// (art. 9 and the Yoshida doctrine; the Miki cabinet's ceiling of 1 % of
// GNP of 1976), as the template builds it, though the Nakasone cabinet
// replaced the ceiling with total-amount limits in January 1987 (the Cold
// War carries the fact to 1991 all the same; the twenty-first century's
// Japan, from 2000, has none). Without it Japan's share rises in the runs
// from 0.9 % to 2.4–2.8 % of GDP after the China–Japan rivalry of 1996
// (SIPRI: 0.9–1.0 % in every year of 1990–2013). Its stock counts its
// post-war series only (1946–), as in both.
//
// Debts: the United States has an order of magnitude from the IMF HPDD
// around 1990 (debt1990); every other state, the Soviet Union and Cuba
// included (the database does not cover them for 1990), the low stand-in
// below b_safe, as in the other eras after 1945 (the database file is not
// among the project's data).
//
// Neutral: India, by its non-alignment (the template's rule,
// postwarNation: the Cold War's table; India was a member of the
// Non-Aligned Movement throughout the era). Cambodia's constitution of
// 1993 declares it permanently neutral and non-aligned, from its fourth
// year; Cambodia is left out.

const (
	as90Start = 1990
	as90End   = 2014
)

// nation1990 is a state of East and South Asia 1990–2014 by the post-1945
// template (postwarNation): its trend growth from 1990 to 2013, the year
// before the era's end, as the template's 1950–1989.
func nation1990(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, as90Start, as90End, debt1990)
}

// debt1990 holds gross public debt over GDP around 1990 for the outside
// powers the database covers, as an order of magnitude (IMF HPDD), as the
// other eras' tables: to be checked against the database (not among the
// project's data) before use as a target.
var debt1990 = map[string]float64{"USA": 0.6}

func asia1990Specs() []nationSpec {
	rus := planned(nation1990("RUS", "Soviet Union (Russia from 1992)", "europe", "SUN"))
	rus.series = series{{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"}, {from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"}}
	jpn := nation1990("JPN", "Japan", "asia", "JPN")
	jpn.stock = []stockRange{{"JPN", 1946, 9999}} // disarmed 1945, as in the Cold War and 21st-century scenarios
	jpn.policy = []policyFact{{"s_max", 0.01, "Constitution of Japan (1947) art. 9 and the Yoshida doctrine; " +
		"Miki cabinet decision of 5 November 1976 capping defence at 1 % of GNP, replaced by total-amount limits " +
		"(Nakasone cabinet, 24 January 1987); asia-1950's and the Cold War's fact, kept as the template builds Japan"}}
	specs := []nationSpec{
		planned(nation1990("CHN", "China", "asia", "CHN")),
		nation1990("TAW", "Taiwan", "asia", "TWN"),
		jpn,
		nation1990("ROK", "South Korea", "asia", "KOR"),
		planned(nation1990("PRK", "North Korea", "asia", "PRK")),
		planned(nation1990("DRV", "Vietnam", "asia", "VNM")),
		planned(nation1990("CAM", "Cambodia", "asia", "KHM")),
		planned(nation1990("LAO", "Laos", "asia", "LAO")),
		nation1990("THI", "Thailand", "asia", "THA"),
		nation1990("MYA", "Myanmar (Burma)", "asia", "MMR"),
		nation1990("MAL", "Malaysia", "asia", "MYS"),
		nation1990("SIN", "Singapore", "asia", "SGP"),
		nation1990("INS", "Indonesia", "asia", "IDN"),
		nation1990("PHI", "Philippines", "asia", "PHL"),
		nation1990("IND", "India", "asia", "IND"),
		nation1990("PAK", "Pakistan", "asia", "PAK"),
		nation1990("BNG", "Bangladesh", "asia", "BGD"),
		nation1990("SRI", "Sri Lanka", "asia", "LKA"),
		nation1990("NEP", "Nepal", "asia", "NPL"),
		planned(nation1990("MON", "Mongolia", "asia", "MNG")),
		nation1990("AUL", "Australia", "oceania", "AUS"),
		nation1990("NEW", "New Zealand", "oceania", "NZL"),
		// The outside powers (above).
		nation1990("USA", "United States", "americas", "USA"),
		rus,
		planned(nation1990("CUB", "Cuba", "americas", "CUB")),
	}
	return withCapitals(specs, as90Capitals)
}

// as90Capitals are the seats of government of the era's states that
// places.go does not hold, in 1990 (GeoNames, rounded to 0.01°).
var as90Capitals = map[string]place{
	"CAM": {"Phnom Penh", 11.56, 104.92},
	"LAO": {"Vientiane", 17.97, 102.60},
	"MYA": {"Rangoon (Yangon; Naypyidaw from 2005)", 16.87, 96.20},
	"MAL": {"Kuala Lumpur (Putrajaya the administrative centre from 1999)", 3.14, 101.69},
	"SIN": {"Singapore", 1.29, 103.85},
	"PAK": {"Islamabad", 33.72, 73.04},
	"BNG": {"Dhaka", 23.71, 90.41},
	"SRI": {"Colombo (Sri Jayawardenepura Kotte, its suburb, the official capital from 1982)", 6.93, 79.85},
	"NEP": {"Kathmandu", 27.70, 85.32},
}

// asia1990 builds the era by the post-1945 template (middleeast.go).
func asia1990(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "asia-1990", span: "East and South Asia, 1990–2014",
		title: "East and South Asia from data, 1990–2014: an era the model was not fitted on",
		description: `
Twenty-five states from 1990 to 2014: China, Taiwan, Japan, South and
North Korea, Vietnam, Cambodia, Laos, Thailand, Myanmar, Malaysia,
Singapore, Indonesia, the Philippines, India, Pakistan, Bangladesh, Sri
Lanka, Nepal, Mongolia, Australia and New Zealand, and three outside
powers, the United States (its treaties with Japan, South Korea, the
Philippines, Thailand, Pakistan and Australia), the Soviet Union, Russia
from 1992 (its treaties with North Korea and Mongolia), and Cuba (its
treaty with North Korea). Economies, defence budgets, military stocks and
regimes come from historical data; so do the strategic rivalries of the
period, with their years, and the defence pacts in force on 1 January
1990. The one war among these states, Kargil (India and Pakistan, 1999),
is an event; so are the wars its states fought against states it does not
model (from COW's data) and Polity's regime changes; nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the United States' treaties
hold after the Cold War (history: all of them did), whether the Soviet
treaties with North Korea and Mongolia lapse (1993-1996) and China's
stays, whether new pacts form where history has none (ASEAN, India and
its neighbours), and what the budgets of China, India, Pakistan and the
two Koreas do.
`,
		start: as90Start, end: as90End, specs: asia1990Specs(), events: asia1990Events(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year); SIPRI's shares cover most of these states from 1990 (Laos from 1992, Cuba from 2009; none for",
			"North Korea, whose shares are NMC's to 2001, nor for the Soviet Union before Russia's of 1992).",
			"GDP: Maddison rgdpnapc × pop; the Soviet Union's is Maddison's former USSR to 1991 and Russia's from 1992.",
		},
	})
}
