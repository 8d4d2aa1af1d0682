package main

import "maps"

// The Americas from 1990 to 2014: the independent states of North, Central
// and South America and the Caribbean that the data cover in those years.
// An era out of sample, built by the post-1945 template of asia-1990 and
// africa-1990 (asia1990.go, africa1990.go, middleeast.go's postwarNation)
// over the region of americas-1950 (americas.go): nothing in the model was
// fitted on it, and validation judges it only by the era-independent
// targets (validate/generic.go). Its rivalries and the pacts in force on
// 1 January 1990 come from the data (tss.go, atop.go): the Rio Treaty of
// 1947 (ATOP 3075), the Charter of the Organization of American States of
// 1948 (3150), NATO (3180) among the United States, Canada and the
// European allies that come in by it (below), and the Panama Canal Treaty
// of 1977 (3795, the United States obliged to defend the canal's
// neutrality, to 1999), with the European allies' own pacts. Its events
// are the interstate wars among its states (americas1990_events.go) and
// the regime changes of Polity; no state enters (every state of the region
// the data carry was in the system on 1 January 1990, and none leaves). No
// threat shock, détente or doctrine, and no alliance after 1 January 1990
// is scripted.
//
// The region is americas-1950's, the Americas and the Caribbean (COW's
// codes 2–165). Its states are the COW system members of 1990–2014 with
// Maddison GDP, a defence share (SIPRI, or NMC's spending over Maddison's
// GDP) and a Polity2 score for most of their years in the era (the
// template's reading, asia1990.go; the project's Polity file ends in 2012,
// so 23 of 25 years is every state's most). They are americas-1950's
// twenty-four states of the region, all in the system on 1 January 1990:
// the United States, Canada, Cuba, Haiti, the Dominican Republic, Jamaica,
// Trinidad and Tobago, Mexico, Guatemala, Honduras, El Salvador,
// Nicaragua, Costa Rica, Panama, and the ten states of South America that
// the data cover. Left out, as in americas-1950:
//   - the Bahamas, Grenada, Saint Vincent and the Grenadines, Antigua and
//     Barbuda, Saint Kitts and Nevis, Belize, Guyana and Suriname: Maddison
//     has no GDP for any year of them (besides, Polity codes none of the
//     first six's years, and NMC's spending is nil or missing in every year
//     for Grenada and Saint Kitts and Nevis, in 24 of 25 for Saint Vincent).
//     The rivalries of Guyana and Venezuela (1966–ongoing) and of Belize
//     and Guatemala (1981–1993) are not in the era;
//   - Barbados, Dominica and Saint Lucia: Polity IV codes no state of under
//     500,000 people, so none of their years has a regime score (NMC's
//     spending is besides nil or missing in every year for Dominica and
//     Saint Lucia).
//
// Haiti is kept although its spending stops with its army: the army was
// disbanded in 1995, NMC's spending is above nil in 12 of 25 years (1990–
// 1992, 1995–2003) and SIPRI's shares cover 1990–1995 and 2013, so a
// defence share is in the data for 15 of its 25 years, most of them (the
// template's reading; asia-1990 keeps North Korea with 12 of 25); its
// missing shares leave 2004–2012 unscored. Its start
// share is SIPRI's 1990–1992, its GDP (Maddison to 2016) and regime
// (Polity in every year to 2012) are data. Its series changes in 1996:
// NMC's Haitian figures are 2 to 8 times SIPRI's in the four years both
// have (1990–1992, 1995), the reverse of the other states' here (NMC's
// exchange-rate figures over Maddison's GDP at purchasing-power parity
// are, in the median year, 0.30 to 0.74 times SIPRI's shares for the Latin
// American states, 0.87 for Trinidad and Tobago, 1.05 for Canada: the data
// README's "Read the NMC-based shares with care"), so its NMC shares of
// 1996–2003 (1.0 % in 1996, the year after the army's end, 0.2 % by 2003)
// stand above its SIPRI shares of 1990–1995 (0.07–0.11 %); kept as the
// data give them.
// Costa Rica, with no army since 1948, has NMC spending (its police and
// public-security forces) in every year and no SIPRI series: its shares are
// NMC's throughout, as in americas-1950, and so probably low against the
// other states' SIPRI shares by about that ratio.
// Cuba's NMC spending of 1994 is a data error (nmcErrors, convert.go, found
// when asia-1990 was built), and NMC has no figure of 1992–1993: its
// shares are NMC's of 1990, 1991 and 1995–2008 and SIPRI's of 2009–2013.
// Trinidad and Tobago's NMC spending is missing in 1990 and 1993 and
// SIPRI covers 1993–1994 and 2001–2013: its start share is the median of
// 1991, 1992 (NMC) and 1993 (SIPRI).
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1990–2014, or
// held an ATOP defence pact with one on 1 January 1990 (the rule of the
// Americas, Africa, Asia and the Middle East: americas.go, asia1990.go,
// africa1990.go, middleeast1990.go). No state outside the region fought a
// COW war in it (COW's one war in the Americas of these years, Cenepa, is
// Ecuador's and Peru's), so the outside powers are the pacts'. The pacts
// of 1 January 1990 reach, through the United States' and Canada's treaties
// outside the hemisphere and Cuba's:
//   - NATO (ATOP 3180): the United Kingdom, France, West Germany (Germany
//     from 3 October 1990), the Netherlands, Belgium, Luxembourg, Portugal,
//     Italy, Norway, Denmark, Greece, Spain, Iceland and Turkey;
//   - the United States' treaties with the Philippines (3210), Australia
//     (3215), South Korea (3240), Thailand (3260), Pakistan (3355), Turkey
//     (3360), Japan (3375) and Israel (3925, to 1991);
//   - Cuba's treaty with North Korea (3975).
// NATO's European members are in, as americas-1950 takes NATO's European
// founders in by their pact with the United States and Canada and
// middle-east-1990 takes NATO's members in by their pact with Turkey:
// the United Kingdom, France, West Germany, the Netherlands, Belgium,
// Luxembourg, Portugal, Italy, Norway, Denmark, Greece and Spain. Iceland
// is left out, as in americas-1950 and middle-east-1990 (Polity does not
// code it; it has no armed forces). The others are left out by the
// departure africa-1990 and middle-east-1990 state for the Arab League
// (africa1990.go, middleeast1990.go): an era of the same years holds each
// of them in its own region, with the pact that brings it here held there
// from the other side. asia-1990 holds the Philippines, Australia, South
// Korea, Thailand, Pakistan, Japan and North Korea, with the United States
// and Cuba as its outside powers by those treaties; middle-east-1990
// holds Turkey and Israel, with the United States as its outside power
// (NATO and the treaties of 1959 and 1981). The eras divide the pacts along
// their regions; with these nine this era would hold East Asia's and the
// Middle East's rivalries (the two Koreas, Greece and Turkey) as its own.
// Europe has no era of 1990–2014, and its NATO members come in. Turkey's
// leaving is a departure from the rule, stated here: with it out, the
// rivalry of Greece and Turkey (1955–ongoing) is not in the era. The
// Soviet Union is not in: ATOP records no defence pact of it with a state
// of the region in force on 1 January 1990, and it fought no COW war there.
//
// West Germany is the state of 1 January 1990, a member of NATO (COW 260),
// built as in the Cold War and middle-east-1990 (westGermany, coldwar.go):
// 0.80 of Maddison's Germany in 1990 and Germany's whole from 1991, its
// spending NMC's West Germany to 1990 and Germany's from 1991; the
// unification is a change of its borders, the territory step of 1991
// (× 1.25, the split's inverse).
//
// Command economies: by asia-1990's test (communist in the first year in
// the era), Cuba. Nicaragua, governed by the Sandinista Front to 25 April
// 1990, is not marked: its economy was mixed (most of its output private
// through the 1980s) and it proclaimed no Marxist–Leninist state, as
// africa-1990 marks only the states that had (Ethiopia, Angola, Congo).
//
// Debts: the United States, the United Kingdom and France have orders of
// magnitude from the IMF HPDD around 1990, middle-east-1990's readings for
// the same states and year (debtMe1990); every other state, Canada and the
// other European allies included, the low stand-in below b_safe, as in
// americas-1950 and middle-east-1990 (the database file is not among the
// project's data).
//
// No neutral: the template marks none (Costa Rica's proclamation of
// perpetual, active and unarmed neutrality of 17 November 1983 is not
// represented, as Cambodia's constitutional neutrality is not in
// asia-1990).

