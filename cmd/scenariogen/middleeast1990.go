package main

// The Middle East from 1990 to 2014: the states of the Middle East's region
// (middleeast.go) that the data cover in those years, and the outside
// powers that fought or were allied there. An era out of sample, built by
// the post-1945 template of asia-1990 and africa-1990 (asia1990.go,
// africa1990.go, middleeast.go's postwarNation): nothing in the model was
// fitted on it, and validation judges it only by the era-independent
// targets (validate/generic.go). Its rivalries and the pacts in force on
// 1 January 1990 come from the data (tss.go, atop.go): NATO (ATOP 3180),
// the Brussels treaty among the European allies (3130), the Arab League's
// treaty of joint defence (3205), ANZUS (3215), the United States'
// treaties with Turkey (3360) and Israel (3925) and Jordan's with Saudi
// Arabia (3465; ATOP ends the last two in 1991 and 1990). Its events are the
// interstate wars among its states (middleeast1990_events.go), the steps
// of territory of the data (territory.go: Yemen's unification, Germany's)
// and the regime changes of Polity. No state enters: every state of the
// era was in the system on 1 January 1990. No threat shock, détente or
// doctrine, and no alliance after 1 January 1990 is scripted.
//
// The region is the Middle East era's: Egypt, Israel, Syria, Jordan,
// Lebanon, Iraq, Iran, Saudi Arabia, Turkey, Libya, Kuwait, the two
// Yemens, Bahrain, Qatar, the United Arab Emirates and Oman. Its states
// are those that are COW system members in 1990–2014 with Maddison GDP, a
// defence share (SIPRI, or NMC's spending over Maddison's GDP) and a
// Polity2 score for most of their years in the era (the template's
// reading, asia1990.go; the project's Polity file ends in 2012, so 23 of 25
// years is every state's most). Libya is of africa-1990's region too: the
// two eras hold it both, as middle-east and africa-1960 do.
//
// The United Arab Emirates, which the Middle East's era of 1950 leaves out
// (Maddison's series begins in 1993, 22 years after their independence),
// are in: 1993 is within the template's ten years of 1990 (values.go,
// lookAhead). Their GDP is Maddison's of 1993, the first year it has, as
// Qatar's is of 1974 in the Middle East's era (three years after its
// entry), and their trend growth is from 1993; their start share is the
// median of their first three years with a figure, 1993–1995 (NMC's
// spending over Maddison's GDP: SIPRI's series begins in 1997). Their GDP
// at the start stands three years of growth above 1990's, as Qatar's does.
//
// Two start shares stand far from the data of the years after them, kept
// as the data give them. Qatar's is the median of SIPRI's 1990 and 1991
// (10.7 and 13.0 %, the second the Gulf War's year, which begins after
// Qatar's first year and so stays in, fought.go) and NMC's 1993 (3.0 %; NMC
// has no figure for 1990 or 1992): 10.7 %. SIPRI's series of Qatar then
// has no figure from 1992 to 2001 and gives 1.5–3.9 % in 2002–2010, and
// NMC's shares of 1993–2001 are 1.1–3.3 % (NMC's of 1991 is 4.4 %, a third
// of SIPRI's): the start share is two years of SIPRI's before its gap, three
// to five times the level of every figure after. The Emirates' start
// share, NMC's 1.0–1.2 % of 1993–1995, is a fifth to an eighth of SIPRI's
// from 1997 (5.6–8.6 % in 1997–2001, where NMC's stays at 1.0–1.3 %): the
// gap between NMC's exchange-rate dollars and Maddison's purchasing-power
// GDP (scenarios/data/README.md, "Read the NMC-based shares with care"),
// at its widest here.
//
// Kuwait has no Polity2 score for 1990 (Polity codes the Iraqi occupation
// as an interruption): its regime is the 1991 score, the template's first
// year coded. Iraq's Polity2 is missing in 2003–2009 (the occupation and
// the transition: 16 of its 25 years coded) and NMC's spending in
// 2002–2008 (SIPRI's series begins in 2004): its shares are missing in
// 2002–2003, and its regime holds the 2002 score until the change of 2010.
// Syria's and Qatar's NMC spending is nil or missing in their last years
// (2011–2014 and 2012–2014), after SIPRI's series end (2010): those years
// are unscored. Left out:
//   - Lebanon: Polity codes 8 of its 25 years (2005–2012): it codes
//     1976–2004, the civil war's years and Syria's presence, as a foreign
//     interruption, and the template reads a state's regime from Polity
//     within ten years of its first (values.go), which Lebanon's 2005 is
//     not. Its rivalry with Syria (1976–2005) and its place in the Arab
//     League's pact are not in the era;
//   - South Yemen (the People's Democratic Republic, COW 680): NMC's
//     spending of its one year in the era, 1990, is missing, and SIPRI's
//     Yemen is the unified state, so it has no defence share; it merged
//     into Yemen on 22 May 1990. A merge needs both states in the era
//     (the data README: "What a spec must still say is a merge"); without
//     South Yemen the unification is a change of North Yemen's borders,
//     as the Soviet Union's break-up is one of Russia's in asia-1990: North
//     Yemen's GDP is Maddison's Yemen's GDP per head times its own COW
//     population in 1990 (the Middle East's era's rule for the two Yemens)
//     and Maddison's Yemen from 1991, the step of 1991 a territory event
//     (territory.go; dated 1 January 1991, not 22 May 1990). NMC's Yemen
//     (679) of 1990 has no spending, and its 1990 row is not read: North
//     Yemen's 1990 is COW's Yemen Arab Republic (678), a member of the
//     Arab League's pact on 1 January 1990 (ATOP 3205). The rivalry of
//     Saudi Arabia and unified Yemen (1990–2000), which the rivalry file's
//     "Yemen" names from 1990 (tssCodes), is therefore in the era from
//     1991; North and South Yemen's (1967–1990) is not.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1990–2014, or
// held an ATOP defence pact with one on 1 January 1990 (the rule of the
// Americas, Africa and Asia, americas.go, africa.go, asia1990.go):
//   - the United States, the United Kingdom, France, Canada and Italy: the
//     Gulf War's coalition against Iraq (16 January – 11 April 1991), and
//     NATO (ATOP 3180) with Turkey; the United States and the United
//     Kingdom also the invasion of Iraq (2003), and the United States its
//     treaties with Turkey (3360, 1959) and Israel (3925, 1981, to 1991);
//   - West Germany (Germany from 3 October 1990), the Netherlands,
//     Belgium, Luxembourg, Portugal, Norway, Denmark, Greece and Spain:
//     NATO with Turkey, as NATO's European founders are the Americas'
//     outside powers of 1950 by their pact with the United States and
//     Canada. Iceland, a member too, is left out, as in americas-1950:
//     Polity does not code it and NMC's spending is nil or missing in 22
//     of its 25 years (it has no armed forces);
//   - Australia: the invasion of Iraq (19 March – 2 May 2003), fought in
//     the region against one of its states (in asia-1990 it was fought
//     outside the era's region and brought no one in). Its treaty with the
//     United States (ANZUS, ATOP 3215) is then a pact of the start.
// The Soviet Union is not in: its treaties with Iraq (1972), South Yemen
// (1979) and Syria (1980) oblige consultation, not defence (ATOP 3690,
// 3855, 3880: not among the defence or offence pacts), and it fought no
// COW war in the region in 1990–2014. Its rivalry and Russia's with the
// United States are then not in the era.
//
// The Arab League's treaty of joint defence of 1950 (ATOP 3205) holds, on
// 1 January 1990, Morocco, Algeria, Tunisia, Sudan, Somalia and Djibouti
// outside the region, and the Arab Maghreb Union's treaty of February 1989
// (3995, with defence obligations) Morocco, Algeria, Tunisia and
// Mauritania with Libya; Morocco also fought in the Gulf War's coalition
// (COW: 16 January – 11 April 1991). By the rule these six states (all
// but Somalia, which has no Maddison GDP) would be outside powers. They
// are left out: the departure africa-1990 states for the Arab League's
// members of this region (africa1990.go), read from this side. The two
// eras divide the League along africa-1960's boundary (Africa west and
// south of Egypt), each holding the pact among its own members (Libya,
// of both regions, is in both); with them this era would hold Africa's
// north (Morocco–Algeria, Egypt–Sudan from 1991, the Maghreb Union's
// pact), as with its members here africa-1990 would be the Middle East's.
// Morocco's part in the Gulf War is then not represented; the Maghreb
// Union's pact has one member in the era (Libya) and is not written.
//
// West Germany is the state of 1 January 1990, a member of NATO (COW 260);
// its GDP is 0.80 of Maddison's Germany in 1990 (the Cold War's split, the
// data README's "Germany split") and Germany's whole from 1991, its
// spending NMC's West Germany (GFR) to 1990 and Germany (GMY) from 1991,
// as in the Cold War's spec (coldwar.go). East Germany is not an outside
// power (the Warsaw Pact held no state of the region): unification is a
// change of West Germany's borders, the step of 1991 a territory event
// (× 1.25, the split's inverse). Its stock counts the Bundeswehr's series
// (1955–), as in the Cold War.
//
// Command economies: by asia-1990's test (communist in the first year in
// the era) none; South Yemen, the region's one Marxist–Leninist state in
// 1990, is left out (above). No neutral: the template marks none.
//
// Debts: the United States, the United Kingdom and France have orders of
// magnitude from the IMF HPDD around 1990 (debtMe1990: the United States'
// and France's are asia-1990's and africa-1990's readings); every other
// state the low stand-in below b_safe, Canada, Australia and the European
// allies included, as the Americas' era of 1950 does (the database file is
// not among the project's data). Belgium's and Italy's debts were about
// their GDP in 1990, above b_safe: the stand-in does not represent their
// fiscal pressure.

