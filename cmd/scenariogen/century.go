package main

// The twenty-first-century scenario, 2000–2035: the nations. Their
// rivalries and the alliances in force on 1 January 2000 (NATO among them)
// come from the data by the rules every era shares (tss.go, atop.go); the
// events are in century_events.go. Data run to 2016 (Maddison, NMC,
// Polity) and 2013 (SIPRI); later years come from the events.

const (
	c21Start = 2000
	c21End   = 2035
)

// c21Nation is a nation of 2000 with the default series.
func c21Nation(id, name, region, iso string) nationSpec {
	s := nationSpec{
		id: id, name: name, region: region,
		series: series{{from: 0, to: 9999, gdp: iso, sipri: iso, nmc: id}},
		start:  c21Start, end: c21End, growthFrom: c21Start, growthTo: 2016,
		debt: debtFact(debt2000, id, c21Start),
	}
	s.neutralSource = neutralSources21[id]
	return s
}

func centurySpecs() []nationSpec {
	gmy := c21Nation("GMY", "Germany", "europe", "DEU")
	gmy.stock = []stockRange{{"GFR", 1955, 1989}, {"GDR", 1955, 1989}, {"GMY", 1990, 9999}} // not the Reich's spending before 1945
	usa := c21Nation("USA", "United States", "americas", "USA")
	rus := c21Nation("RUS", "Russia", "europe", "RUS")
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
