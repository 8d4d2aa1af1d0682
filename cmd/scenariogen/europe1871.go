package main

import (
	"fmt"
	"slices"
)

// Europe from 1871 to 1913: the great powers of the German Empire's first
// four decades, their smaller neighbours, Japan and the United States. The
// states, rivalries and alliances at the start come from the data by the
// rules every era shares (tss.go, atop.go); the events are in
// europe1871_events.go. No alliance after 1871 is scripted: the Dual and
// Triple Alliances and the Franco-Russian alliance must emerge.

const (
	e71Start = 1871
	e71End   = 1913
)

// e71Nation is a state of 1871: its GDP is Maddison's GDP per head of the
// given codes times its COW population, so that it covers the state's
// territory of the time (the Habsburg and Romanov empires, the Ottoman
// Empire, the Kingdom of Serbia); military spending is its NMC series.
func e71Nation(id, name, nmc string, perHead ...string) nationSpec {
	return nationSpec{
		id: id, name: name, region: "europe",
		series: series{{from: 0, to: 9999, gdp: perHead[0], perHead: perHead, nmc: nmc}},
		start:  e71Start, end: e71End, growthFrom: e71Start, growthTo: e71End,
		debt: debtFact(debt1871, id, 1880),
	}
}

// eraNation is e71Nation's state in another era before 1945: its years,
// its debt of the start (orders of magnitude) and its declared neutrality.
func eraNation(start, end int, debts map[string]float64, neutral map[string]string, id, name, nmc string, perHead ...string) nationSpec {
	s := e71Nation(id, name, nmc, perHead...)
	s.start, s.end, s.growthFrom, s.growthTo = start, end, start, end
	s.debt = debtFact(debts, id, start)
	s.neutralSource = neutral[id]
	return s
}

func europeSpecs() []nationSpec {
	specs := []nationSpec{
		e71Nation("GMY", "German Empire", "GMY", "DEU"),
		e71Nation("AUH", "Austria-Hungary", "AUH", "AUT", "HUN", "CSK"),
		e71Nation("ITA", "Italy", "ITA", "ITA"),
		e71Nation("FRN", "France", "FRN", "FRA"),
		e71Nation("RUS", "Russian Empire", "RUS", "SUN"),
		e71Nation("UKG", "United Kingdom", "UKG", "GBR"),
		e71Nation("TUR", "Ottoman Empire", "TUR", "TUR"),
		e71Nation("SPN", "Spain", "SPN", "ESP"),
		e71Nation("NTH", "Netherlands", "NTH", "NLD"),
		e71Nation("BEL", "Belgium", "BEL", "BEL"),
		e71Nation("DEN", "Denmark", "DEN", "DNK"),
		e71Nation("SWD", "Sweden", "SWD", "SWE"),
		e71Nation("SWZ", "Switzerland", "SWZ", "CHE"),
		e71Nation("POR", "Portugal", "POR", "PRT"),
		e71Nation("GRC", "Greece", "GRC", "GRC"),
		e71Nation("SRB", "Serbia", "YUG", "YUG"),
		e71Nation("ROM", "Romania", "ROM", "ROU"),
		e71Nation("BUL", "Bulgaria", "BUL", "BGR"),
		e71Nation("JPN", "Japan", "JPN", "JPN"),
		e71Nation("USA", "United States", "USA", "USA"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "SRB":
			s.start, s.note = 1878, "enters in 1878: independence recognised by the Treaty of Berlin, 13 July 1878 (COW system member from 1878)"
			s.growthFrom = 1878
			s.capital = &place{"Belgrade", 44.80, 20.47}
		case "ROM":
			s.start, s.note = 1878, "enters in 1878: independence recognised by the Treaty of Berlin, 13 July 1878 (COW system member from 1878)"
			s.growthFrom = 1878
		case "BUL":
			s.start, s.note = 1908, "enters in 1908: independence proclaimed 5 October 1908 (COW system member from 1908)"
			s.growthFrom = 1908
		case "RUS":
			s.capital = &place{"Saint Petersburg", 59.94, 30.31}
			s.region = "eurasia"
		case "TUR":
			s.capital = &place{"Constantinople (Istanbul)", 41.01, 28.98}
			s.region = "eurasia"
		case "AUH":
			s.capital = &place{"Vienna", 48.21, 16.37}
		case "JPN":
			s.region = "asia"
		case "USA":
			s.region = "americas"
		}
		if src, ok := neutralSources1871[s.id]; ok {
			s.neutralSource = src
		}
		if s.start != e71Start {
			s.debt = debtFact(debt1871, s.id, s.start)
		}
	}
	return specs
}

// Neutrality in 1871–1913: declared policies, each with its source.
var neutralSources1871 = map[string]string{
	"SWZ": "permanent neutrality recognised by the Powers in the Act of Paris, 20 November 1815",
	"BEL": "perpetual neutrality under the guarantee of the Powers, Treaty of London, 19 April 1839, art. VII",
	"NTH": "policy of neutrality and abstention from alliances after 1839 (Voorhoeve 1979, Peace, Profits and Principles)",
	"SWD": "policy of neutrality declared by Charles XIV John in 1834 and kept through the period (joint Scandinavian neutrality rules of 21 December 1912)",
	"DEN": "policy of neutrality after the war of 1864 (joint Scandinavian neutrality rules of 21 December 1912)",
	"USA": "no entangling alliances: Washington's Farewell Address (1796) and Jefferson's first inaugural address (1801)",
}