const (
	me90Start = 1990
	me90End   = 2014
)

// nationMe1990 is a state of the Middle East 1990–2014 by the post-1945
// template (postwarNation): its trend growth from 1990 to 2013, the year
// before the era's end.
func nationMe1990(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, me90Start, me90End, debtMe1990)
}

// debtMe1990 holds gross public debt over GDP around 1990 for the outside
// powers the database covers, as orders of magnitude (IMF HPDD), as the
// other eras' tables: to be checked against the database (not among the
// project's data) before use as a target.
var debtMe1990 = map[string]float64{"USA": 0.6, "UKG": 0.3, "FRN": 0.4}

func middleEast1990Specs() []nationSpec {
	// North Yemen in 1990, Yemen from 1991 (above).
	yar := nationMe1990("YAR", "North Yemen (Yemen Arab Republic; Yemen from 22 May 1990)", "middle-east", "YEM")
	yar.series = series{
		{from: 0, to: 1990, gdp: "YEM", perHead: []string{"YEM"}, nmc: "YAR"},
		{from: 1991, to: 9999, gdp: "YEM", sipri: "YEM", nmc: "YEM"},
	}
	yar.note = "Yemen Arab Republic on 1 January 1990; unified Yemen from 22 May 1990, South Yemen being left out: " +
		"the unification is the territory step of 1991 (middleeast1990.go)"
	// The United Arab Emirates: Maddison's GDP begins in 1993 (above).
	uae := nationMe1990("UAE", "United Arab Emirates", "middle-east", "ARE")
	uae.growthFrom = 1993
	uae.note = "Maddison's GDP begins in 1993: its GDP and trend are from 1993, its start share 1993–1995 (middleeast1990.go)"
	specs := []nationSpec{
		nationMe1990("EGY", "Egypt", "middle-east", "EGY"),
		nationMe1990("ISR", "Israel", "middle-east", "ISR"),
		nationMe1990("SYR", "Syria", "middle-east", "SYR"),
		nationMe1990("JOR", "Jordan", "middle-east", "JOR"),
		nationMe1990("IRQ", "Iraq", "middle-east", "IRQ"),
		nationMe1990("IRN", "Iran", "middle-east", "IRN"),
		nationMe1990("SAU", "Saudi Arabia", "middle-east", "SAU"),
		nationMe1990("TUR", "Turkey", "middle-east", "TUR"),
		nationMe1990("LIB", "Libya", "middle-east", "LBY"),
		nationMe1990("KUW", "Kuwait", "middle-east", "KWT"),
		yar,
		nationMe1990("BAH", "Bahrain", "middle-east", "BHR"),
		nationMe1990("QAT", "Qatar", "middle-east", "QAT"),
		uae,
		nationMe1990("OMA", "Oman", "middle-east", "OMN"),
		// The outside powers (above).
		nationMe1990("USA", "United States", "americas", "USA"),
		nationMe1990("CAN", "Canada", "americas", "CAN"),
		nationMe1990("AUL", "Australia", "oceania", "AUS"),
	}
	specs = append(specs, natoEurope1990(nationMe1990)...)
	return withCapitals(withCapitals(specs, meCapitals), me90Capitals)
}

