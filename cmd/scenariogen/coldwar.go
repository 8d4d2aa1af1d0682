package main

// The Cold War scenario, 1947–1991: the nations and their relations. The
// events are in coldwar_events.go. There is no [[alliance]]: NATO-like and
// Warsaw-Pact-like blocs must emerge (MODEL.md section 7).

const (
	cwStart = 1947
	cwEnd   = 1991
)

// cwNation is a Cold War nation with the default series: Maddison and
// SIPRI under iso, NMC and Polity under its id, in the system from 1947.
func cwNation(id, name, region, iso string) nationSpec {
	s := nationSpec{
		id: id, name: name, region: region,
		series: series{{from: 0, to: 9999, gdp: iso, sipri: iso, nmc: id}},
		start:  cwStart, end: cwEnd, growthFrom: 1950, growthTo: 1989,
		debt: debtFact(debtAround1947, id, cwStart),
	}
	if n, ok := neutralSources[id]; ok {
		s.neutralSource = n
	}
	s.island = islands[id]
	return s
}

func camp(s nationSpec, c string) nationSpec {
	s.camp, s.campSource = c, campSources[s.id]
	if c == comm {
		s.command = commandSource
	}
	return s
}

// entering sets the year a nation enters the system.
func entering(s nationSpec, year int, debtYear int, why string) nationSpec {
	s.start, s.note = year, "enters in "+itoa(year)+": "+why
	s.debt = debtFact(debtAround1947, s.id, debtYear)
	return s
}

