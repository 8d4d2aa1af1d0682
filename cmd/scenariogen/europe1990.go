package main

// Europe from 1990 to 2014: the states of Europe that the data cover in
// those years, and the outside powers that fought or were allied there. An
// era out of sample, built by the post-1945 template of asia-1990,
// africa-1990, middle-east-1990 and americas-1990 (asia1990.go,
// middleeast.go's postwarNation): nothing in the model was fitted on it,
// and validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1990 come from the data (tss.go, atop.go): NATO (ATOP 3180), the
// Brussels treaty (3130), the Warsaw Pact (3285), the Soviet Union's treaty
// with Finland (3140) and the bilateral treaties of the Eastern bloc's
// states with each other and with the Soviet Union. Its events are the
// interstate wars among its states (europe1990_events.go), the entries of
// the states that became independent, the steps of territory of the data
// (territory.go: the Soviet Union's, Yugoslavia's and Czechoslovakia's
// dissolutions, Germany's unification) and the regime changes of Polity.
// No threat shock, détente or doctrine, and no alliance after 1 January
// 1990 is scripted: NATO's enlargements (1999, 2004, 2009), the Warsaw
// Pact's end (1991), the Collective Security Treaty of 1992 and the
// European Union's mutual-assistance clause (2007) must emerge, or not.
//
// The region is Europe as COW numbers it, the states of codes 200–399
// (COW's region 2 in its war data; the Caucasus republics, 371–373, are
// of it). Turkey (640) is not: COW numbers it with the Middle East
// (600–699), and middle-east-1990 holds it in that region. Its states are
// the COW system members of 1990–2014 with Maddison GDP, a defence share
// (SIPRI, or NMC's spending over Maddison's GDP) and a Polity2 score for
// most of their years in the era (the template's reading, asia1990.go; the
// project's Polity file ends in 2012, so 23 of 25 years is every state's
// most). Left out:
//   - East Germany (COW 265, in the system to 3 October 1990): NMC's
//     spending of 1990, its one year, is missing, SIPRI has no series of it
//     and Polity leaves it uncoded in 1989–1990, so it has neither a start
//     share nor a regime. A merge needs both states' data (the data README,
//     "A merge needs both states' data", middle-east-1990's South Yemen):
//     the unification of 3 October 1990 is then a change of West Germany's
//     borders, the territory step of 1991 (× 1.25, the split's inverse), as
//     in middle-east-1990 and americas-1990, not a merge;
//   - Bosnia and Herzegovina (1992): Polity codes 3 of its 23 years
//     (1992–1994; from 1995 the international administration is an
//     interruption), and SIPRI's series begins in 2002. Its rivalries with
//     Croatia and Serbia (1992–) and its part in COW's war of Bosnian
//     independence are not in the era;
//   - Iceland: Polity does not code it and NMC's spending is nil or
//     missing in 22 of its 25 years (it has no armed forces), as in
//     americas-1950, middle-east-1990 and americas-1990; Malta: Polity IV
//     codes no state of under 500,000 people, so none of its years has a
//     regime score (its spending is in the data);
//   - Monaco, Liechtenstein, Andorra and San Marino: Maddison has no GDP
//     for any year of them, NMC's spending is nil or missing in every year,
//     Polity codes none of them; Kosovo (2008): Maddison has no GDP, NMC's
//     spending is nil or missing in every year (its rivalry with Serbia,
//     2008–, is not in the era).
//
// The dissolutions are changes of the surviving state's borders, as the
// template makes the Soviet Union's in asia-1990 (one state with Russia)
// and the data README says ("A dissolution is a change of borders to the
// template"); the successor states enter in the year COW has them enter:
//   - the Soviet Union (COW 365) is one state with Russia: its GDP
//     Maddison's former USSR (SUN) to 1991 and Russia's (RUS) from 1992, as
//     in asia-1990; the step of 1992 is the two series' ratio in 1991. The
//     Baltic states enter in 1991 (6 September: the Soviet State Council's
//     recognition, COW's date), Ukraine, Belarus, Moldova, Armenia, Georgia
//     and Azerbaijan in 1991 (dated at the Union's dissolution, 26
//     December 1991): in 1991 their output is counted twice, in the
//     Union's GDP and their own, as Belgium's is in 1830 (europe-1816);
//   - Yugoslavia (COW 345, the Federal Republic from April 1992, Serbia and
//     Montenegro from 2003, Serbia from 2006) is one state: its GDP
//     Maddison's former Yugoslavia (YUG) to 1991; from 1992 to 2005
//     Maddison's GDP per head of Serbia and Montenegro (SRB, MNE,
//     population-weighted) times its COW population, as the template meets
//     a state whose borders Maddison's series do not fit (the two Yemens of
//     1950); Maddison's Serbia (SRB, with Kosovo) from 2006, Montenegro
//     entering. The steps are 1992 (GDP per head times the COW population
//     against the Union's GDP: the step holds the fall of 1992 with it, as
//     a product of COW's population has no level of the year before,
//     territory.go) and 2006. Slovenia and Croatia enter in 1992 (15
//     January, the European Community's recognition), Macedonia in 1993 (8
//     April, its admission to the United Nations), Montenegro in 2006 (3
//     June, its declaration of independence, as in the 21st century);
//   - Czechoslovakia (COW 315) is one state with the Czech Republic (316):
//     its GDP Maddison's Czechoslovakia (CSK) to 1992 and the Czech
//     Republic's (CZE) from 1993, its spending and regime NMC's and
//     Polity's Czechoslovakia (CZE) to 1992 and the Czech Republic (CZR)
//     after; the step of 1993 is the two series' ratio in 1992. Slovakia
//     enters on 1 January 1993.
// NMC's Czechoslovak spending breaks in 1991 (3.1 % of GDP in 1990, 0.7 %
// from 1991: the data README's "Series breaks in NMC", a change of NMC's
// sources); Czechoslovakia's start share is the median of 1990–1992, in
// NMC's second series, and SIPRI's Czech shares of 1993– (about 2 %)
// stand above it: kept as the data give them. The successor states' stocks
// count their own series only (their inheritance is not counted, the data
// README's rule).
//
// Start shares of war years: a new state's first years are often a war's,
// and the start share is then that war's level. Croatia's is the median of
// SIPRI's 1993–1995 (10.7, 11.2 and 9.1 %; 1992 is skipped, the Bosnian war
// of April–May 1992 being under way in its first year, fought.go): the
// years of the Croatian war of 1991–1995, which COW codes as an intra-state
// war, so that they are not skipped; SIPRI's shares fall to 1.6–2.7 % from
// 2001. Moldova's is NMC's of 1992 (4.3 %; the median of 1991, 6.2 %, 1992
// and 1993, 0.5 %), the year of the Transnistrian war, where SIPRI's are
// 0.3–0.9 % from 1994. Georgia's is NMC's of 1994 (1.0 %; the median of
// 1992, 5.4 %, 1994 and 1995; NMC's 1991 and 1993 are missing), below
// SIPRI's 3–9 % of 2005–2009. Cyprus's, SIPRI's 7.4 % of 1990, stands
// above its 1.6–4.5 % from 1993. No figure is wrong by the data alone, so
// none is in nmcErrors: they are kept as the data give them.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1990–2014, or
// held an ATOP defence pact with one on 1 January 1990 (the rule of the
// Americas, Africa, Asia and the Middle East):
//   - the United States and Turkey: the War for Kosovo (24 March – 10 June
//     1999, against Yugoslavia) and NATO (ATOP 3180); the United States'
//     treaty with Spain is NATO's;
//   - Canada: NATO.
// Canada and the United States are held in americas-1990's region, with
// NATO held there from the other side (the European allies as its
// outside powers), and Turkey in middle-east-1990's, with NATO's
// Europeans its outside powers: the departure americas-1990 states would
// leave them out (an era of the same years holds each in its own region,
// the pact held there from the other side). It is not taken: NATO's treaty
// area and fourteen of its sixteen members of 1990 are of this region,
// and americas-1990 took NATO's Europeans in because "Europe has no era of
// 1990–2014"; and the United States and Turkey fought the War for Kosovo
// here. Greece–Turkey and Cyprus–Turkey, rivalries with a side in this
// region, are then in this era as in middle-east-1990. The departure is
// taken for the pacts' other partners outside the region, as in
// americas-1990, africa-1990 and middle-east-1990: the Soviet Union's
// treaties with North Korea (3440) and Mongolia (3535), held in asia-1990
// with the Soviet Union its outside power, and France's with the Central
// African Republic (3395), Gabon (3410), Senegal (3730) and Djibouti
// (3790), held in africa-1990 with France its outside power (and the
// Comoros, 3830, which africa-1990 leaves out for its spending). No other
// state outside the region fought a COW war in it in these years (the
// Bosnian and Azeri–Armenian wars are the region's own).
//
// West Germany is the state of 1 January 1990, a member of NATO (COW 260),
// built as in the Cold War, middle-east-1990 and americas-1990
// (westGermany, coldwar.go): 0.80 of Maddison's Germany in 1990 and
// Germany's whole from 1991, its spending NMC's West Germany to 1990 and
// Germany's from 1991; its stock counts the Bundeswehr's series (1955–).
//
// Command economies: by asia-1990's test, the states whose communist party
// governed on 1 January 1990, the era's first day (africa-1990 marks Congo,
// which renounced Marxism–Leninism in July 1990): the Soviet Union (the
// CPSU's leading role until March 1990), Albania (the Party of Labour's
// People's Socialist Republic), Bulgaria (the Bulgarian Communist Party's
// leading role, art. 1 of the constitution, abolished on 15 January 1990)
// and Yugoslavia (the League of Communists, dissolved at its 14th congress,
// 20–22 January 1990; its market-socialist reforms are not represented, as
// in the Cold War). Not marked: Poland (the leading role struck from the
// constitution on 29 December 1989; Mazowiecki's government since
// September 1989), Hungary (the republic of 23 October 1989), Czechoslovakia
// (the leading role struck on 29 November 1989; the government of national
// understanding of 10 December 1989) and Romania (the Communist Party's
// rule ended on 22 December 1989), whose communist parties no longer
// governed on 1 January 1990, as africa-1990 does not mark Mozambique and
// Benin, which renounced Marxism–Leninism in 1989. The mark has no date:
// the markets of the 1990s are not represented. No successor state is
// marked (none was governed by a communist party in its first year).
//
// Neutral: the European neutrals of 1990 with their sources as politics.go
// gives them for the Cold War (neutralSources, whose years run to 1991):
// Sweden, Finland, Austria, Switzerland and Ireland, and Yugoslavia's
// non-alignment (it chaired the Non-Aligned Movement in 1989–1992; the
// mark has no date, and Serbia's parliament declared military neutrality
// on 26 December 2007). The template marks every state of the Cold War's
// table (postwarNation; India in asia-1950 and asia-1990); Europe's
// neutrals are the template's own facts with their sources, as the Cold
// War and the 21st century read them. Moldova is marked by its
// constitution's permanent neutrality (29 July 1994, Article 11; the
// template's table): the mark has no date, and in 1991–1994 Moldova joined
// no defence pact (it stayed out of the Collective Security Treaty of 1992,
// ATOP 4220). Malta's neutrality (its constitution of 1987) is not in:
// Malta is left out.
//
// Debts: the United States, the United Kingdom and France have orders of
// magnitude from the IMF HPDD around 1990, middle-east-1990's readings for
// the same states and year (debtMe1990); every other state the low
// stand-in below b_safe, as in the eras of 1990 before it (the database
// file is not among the project's data). Belgium's, Italy's and Greece's
// debts were about their GDP or above in 1990, above b_safe: the stand-in
// does not represent their fiscal pressure.