// debt1871 holds gross public debt over GDP around 1880, or around a
// state's entry, as orders of magnitude.
var debt1871 = map[string]float64{
	"GMY": 0.4, "AUH": 0.6, "ITA": 1.0, "FRN": 0.8, "RUS": 0.6, "UKG": 0.6, "TUR": 0.8, "SPN": 1.0,
	"NTH": 0.8, "BEL": 0.4, "DEN": 0.2, "SWD": 0.2, "SWZ": 0.1, "POR": 0.8, "GRC": 0.8, "SRB": 0.3,
	"ROM": 0.3, "BUL": 0.3, "JPN": 0.4, "USA": 0.3,
}

// europeSources are the sources every era of Europe built from GDP per
// head shares; start is the year of the pacts in force at the start.
func europeSources(start int) []string {
	return []string{
		"Bolt, Inklaar, de Jong & van Zanden (2018), Maddison Project Database 2018 (GDP per head)",
		"Singer, Bremer & Stuckey (1972); Greig & Enterline (2021): Correlates of War National Material Capabilities v6.0 (military expenditure, population)",
		"Marshall & Jaggers, Polity IV Project: Political Regime Characteristics and Transitions (Polity2)",
		tssSource,
		fmt.Sprintf("%s: the defence pacts in force in %d; validation", atopSource, start),
		"Abbas, Belhocine, ElGanainy & Horton (2010), A Historical Public Debt Database, IMF WP/10/245: orders of magnitude",
		"GeoNames gazetteer (capitals)",
		"generated by cmd/scenariogen from scenarios/data/ (see scenarios/data/README.md for every cut and rule)",
	}
}

// sterlingUnits describes the units and conversions of an era before 1914.
// startNote says why the start shares are medians (a war year).
func sterlingUnits(d *dataset, start int, startNote string) []string {
	return append([]string{
		"Units: GDP and capability in billions of 2011 USD; shares, debt and growth as fractions.",
		"GDP: Maddison's GDP per head (interpolated between its benchmark years) times the COW population,",
		"so that each state is counted within its borders of the time.",
		"NMC counts military expenditure in current pounds sterling before 1914. F£ converts it into 2011 USD,",
		"pinned on Britain's defence share in 1913, " + ukShare1913Src + ":",
		fmt.Sprintf("F£ = 0.03 × UK GDP 1913 / UK NMC milex 1913 = %.1f, held constant over 1816–1913 (the gold standard).", d.sterlingFactor()),
		"Start shares: the median of the first three years with a figure " + startNote + ".",
	}, eraRules("F£", start)...)
}

// eraRules are the header lines on the rules every era built from the
// data shares: the capability stock (NMC milex × factor, accumulated from
// stockStart), the rivalries and the pacts of the start.
func eraRules(factor string, start int) []string {
	return []string{
		fmt.Sprintf("Capability: NMC milex × %s accumulated with δ = 0.08 from %d, kept between one year's budget and", factor, stockStart(start)),
		"the steady state on its growth path share × gdp / (δ + g) (scenarios/data/README.md).",
		"Rivalries: every strategic rivalry (Thompson, Sakuwa & Suhas 2021) between two of these states in",
		"force in the era, over its years; their hostility is the model's h_rival. Alliances: the ATOP",
		fmt.Sprintf("defence pacts in force on 1 January %d; none after is scripted.", start),
	}
}

func europe1871(d *dataset) *scenario {
	specs := europeSpecs()
	byID := index(specs)
	sc := &scenario{
		name:  "europe-1871",
		title: "Europe from data, 1871–1913: do the Dual and Franco-Russian alliances emerge, and does Britain stay aloof?",
		description: `
Twenty states from 1871 to 1913: the German Empire, Austria-Hungary, Italy,
France, Russia, the United Kingdom and the Ottoman Empire, the smaller
states of Europe, Japan and the United States. Serbia and Romania enter in
1878, Bulgaria in 1908. Economies, defence budgets, military stocks and
regimes come from historical data; so do the strategic rivalries of the
period, with the years each began and ended. No defence pact was in force
in 1871 (the guarantees of the Ottoman Empire and of Belgium obliged their
signatories to act for a third state, not to defend each other), so the era
starts without alliances. The wars and crises of the period are events.

Nobody is told to ally after 1871. Watch whether Germany and Austria-Hungary
ally (history: the Dual Alliance of 1879, the Triple Alliance with Italy of
1882), whether France and Russia do (1891-1894), whether Britain stays out
of continental pacts before 1904, and whether defence budgets stay near the
2 to 4 % of GDP of the period.
`,
		start: e71Start, end: e71End,
		header:  header("europe-1871", "Europe, 1871–1913", sterlingUnits(d, e71Start, "(1871 was a war year for France and Germany)")...),
		sources: slices.Concat(europeSources(e71Start), sterlingSources),
	}
	evs := europeEvents(d, specs)
	d.assemble(sc, specs, byID, evs)
	return sc
}

// The sources every era before 1914 cites for the sterling factor, and
// every era with war events for its wars.
var (
	sterlingSources = []string{
		"Hobson (1993), The military-extraction gap and the wary titan, Journal of European Economic History 22(3) (the sterling factor)",
		"Eloranta (2007), From the great illusion to the Great War, European Review of Economic History 11(2) (the sterling factor)",
	}
	warsSource = "Sarkees & Wayman (2010), Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State, and Non-State Wars, 1816–2007 (the wars)"
)

// cowWars opens a war event's source: the war as the Correlates of War
// list it (warsSource, in the scenario's sources).
const cowWars = "Sarkees & Wayman (2010), Resort to War (COW inter-state wars)"
