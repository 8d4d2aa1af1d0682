package main

// The twenty-first-century scenario, 2000–2035: the nations, their
// relations and NATO as it stood in 2000. The events are in
// century_events.go. Data run to 2016 (Maddison, NMC, Polity) and 2013
// (SIPRI); later years come from the events.

const (
	c21Start = 2000
	c21End   = 2035
)

// nato2000 are NATO's 19 members in 2000 (ATOP v4.01, atopid 3180).
var nato2000 = []string{"USA", "CAN", "UKG", "FRN", "BEL", "NTH", "LUX", "NOR", "DEN", "ICE", "ITA", "POR", "GRC", "TUR",
	"GMY", "SPN", "POL", "HUN", "CZR"}

// c21Nation is a nation of 2000 with the default series.
func c21Nation(id, name, region, iso string) nationSpec {
	s := nationSpec{
		id: id, name: name, region: region,
		series: series{{from: 0, to: 9999, gdp: iso, sipri: iso, nmc: id}},
		start:  c21Start, end: c21End, growthFrom: c21Start, growthTo: 2016,
		debt: debtFact(debt2000, id, c21Start),
	}
	s.neutralSource = neutralSources21[id]
	s.island = islands[id]
	return s
}

func centurySpecs() []nationSpec {
	gmy := c21Nation("GMY", "Germany", "europe", "DEU")
	gmy.stock = []stockRange{{"GFR", 1955, 1989}, {"GDR", 1955, 1989}, {"GMY", 1990, 9999}} // not the Reich's spending before 1945
	usa := c21Nation("USA", "United States", "americas", "USA")
	usa.reach = &reachUSA
	rus := c21Nation("RUS", "Russia", "europe", "RUS")
	rus.reach = &reachRUS
	jpn := c21Nation("JPN", "Japan", "asia", "JPN")
	jpn.stock = []stockRange{{"JPN", 1946, 9999}} // disarmed 1945, as in the Cold War scenario
	aus := c21Nation("AUS", "Austria", "europe", "AUT")
	aus.stock = []stockRange{{"AUS", 1955, 9999}} // the Bundesheer from 1955, as in the Cold War scenario
	ice := c21Nation("ICE", "Iceland", "europe", "ISL")
	ice.regime = &fact{10, "not coded by Polity IV (population under 500,000); a parliamentary democracy, set to the Nordic democracies' 10"}
	mng := c21Nation("MNG", "Montenegro", "europe", "MNE")
	mng.start, mng.growthFrom = 2006, 2006
	mng.debt = debtFact(debt2000, "MNG", 2006)
	mng.note = "enters in 2006: independence declared 3 June 2006 (part of FR Yugoslavia before)"
	return []nationSpec{
		usa, c21Nation("CAN", "Canada", "americas", "CAN"), c21Nation("UKG", "United Kingdom", "europe", "GBR"),
		c21Nation("FRN", "France", "europe", "FRA"), c21Nation("BEL", "Belgium", "europe", "BEL"),
		c21Nation("NTH", "Netherlands", "europe", "NLD"), c21Nation("LUX", "Luxembourg", "europe", "LUX"),
		c21Nation("NOR", "Norway", "europe", "NOR"), c21Nation("DEN", "Denmark", "europe", "DNK"), ice,
		c21Nation("ITA", "Italy", "europe", "ITA"), c21Nation("POR", "Portugal", "europe", "PRT"),
		c21Nation("GRC", "Greece", "europe", "GRC"), c21Nation("TUR", "Turkey", "europe", "TUR"), gmy,
		c21Nation("SPN", "Spain", "europe", "ESP"), c21Nation("POL", "Poland", "europe", "POL"),
		c21Nation("HUN", "Hungary", "europe", "HUN"), c21Nation("CZR", "Czech Republic", "europe", "CZE"),

		c21Nation("EST", "Estonia", "europe", "EST"), c21Nation("LAT", "Latvia", "europe", "LVA"),
		c21Nation("LIT", "Lithuania", "europe", "LTU"), c21Nation("SLO", "Slovakia", "europe", "SVK"),
		c21Nation("SLV", "Slovenia", "europe", "SVN"), c21Nation("ROM", "Romania", "europe", "ROU"),
		c21Nation("BUL", "Bulgaria", "europe", "BGR"), c21Nation("ALB", "Albania", "europe", "ALB"),
		c21Nation("CRO", "Croatia", "europe", "HRV"), mng, c21Nation("MAC", "North Macedonia", "europe", "MKD"),
		c21Nation("FIN", "Finland", "europe", "FIN"), c21Nation("SWD", "Sweden", "europe", "SWE"),

		rus, c21Nation("UKR", "Ukraine", "europe", "UKR"), aus,
		c21Nation("SWZ", "Switzerland", "europe", "CHE"), c21Nation("IRE", "Ireland", "europe", "IRL"),
		c21Nation("CHN", "China", "asia", "CHN"), c21Nation("IND", "India", "asia", "IND"),
		jpn, c21Nation("ROK", "South Korea", "asia", "KOR"),
		c21Nation("AUL", "Australia", "oceania", "AUS"), c21Nation("IRN", "Iran", "middle-east", "IRN"),
		c21Nation("ISR", "Israel", "middle-east", "ISR"), c21Nation("SAU", "Saudi Arabia", "middle-east", "SAU"),
		c21Nation("BRA", "Brazil", "americas", "BRA"),
	}
}