const (
	am90Start = 1990
	am90End   = 2014
)

// nationAm1990 is a state of the Americas 1990–2014 by the post-1945
// template (postwarNation): its trend growth from 1990 to 2013, the year
// before the era's end; its debt from debtMe1990 (the HPDD's readings of
// 1990 for the United States, the United Kingdom and France).
func nationAm1990(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, am90Start, am90End, debtMe1990)
}

func americas1990Specs() []nationSpec {
	specs := []nationSpec{
		nationAm1990("USA", "United States", "americas", "USA"),
		nationAm1990("CAN", "Canada", "americas", "CAN"),
		planned(nationAm1990("CUB", "Cuba", "americas", "CUB")),
		nationAm1990("HAI", "Haiti", "americas", "HTI"),
		nationAm1990("DOM", "Dominican Republic", "americas", "DOM"),
		nationAm1990("JAM", "Jamaica", "americas", "JAM"),
		nationAm1990("TRI", "Trinidad and Tobago", "americas", "TTO"),
		nationAm1990("MEX", "Mexico", "americas", "MEX"),
		nationAm1990("GUA", "Guatemala", "americas", "GTM"),
		nationAm1990("HON", "Honduras", "americas", "HND"),
		nationAm1990("SAL", "El Salvador", "americas", "SLV"),
		nationAm1990("NIC", "Nicaragua", "americas", "NIC"),
		nationAm1990("COS", "Costa Rica", "americas", "CRI"),
		nationAm1990("PAN", "Panama", "americas", "PAN"),
		nationAm1990("COL", "Colombia", "americas", "COL"),
		nationAm1990("VEN", "Venezuela", "americas", "VEN"),
		nationAm1990("ECU", "Ecuador", "americas", "ECU"),
		nationAm1990("PER", "Peru", "americas", "PER"),
		nationAm1990("BRA", "Brazil", "americas", "BRA"),
		nationAm1990("BOL", "Bolivia", "americas", "BOL"),
		nationAm1990("PAR", "Paraguay", "americas", "PRY"),
		nationAm1990("CHL", "Chile", "americas", "CHL"),
		nationAm1990("ARG", "Argentina", "americas", "ARG"),
		nationAm1990("URU", "Uruguay", "americas", "URY"),
		// The outside powers (above).
	}
	specs = append(specs, natoEurope1990(nationAm1990)...)
	return withCapitals(specs, am90Capitals())
}