// me90Capitals are the seats of government of the era's states as of 1990
// where they differ from the Middle East's era's (meCapitals: a capital's
// history since 1950 is not 1990's to tell) and of the states that era
// does not have (GeoNames, rounded to 0.01°).
var me90Capitals = map[string]place{
	"LIB": {"Tripoli", 32.89, 13.18},
	"YAR": {"Sanaa", 15.35, 44.21},
	"UAE": {"Abu Dhabi", 24.47, 54.37},
}

// middleEast1990 builds the era by the post-1945 template (middleeast.go).
func middleEast1990(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "middle-east-1990", span: "the Middle East, 1990–2014",
		title: "The Middle East from data, 1990–2014: an era the model was not fitted on",
		description: `
Thirty states from 1990 to 2014: Egypt, Israel, Syria, Jordan, Iraq,
Iran, Saudi Arabia, Turkey, Libya, Kuwait, Yemen (North Yemen until the
unification of May 1990), Bahrain, Qatar, the United Arab Emirates and
Oman, and fifteen outside powers: the United States, the United Kingdom,
France, Canada and Italy (the Gulf War's coalition, and NATO with
Turkey), West Germany (Germany from October 1990), the Netherlands,
Belgium, Luxembourg, Portugal, Norway, Denmark, Greece and Spain (NATO
with Turkey) and Australia (the invasion of Iraq, 2003). Economies,
defence budgets, military stocks and regimes come from historical data;
so do the strategic rivalries of the period, with their years, and the
defence pacts in force on 1 January 1990 (NATO and the Brussels treaty,
the Arab League's treaty of 1950, ANZUS, the United States' treaties with
Turkey and Israel, Jordan's with Saudi Arabia). The wars among these states in COW's data, Iraq's
invasion of Kuwait and the Gulf War (1990-91) and the invasion of Iraq
(2003), are events, and so are the wars its states fought against states
it does not model (from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether NATO and the Arab League's
pact hold (history: both did), whether the Gulf states ally with each
other and with the United States (history: the Gulf Cooperation Council's
defence pact of 2000 and the United States' agreements of 1991-1994), and
what the budgets of Israel, Saudi Arabia, Iraq, Iran and the Gulf states
do.
`,
		start: me90Start, end: me90End, specs: middleEast1990Specs(), events: middleEast1990Events(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go: Iraq's and Kuwait's",
			"1990 and 1991); SIPRI's shares cover most of these states from 1990 (not all: NMC's stand in where",
			"SIPRI has none).",
			"GDP: Maddison rgdpnapc × pop; North Yemen's of 1990 Maddison's Yemen's GDP per head times its COW",
			"population; West Germany's of 1990 0.80 of Maddison's Germany; the United Arab Emirates' from 1993.",
		},
	})
}