// centuryRelations: declared antagonisms in force in 2000 and documented
// special relationships (the US alliances in Asia and the Pacific enter as
// ties: only NATO is an [[alliance]] at the start).
func centuryRelations() (rivalries, ties []relation) {
	rivalries = []relation{
		{a: "USA", b: "RUS", level: 0.2, why: "Russia declares NATO's enlargement a main external threat (0.2: declared on one side).",
			source: "Military Doctrine of the Russian Federation, 21 April 2000; Russia suspended cooperation with NATO over Kosovo, March 1999"},
		{a: "GRC", b: "TUR", level: 0.3, why: "The Aegean dispute.",
			source: "Turkish Grand National Assembly's casus belli resolution on Greek territorial waters, 8 June 1995; Imia/Kardak crisis, January 1996"},
		{a: "CHN", b: "IND", level: 0.3, why: "The unresolved border since the war of 1962.",
			source: "Sino-Indian war of 1962 and the disputed Line of Actual Control; China–India is among the strategic rivalries of Thompson (2001)"},
		{a: "USA", b: "IRN", level: 0.4, why: "No relations since the hostage crisis.",
			source: "diplomatic relations broken 7 April 1980; Iran and Libya Sanctions Act, 1996"},
		{a: "ISR", b: "IRN", level: 0.5, why: "Iran does not recognise Israel.",
			source: "Iran's non-recognition of Israel since the revolution of 1979"},
		{a: "SAU", b: "IRN", level: 0.2, why: "The Gulf rivalry since 1979 (0.2: in a thaw around 2000, the 2001 security agreement).",
			source: "relations broken 1988–1991 after the Mecca incident of 1987; Saudi–Iranian security agreement, April 2001"},
	}
	ties = []relation{
		{a: "USA", b: "UKG", level: 0.3, why: "The Anglo-American special relationship.", source: "Churchill, Fulton speech, 5 March 1946; UK–US Mutual Defence Agreement, 1958"},
		{a: "USA", b: "CAN", level: 0.3, why: "North American defence partnership.", source: "Ogdensburg Agreement (1940); NORAD (1958)"},
		{a: "USA", b: "JPN", level: 0.3, why: "An alliance outside NATO, entered as a tie.", source: "Treaty of Mutual Cooperation and Security, 19 January 1960"},
		{a: "USA", b: "ROK", level: 0.3, why: "An alliance outside NATO, entered as a tie.", source: "Mutual Defense Treaty, 1 October 1953"},
		{a: "USA", b: "AUL", level: 0.3, why: "An alliance outside NATO, entered as a tie.", source: "ANZUS Treaty, 1 September 1951"},
		{a: "USA", b: "ISR", level: 0.3, why: "Israel, a major non-NATO ally.", source: "US–Israel Memorandum of Understanding on Strategic Cooperation, 1981; major non-NATO ally, 1987"},
		{a: "RUS", b: "CHN", level: 0.2, why: "The Sino-Russian strategic partnership.", source: "Shanghai Five (1996); Treaty of Good-Neighbourliness and Friendly Cooperation, 16 July 2001"},
		{a: "RUS", b: "IND", level: 0.2, why: "The Indo-Russian strategic partnership.", source: "Declaration on Strategic Partnership, 3 October 2000"},
		{a: "FRN", b: "GMY", level: 0.2, why: "The Franco-German partnership.", source: "Élysée Treaty, 22 January 1963"},
		{a: "BEL", b: "NTH", level: 0.2, why: "Benelux.", source: "Benelux Economic Union Treaty, 1958"},
		{a: "BEL", b: "LUX", level: 0.2, why: "Benelux.", source: "Benelux Economic Union Treaty, 1958"},
		{a: "NTH", b: "LUX", level: 0.2, why: "Benelux.", source: "Benelux Economic Union Treaty, 1958"},
	}
	return rivalries, ties
}

// centuryAlliances: NATO in 2000, with no agreed spending target until 2006.
func centuryAlliances() []alliance {
	return []alliance{{
		name: "NATO", members: nato2000,
		target:  num{0, 2, "no agreed numerical guideline before 2006: defence ministers agreed the 2 % in June 2006 (the target event below)"},
		founded: 1949,
		source:  "North Atlantic Treaty, 4 April 1949; members in 2000 from ATOP v4.01 (atopid 3180)",
		why:     "NATO as it stood in 2000: the 16 of the Cold War (Germany unified) and the three who joined in March 1999.",
	}}
}