// am90Capitals are americas-1950's seats of government (amCapitals) as of
// 1990: Brazil's is Brasília (places.go; Rio de Janeiro was the capital to
// 1960), and Santo Domingo's name of 1936–1961 is not 1990's to tell
// (GeoNames, rounded to 0.01°).
func am90Capitals() map[string]place {
	c := maps.Clone(amCapitals)
	delete(c, "BRA")
	c["DOM"] = place{"Santo Domingo", 18.47, -69.89}
	return c
}

// americas1990 builds the era by the post-1945 template (middleeast.go).
func americas1990(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "americas-1990", span: "the Americas, 1990–2014",
		title: "The Americas from data, 1990–2014: an era the model was not fitted on",
		description: `
Thirty-six states from 1990 to 2014: the United States and Canada,
Mexico, the states of Central America, Cuba, Haiti, the Dominican
Republic, Jamaica, Trinidad and Tobago, and ten of the twelve states of
South America (Maddison has no Guyana or Suriname), all in the system on
1 January 1990; and twelve outside powers, NATO's European members but
Iceland and Turkey (the United Kingdom, France, West Germany, Germany
from October 1990, the Netherlands, Belgium, Luxembourg, Portugal,
Italy, Norway, Denmark, Greece and Spain), by their pact with the United
States and Canada. Economies, defence budgets, military stocks and
regimes come from historical data; so do the strategic rivalries of the
period, with their years, and the defence pacts in force on 1 January
1990 (the Rio Treaty, the Charter of the OAS, NATO, the Panama Canal
Treaty, and the European allies' own). The one war among these states in
COW's data, Ecuador and Peru in the Cenepa valley (1995), is an event,
and so are the wars its states fought against states it does not model
(from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Rio Treaty, the OAS
and NATO hold after the Cold War (history: they did, though Mexico left
the Rio Treaty in 2004 and the denunciations of Bolivia, Nicaragua,
Venezuela and Ecuador took effect in 2014-2016), whether new pacts form
where history has none, and what the budgets of Colombia (its civil
war), Ecuador and Peru, Chile, and Argentina and Britain (their rivalry
over the Falklands) do.
`,
		start: am90Start, end: am90End, specs: americas1990Specs(), events: americas1990Events(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go); SIPRI's shares cover",
			"most of these states from 1990 (not Costa Rica's, nor Cuba's before 2009: NMC's stand in where SIPRI has",
			"none; Haiti has neither in 2004–2012).",
			"GDP: Maddison rgdpnapc × pop.",
		},
	})
}