func coldWarSpecs() []nationSpec {
	west := []nationSpec{
		cwNation("USA", "United States", "americas", "USA"),
		cwNation("CAN", "Canada", "americas", "CAN"),
		cwNation("UKG", "United Kingdom", "europe", "GBR"),
		cwNation("FRN", "France", "europe", "FRA"),
		cwNation("BEL", "Belgium", "europe", "BEL"),
		cwNation("NTH", "Netherlands", "europe", "NLD"),
		cwNation("LUX", "Luxembourg", "europe", "LUX"),
		cwNation("NOR", "Norway", "europe", "NOR"),
		cwNation("DEN", "Denmark", "europe", "DNK"),
		cwNation("ICE", "Iceland", "europe", "ISL"),
		cwNation("ITA", "Italy", "europe", "ITA"),
		cwNation("POR", "Portugal", "europe", "PRT"),
		cwNation("GRC", "Greece", "europe", "GRC"),
		cwNation("TUR", "Turkey", "europe", "TUR"),
		cwNation("SPN", "Spain", "europe", "ESP"),
	}
	gfr := cwNation("GFR", "West Germany", "europe", "DEU")
	gfr.series = series{
		{from: 0, to: 1990, gdp: "DEU", part: 0.8, sipri: "DEU", nmc: "GFR"},
		{from: 1991, to: 9999, gdp: "DEU", sipri: "DEU", nmc: "GMY"},
	}
	gfr.stock = []stockRange{{"GFR", 1955, 9999}} // disarmed 1945 (Potsdam Agreement); Bundeswehr from 1955
	west = append(west, entering(gfr, 1949, 1950, "Basic Law promulgated 23 May 1949"))
	jpn := cwNation("JPN", "Japan", "asia", "JPN")
	jpn.stock = []stockRange{{"JPN", 1946, 9999}} // disarmed 1945 (Potsdam Declaration; constitution art. 9)
	jpn.policy = []policyFact{{"s_max", 0.01, "Constitution of Japan (1947) art. 9 and the Yoshida doctrine; " +
		"Miki cabinet decision of 5 November 1976 capping defence at 1 % of GNP (SIPRI: 0.9–1.3 % in 1955–1985)"}}
	west = append(west, entering(jpn, 1952, 1952, "peace treaty of San Francisco in force 28 April 1952 (COW system member from 1952)"))
	west[0].reach = &reachUSA

	rus := cwNation("RUS", "Soviet Union", "europe", "SUN")
	rus.series = series{
		{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"},
		{from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"},
	}
	rus.reach = &reachRUS
	cze := cwNation("CZE", "Czechoslovakia", "europe", "CSK")
	cze.series = series{{from: 0, to: 1992, gdp: "CSK", nmc: "CZE"}}
	gdr := cwNation("GDR", "East Germany", "europe", "DEU")
	gdr.series = series{{from: 0, to: 1990, gdp: "DEU", part: 0.2, nmc: "GDR"}}
	gdr.end = 1990
	gdr.growthLike = []string{"POL", "HUN", "CZE"}
	chn := cwNation("CHN", "China", "asia", "CHN")
	yug := cwNation("YUG", "Yugoslavia", "europe", "YUG")
	yug.series = series{{from: 0, to: 1991, gdp: "YUG", nmc: "YUG"}}
	east := []nationSpec{
		rus, cwNation("POL", "Poland", "europe", "POL"), cze,
		cwNation("HUN", "Hungary", "europe", "HUN"), cwNation("ROM", "Romania", "europe", "ROU"),
		cwNation("BUL", "Bulgaria", "europe", "BGR"), cwNation("ALB", "Albania", "europe", "ALB"),
		entering(gdr, 1949, 1949, "founded 7 October 1949"),
		entering(chn, 1949, 1949, "the People's Republic, proclaimed 1 October 1949 (the Republic of China's civil war of 1947–1949 is not modelled)"),
		yug,
	}
	aus := cwNation("AUS", "Austria", "europe", "AUT")
	aus.stock = []stockRange{{"AUS", 1955, 9999}} // the First Republic's army was absorbed into the Wehrmacht in 1938
	others := []nationSpec{
		cwNation("SWD", "Sweden", "europe", "SWE"), cwNation("FIN", "Finland", "europe", "FIN"),
		entering(aus, 1955, 1955, "State Treaty in force 27 July 1955, ending the four-power occupation (COW system member from 1955)"),
		cwNation("SWZ", "Switzerland", "europe", "CHE"), cwNation("IRE", "Ireland", "europe", "IRL"),
		cwNation("IND", "India", "asia", "IND"),
	}
	var out []nationSpec
	for _, s := range west {
		out = append(out, camp(s, anti))
	}
	for _, s := range east {
		out = append(out, camp(s, comm))
	}
	out = append(out, others...)
	for i := range out {
		switch out[i].id {
		case "ICE":
			out[i].regime = &fact{10, "not coded by Polity IV (population under 500,000); a parliamentary democracy " +
				"under the constitution of 1944, set to the Nordic democracies' 10"}
		case "YUG":
			out[i].command = commandSource + "; Yugoslavia's market-socialist reforms after 1950 are not represented"
		}
	}
	return out
}

// coldWarRelations are the declared rivalries and documented special
// relationships of the period. Antagonisms that began later (Greece and
// Turkey over Cyprus, India and China, China and the USSR) are events.
func coldWarRelations() (rivalries, ties []relation) {
	rivalries = []relation{
		{a: "USA", b: "RUS", level: 0.5, why: "The superpower rivalry, declared on both sides in 1947.",
			source: "Truman Doctrine (12 March 1947); Zhdanov's 'two camps' report (September 1947); " +
				"Thompson (2001) ISQ 45(4): strategic rivalry USA–USSR 1945–1989"},
	}
	ties = []relation{
		{a: "USA", b: "UKG", level: 0.3, why: "The Anglo-American special relationship.",
			source: "Churchill, Fulton speech, 5 March 1946; wartime Combined Chiefs of Staff"},
		{a: "USA", b: "CAN", level: 0.3, why: "North American defence partnership.",
			source: "Ogdensburg Agreement (1940): Permanent Joint Board on Defence"},
		{a: "BEL", b: "NTH", level: 0.2, why: "Benelux.", source: "Benelux Customs Convention, London, 5 September 1944 (in force 1948)"},
		{a: "BEL", b: "LUX", level: 0.2, why: "Benelux (and the Belgium–Luxembourg Economic Union of 1921).",
			source: "Benelux Customs Convention, London, 5 September 1944 (in force 1948)"},
		{a: "NTH", b: "LUX", level: 0.2, why: "Benelux.", source: "Benelux Customs Convention, London, 5 September 1944 (in force 1948)"},
		{a: "FIN", b: "RUS", level: 0.2, why: "Finland's treaty relationship with the USSR. ATOP codes the 1948 treaty (atopid 3140) as a\n" +
			"conditional defence and consultation pact; alliances must emerge in this scenario, so it enters as a tie.",
			source: "Agreement of Friendship, Cooperation and Mutual Assistance, 6 April 1948"},
	}
	return rivalries, ties
}