const (
	eu90Start = 1990
	eu90End   = 2014
)

// nationEu1990 is a state of Europe 1990–2014 by the post-1945 template
// (postwarNation): its trend growth from 1990 to 2013, the year before the
// era's end; its debt from debtMe1990 (the HPDD's readings of 1990 for the
// United States, the United Kingdom and France).
func nationEu1990(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, eu90Start, eu90End, debtMe1990)
}

// enteringEu1990 sets the year a state of Europe 1990–2014 enters the
// system, and why (enteringPostwar).
func enteringEu1990(id, name, iso string, year int, why string) nationSpec {
	return enteringPostwar(nationEu1990(id, name, "europe", iso), year, year, why, debtMe1990)
}

// neutralEu1990 marks a state with its neutrality of 1990 (neutralSources,
// politics.go: the Cold War's table, whose years run to 1991).
func neutralEu1990(s nationSpec) nationSpec {
	src, ok := neutralSources[s.id]
	if !ok {
		panic("no neutrality source for " + s.id)
	}
	s.neutralSource = src
	return s
}

func europe1990Specs() []nationSpec {
	// The Soviet Union, Russia from 1992 (asia-1990's spec).
	rus := planned(nationEu1990("RUS", "Soviet Union (Russia from 1992)", "europe", "SUN"))
	rus.series = series{{from: 0, to: 1991, gdp: "SUN", nmc: "RUS"}, {from: 1992, to: 9999, gdp: "RUS", sipri: "RUS", nmc: "RUS"}}
	// Yugoslavia, the Federal Republic from 1992, Serbia from 2006 (above).
	yug := nationEu1990("YUG", "Yugoslavia (the Federal Republic from 1992; Serbia from 2006)", "europe", "SRB")
	yug.series = series{
		{from: 0, to: 1991, gdp: "YUG", nmc: "YUG"},
		{from: 1992, to: 2005, gdp: "SRB", perHead: []string{"SRB", "MNE"}, sipri: "SRB", nmc: "YUG"},
		{from: 2006, to: 9999, gdp: "SRB", sipri: "SRB", nmc: "YUG"},
	}
	yug.command = commandSource + "; Yugoslavia's market-socialist reforms are not represented, as in the Cold War"
	yug = neutralEu1990(yug)
	// Czechoslovakia, the Czech Republic from 1993 (above).
	cze := nationEu1990("CZE", "Czechoslovakia (the Czech Republic from 1993)", "europe", "CZE")
	cze.series = series{
		{from: 0, to: 1992, gdp: "CSK", nmc: "CZE"},
		{from: 1993, to: 9999, gdp: "CZE", sipri: "CZE", nmc: "CZR"},
	}
	aus := neutralEu1990(nationEu1990("AUS", "Austria", "europe", "AUT"))
	aus.stock = []stockRange{{"AUS", 1955, 9999}} // the Bundesheer from 1955, as in the Cold War
	specs := []nationSpec{
		rus, yug, cze,
		planned(nationEu1990("ALB", "Albania", "europe", "ALB")),
		planned(nationEu1990("BUL", "Bulgaria", "europe", "BGR")),
		nationEu1990("POL", "Poland", "europe", "POL"),
		nationEu1990("HUN", "Hungary", "europe", "HUN"),
		nationEu1990("ROM", "Romania", "europe", "ROU"),
		aus,
		neutralEu1990(nationEu1990("SWZ", "Switzerland", "europe", "CHE")),
		neutralEu1990(nationEu1990("SWD", "Sweden", "europe", "SWE")),
		neutralEu1990(nationEu1990("FIN", "Finland", "europe", "FIN")),
		neutralEu1990(nationEu1990("IRE", "Ireland", "europe", "IRL")),
		nationEu1990("CYP", "Cyprus", "europe", "CYP"),
		// Entering after 1 January 1990 (above; europe1990_events.go).
		enteringEu1990("EST", "Estonia", "EST", 1991, "independence recognised by the Soviet State Council, 6 September 1991 (COW system member from 1991)"),
		enteringEu1990("LAT", "Latvia", "LVA", 1991, "independence recognised by the Soviet State Council, 6 September 1991 (COW system member from 1991)"),
		enteringEu1990("LIT", "Lithuania", "LTU", 1991, "independence recognised by the Soviet State Council, 6 September 1991 (COW system member from 1991)"),
		enteringEu1990("UKR", "Ukraine", "UKR", 1991, "independence, the referendum of 1 December 1991; the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("BLR", "Belarus", "BLR", 1991, "the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("MLD", "Moldova", "MDA", 1991, "the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("ARM", "Armenia", "ARM", 1991, "the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("GRG", "Georgia", "GEO", 1991, "the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("AZE", "Azerbaijan", "AZE", 1991, "the Soviet Union dissolved, 26 December 1991 (COW system member from 1991)"),
		enteringEu1990("SLV", "Slovenia", "SVN", 1992, "recognised by the European Community, 15 January 1992 (COW system member from 1992)"),
		enteringEu1990("CRO", "Croatia", "HRV", 1992, "recognised by the European Community, 15 January 1992 (COW system member from 1992)"),
		enteringEu1990("SLO", "Slovakia", "SVK", 1993, "the dissolution of Czechoslovakia, 1 January 1993 (COW system member from 1993)"),
		enteringEu1990("MAC", "Macedonia", "MKD", 1993, "admitted to the United Nations, 8 April 1993 (COW system member from 1993)"),
		enteringEu1990("MNG", "Montenegro", "MNE", 2006, "independence declared 3 June 2006 (COW system member from 2006)"),
		// The outside powers (above).
		nationEu1990("USA", "United States", "americas", "USA"),
		nationEu1990("CAN", "Canada", "americas", "CAN"),
		nationEu1990("TUR", "Turkey", "middle-east", "TUR"),
	}
	specs = append(specs, natoEurope1990(nationEu1990)...)
	return withCapitals(specs, eu90Capitals)
}

// eu90Capitals are the seats of government of the era's states that
// places.go does not hold (GeoNames, rounded to 0.01°).
var eu90Capitals = map[string]place{
	"CYP": {"Nicosia", 35.17, 33.36},
	"BLR": {"Minsk", 53.90, 27.57},
	"MLD": {"Chișinău", 47.01, 28.86},
	"ARM": {"Yerevan", 40.18, 44.51},
	"GRG": {"Tbilisi", 41.69, 44.83},
	"AZE": {"Baku", 40.38, 49.89},
}

// europe1990 builds the era by the post-1945 template (middleeast.go).
func europe1990(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "europe-1990", span: "Europe, 1990–2014",
		title: "Europe from data, 1990–2014: an era the model was not fitted on",
		description: `
Forty-three states from 1990 to 2014: the states of Europe that the data
cover, twenty-five in the system on 1 January 1990 (the Soviet Union,
Russia from 1992; Yugoslavia, Serbia from 2006; Czechoslovakia, the Czech
Republic from 1993; West Germany, Germany from October 1990; Poland,
Hungary, Romania, Bulgaria, Albania, NATO's European members but Iceland,
the neutrals Austria, Switzerland, Sweden, Finland and Ireland, and
Cyprus), the Baltic states and the Soviet Union's other European
successors from 1991, Slovenia and Croatia from 1992, Slovakia and
Macedonia from 1993, Montenegro from 2006; and three outside powers, the
United States, Canada and Turkey (NATO; the United States and Turkey the
War for Kosovo). Economies, defence budgets, military stocks and regimes
come from historical data; so do the strategic rivalries of the period,
with their years, and the defence pacts in force on 1 January 1990 (NATO,
the Brussels treaty, the Warsaw Pact and the Eastern bloc's bilateral
treaties, the Soviet Union's with Finland). The wars among these states in
COW's data, Croatia and Yugoslavia (1992), Armenia and Azerbaijan
(1993-94) and NATO's war for Kosovo (1999), are events, and so are the
wars its states fought against states it does not model (from COW's
data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Warsaw Pact and the
Eastern treaties lapse (history: 1991-1996), whether NATO holds and takes
in the states of Central and Eastern Europe (history: 1999, 2004, 2009),
whether the neutrals stay out, whether Russia gathers its neighbours
(history: the Collective Security Treaty of 1992), and what the budgets of
Russia, Greece, Turkey, Armenia and Azerbaijan do.
`,
		start: eu90Start, end: eu90End, specs: europe1990Specs(), events: europe1990Events(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go); SIPRI's shares cover",
			"most of these states from 1990 or their entry (not the Soviet Union's and Czechoslovakia's, nor some",
			"successors' first years: NMC's stand in where SIPRI has none).",
			"GDP: Maddison rgdpnapc × pop; West Germany's of 1990 0.80 of Maddison's Germany; the Soviet Union's,",
			"Yugoslavia's and Czechoslovakia's Maddison's former states' to their dissolution, then the surviving",
			"state's (Yugoslavia's of 1992–2005 Maddison's GDP per head of Serbia and Montenegro × its COW population).",
		},
	})
}
