package main

// The Cold War scenario, 1947–1991: the nations. Their rivalries and the
// alliances in force on 1 January 1947 come from the data by the rules every
// era shares (tss.go, atop.go); the events are in coldwar_events.go. No
// alliance after the start is scripted: NATO-like and Warsaw-Pact-like blocs
// must emerge.

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
	return s
}

// westGermany gives s West Germany's series: 0.80 of Maddison's Germany
// to 1990 (the data README's Germany split) with NMC's West Germany (COW
// 260), Maddison's Germany whole from 1991 with NMC's Germany (255); its
// stock counts its own series from 1955 (disarmed 1945 by the Potsdam
// Agreement; the Bundeswehr from 1955), not the Reich's.
func westGermany(s nationSpec) nationSpec {
	s.series = series{
		{from: 0, to: 1990, gdp: "DEU", part: 0.8, sipri: "DEU", nmc: "GFR"},
		{from: 1991, to: 9999, gdp: "DEU", sipri: "DEU", nmc: "GMY"},
	}
	s.stock = []stockRange{{"GFR", 1955, 9999}}
	return s
}

// planned marks a Soviet-type command economy (it does not borrow from
// allies: Kornai 1992).
func planned(s nationSpec) nationSpec {
	s.command = commandSource
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
	gfr := westGermany(cwNation("GFR", "West Germany", "europe", "DEU"))
	west = append(west, entering(gfr, 1949, 1950, "Basic Law promulgated 23 May 1949"))
	jpn := cwNation("JPN", "Japan", "asia", "JPN")
	jpn.stock = []stockRange{{"JPN", 1946, 9999}} // disarmed 1945 (Potsdam Declaration; constitution art. 9)
	jpn.policy = []policyFact{{"s_max", 0.01, "Constitution of Japan (1947) art. 9 and the Yoshida doctrine; " +
		"Miki cabinet decision of 5 November 1976 capping defence at 1 % of GNP (SIPRI: 0.9–1.3 % in 1955–1985)"}}
	west = append(west, entering(jpn, 1952, 1952, "peace treaty of San Francisco in force 28 April 1952 (COW system member from 1952)"))

	rus := cwNation("RUS", "Soviet Union", "europe", "SUN")
	rus.series = series{
		{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"},
		{from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"},
	}
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
	out := west
	for _, s := range east {
		out = append(out, planned(s))
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

// coldWarAntagonisms are the scenario's judgements beyond the rivalry data:
// declared antagonisms the data do not hold, each with its source and the
// years it lasted, at the model's rivalry level. Polity2 measures democracy,
// not the Cold War's communist–anticommunist divide, and places the Iberian
// dictatorships beside the communist states; their regimes declared the
// opposite, and refused relations with the Soviet Union until they fell.
func coldWarAntagonisms() []relation {
	return []relation{
		{a: "POR", b: "RUS", from: cwStart, to: 1974, fromTSS: true, kinds: "declared (not in the rivalry data)",
			why:    "Salazar's Estado Novo: an anticommunist dictatorship with no relations with the USSR until after its fall.",
			source: "Portugal and the USSR established diplomatic relations on 9 June 1974, after the Carnation Revolution of 25 April 1974"},
		{a: "SPN", b: "RUS", from: cwStart, to: 1977, fromTSS: true, kinds: "declared (not in the rivalry data)",
			why:    "Franco's regime, anticommunist since the civil war of 1936–1939, had no relations with the USSR.",
			source: "Spain and the USSR established diplomatic relations on 9 February 1977, after Franco's death (1975)"},
	}
}
