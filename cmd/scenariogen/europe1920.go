package main

import (
	"fmt"
	"slices"
)

// Europe between the wars, 1920–1938: the great powers of the Versailles
// settlement, the states it made or remade, the European neutrals, Japan
// and the United States. An era out of sample: nothing in the model was
// fitted on it, and validation judges it only by the era-independent
// targets (validate/generic.go). Its states are built by e71Nation's rule
// (GDP per head times the COW population); its rivalries and the pacts in
// force on 1 January 1920 come from the data (tss.go, atop.go); its events
// are the interstate wars among its states (europe1920_events.go) and the
// regime changes of Polity, and the Anschluss. No threat shock, détente or doctrine, and no
// alliance after 1920 is scripted: the Little Entente, France's eastern
// pacts and Locarno must emerge or be missed.
//
// The Baltic states are left out: Maddison has no GDP per head for
// Estonia, Latvia or Lithuania before 1973, nor Albania between 1913 and
// 1929 (nothing to interpolate across 1920), and no stand-in is stated for
// them.

const (
	e20Start = 1920
	e20End   = 1938
)

// e20Nation is a state of 1920 by e71Nation's rule, with its own years.
func e20Nation(id, name, nmc string, perHead ...string) nationSpec {
	return eraNation(e20Start, e20End, debt1920, neutralSources1920, id, name, nmc, perHead...)
}

// nation1920 is a state of an era of 1920–1938 outside Europe
// (americas-1920, asia-1920): e20Nation's rule, with its region, and the low
// stand-in debt where europe-1920's HPDD readings (debt1920) have none.
func nation1920(region, id, name, nmc string, perHead ...string) nationSpec {
	s := eraNation(e20Start, e20End, nil, neutralSources1920, id, name, nmc, perHead...)
	s.region = region
	s.debt = postwarDebt(debt1920, id, e20Start)
	return s
}

// interwarSources are the sources every era of 1920–1938 cites: Europe's
// data, the sterling factor of the stocks, the dollar factor, the price
// ratio of the header and COW's wars.
func interwarSources() []string {
	return slices.Concat(europeSources(e20Start), sterlingSources, []string{
		"SIPRI Military Expenditure Database, military expenditure as % of GDP (via Our World in Data, CC BY 4.0): the dollar factor",
		"US Bureau of Labor Statistics, Consumer Price Index for All Urban Consumers (CPI-U), annual averages from 1913 (the price ratio in the header)",
		warsSource,
	})
}

func interwarSpecs() []nationSpec {
	specs := []nationSpec{
		e20Nation("UKG", "United Kingdom", "UKG", "GBR"),
		e20Nation("FRN", "France", "FRN", "FRA"),
		e20Nation("GMY", "Germany", "GMY", "DEU"),
		e20Nation("ITA", "Italy", "ITA", "ITA"),
		e20Nation("RUS", "Soviet Russia (USSR from 1922)", "RUS", "SUN"),
		e20Nation("JPN", "Japan", "JPN", "JPN"),
		e20Nation("USA", "United States", "USA", "USA"),
		e20Nation("POL", "Poland", "POL", "POL"),
		e20Nation("CZE", "Czechoslovakia", "CZE", "CSK"),
		e20Nation("ROM", "Romania", "ROM", "ROU"),
		e20Nation("YUG", "Kingdom of Serbs, Croats and Slovenes (Yugoslavia)", "YUG", "YUG"),
		e20Nation("HUN", "Hungary", "HUN", "HUN"),
		e20Nation("AUS", "Austria", "AUS", "AUT"),
		e20Nation("BUL", "Bulgaria", "BUL", "BGR"),
		e20Nation("GRC", "Greece", "GRC", "GRC"),
		e20Nation("TUR", "Turkey", "TUR", "TUR"),
		e20Nation("BEL", "Belgium", "BEL", "BEL"),
		e20Nation("NTH", "Netherlands", "NTH", "NLD"),
		e20Nation("SWZ", "Switzerland", "SWZ", "CHE"),
		e20Nation("SWD", "Sweden", "SWD", "SWE"),
		e20Nation("DEN", "Denmark", "DEN", "DNK"),
		e20Nation("NOR", "Norway", "NOR", "NOR"),
		e20Nation("SPN", "Spain", "SPN", "ESP"),
		e20Nation("POR", "Portugal", "POR", "PRT"),
		e20Nation("FIN", "Finland", "FIN", "FIN"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "RUS":
			s.region = "eurasia"
			s.command = sovietFinance1920
		case "TUR":
			s.region = "eurasia"
			s.capital = &place{"Ankara (seat of the Grand National Assembly from 23 April 1920, capital from 13 October 1923)", 39.92, 32.85}
		case "AUS":
			// Merged into Germany on 13 March 1938 (the merge event): its
			// series, its regime and its pacts end with 1937 (Polity2's 1938
			// value is the Anschluss's interruption, not a regime).
			s.series[0].to, s.end, s.growthTo = 1937, 1937, 1937
			s.note = "merges into Germany on 13 March 1938 (COW: Austria leaves the system)"
		case "JPN":
			s.region = "asia"
		case "USA":
			s.region = "americas"
		}
	}
	return specs
}

// sovietFinance1920 is the Soviet state's command economy between the wars,
// the eras of 1920's flag: not a data file's number, a flag with its
// source, as the Cold War's.
const sovietFinance1920 = "Soviet state finance: the debts of the Tsar and the Provisional Government repudiated " +
	"(decree of 3 February 1918), no access to foreign capital markets; central planning from the " +
	"First Five-Year Plan, 1928 (" + commandSource + ")"

// Neutrality in 1920–1938: declared policies, each with its source.
// Belgium is not neutral: the Treaty of Versailles (art. 31) ended the
// neutrality of 1839, and Belgium made a military accord with France in
// September 1920 (its return to a policy of independence in October 1936
// is after the start).
var neutralSources1920 = map[string]string{
	"SWZ": "permanent neutrality recognised by the Powers in the Act of Paris, 20 November 1815, and within the League by the Declaration of London, 13 February 1920",
	"NTH": "policy of neutrality and abstention from alliances after 1839, kept after 1918 (Voorhoeve 1979, Peace, Profits and Principles)",
	"SWD": "policy of neutrality, kept through the First World War (Nordic declaration on similar rules of neutrality, Stockholm, 27 May 1938)",
	"DEN": "policy of neutrality, kept through the First World War (Nordic declaration on similar rules of neutrality, Stockholm, 27 May 1938)",
	"NOR": "policy of neutrality, kept through the First World War (Nordic declaration on similar rules of neutrality, Stockholm, 27 May 1938)",
	"USA": "no entangling alliances: the Senate's rejection of the Treaty of Versailles and the League Covenant (19 November 1919, 19 March 1920); Neutrality Acts of 1935–1937",
}

// debt1920 holds gross public debt over GDP around 1920, as orders of
// magnitude; the Soviet state had repudiated its debts (debtFact's
// stand-in).
var debt1920 = map[string]float64{
	"UKG": 1.3, "FRN": 1.7, "GMY": 0.7, "ITA": 1.2, "JPN": 0.3, "USA": 0.3, "POL": 0.1, "CZE": 0.3,
	"ROM": 0.4, "YUG": 0.3, "HUN": 0.5, "AUS": 0.5, "BUL": 0.8, "GRC": 1.0, "TUR": 0.5, "BEL": 1.1,
	"NTH": 0.6, "SWZ": 0.3, "SWD": 0.2, "DEN": 0.2, "NOR": 0.3, "SPN": 0.6, "POR": 0.8, "FIN": 0.2,
}

// interwarUnits describes the units and conversions of the era: pounds
// before 1914, current dollars after, in the capability stocks.
func interwarUnits(d *dataset) []string {
	return interwarUnitsWith(d, e20Start,
		"Start shares: the median of the first three years with a figure, skipping the years of a war of the era",
		"under way in a state's first year (Greece's and France's with Turkey, Russia's with Poland: fought.go);",
		"NMC's figures of the currency collapses are not used (convert.go, nmcErrors).")
}

// interwarUnitsWith describes the units and conversions of an era between
// the wars (NMC's current dollars converted by F(1949), pounds before 1914
// in the capability stocks), with the era's lines on its start shares.
func interwarUnitsWith(d *dataset, start int, startShares ...string) []string {
	return slices.Concat([]string{
		"Units: GDP and capability in billions of 2011 USD; shares, debt and growth as fractions.",
		"GDP: Maddison's GDP per head (interpolated between its benchmark years) times the COW population,",
		"so that each state is counted within its borders of the time.",
		"NMC counts military expenditure in current US dollars from 1914. The generator's rule for every era",
		fmt.Sprintf("converts them with F(y), pinned on the United States in the years SIPRI covers, and with F(1949) = %.2f", d.factor(1949)),
		"from 1914 to 1948 (scenarios/data/README.md): no defence share of the interwar years is in the data to",
		"pin a factor of the time on. US prices were lower than in 1949 (consumer prices of 1949 over those of",
		"the year: about 1.2 in 1920, 1.4 in 1925–1929, 1.7–1.8 in 1933–1938; BLS CPI-U), so this era's",
		"NMC-based shares are low by about that ratio, for every state alike.",
		fmt.Sprintf("Before 1914 (in the capability stocks) NMC counts pounds sterling: F£ = %.1f, pinned on Britain's", d.sterlingFactor()),
		"defence share in 1913, " + ukShare1913Src + ".",
	}, startShares, eraRules("F", start))
}

func europe1920(d *dataset) *scenario {
	specs := interwarSpecs()
	byID := index(specs)
	sc := &scenario{
		name:  "europe-1920",
		title: "Europe between the wars from data, 1920–1938: an era the model was not fitted on",
		description: `
Twenty-five states from 1920 to 1938: the United Kingdom, France, Germany,
Italy, Soviet Russia, Japan and the United States, the states of Central
and Eastern Europe made or remade at Versailles, the Balkan states and
Turkey, and the European neutrals. Economies, defence budgets, military
stocks and regimes come from historical data; so do the strategic
rivalries of the period, with their years, and the pacts in force on
1 January 1920. The wars among these states are events, and so are the wars
its states fought against states it does not model (from COW's data);
nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether France's eastern pacts and
the Little Entente form (history: 1920-1927, against a disarmed Germany
and Hungary), and whether anyone rearms in the 1930s (history: Germany,
Italy, Japan, then Britain and France).
`,
		start: e20Start, end: e20End,
		header:  header("europe-1920", "Europe between the wars, 1920–1938", interwarUnits(d)...),
		sources: interwarSources(),
	}
	evs := interwarEvents()
	d.assemble(sc, specs, byID, evs)
	return sc
}
