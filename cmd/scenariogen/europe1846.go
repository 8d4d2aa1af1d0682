package main

import "slices"

// Europe from 1846 to 1869: the five great powers of the Concert, Sardinia
// (Italy from 1861), the smaller states of Europe and the United States,
// through the revolutions of 1848 and the wars of Italian and German
// unification. An era out of sample: nothing in the model was fitted on it,
// and validation judges it only by the era-independent targets
// (validate/generic.go). Its states are built by e71Nation's rule (GDP per
// head times the COW population); its rivalries and the pacts in force on
// 1 January 1846 come from the data (tss.go, atop.go); its events are the
// interstate wars among its states (europe1846_events.go) and the regime
// changes of Polity. No threat shock, détente or doctrine, and
// no alliance after 1846 is scripted.

const (
	e46Start = 1846
	e46End   = 1869
)

// e46Nation is a state of 1846 by e71Nation's rule, with its own years.
func e46Nation(id, name, nmc string, perHead ...string) nationSpec {
	return eraNation(e46Start, e46End, debt1846, neutralSources1846, id, name, nmc, perHead...)
}

// The stand-ins of the eras before 1870 (Europe 1846, Europe 1816):
// Maddison's GDP per head of two codes begins too late for them, and no
// other figure is in the data. Each carries its first value back flat to
// the era's start (no growth assumed), beyond the rule's 15 years; GDP per
// head grew slowly before 1870 in these economies, so the level is
// overstated by the growth of the years carried over, and the trend growth
// over them is the population's alone. (The Ottoman Empire's needs none:
// Maddison's Turkey has 1820 and 1870, and 1851 is interpolated between
// them.)

// standInSUN is Russia's GDP per head, Maddison's former USSR's of 1885
// carried back to start.
func standInSUN(start int) standIn {
	return standIn{"SUN", 1885 - start, "Russia's GDP per head: Maddison's former USSR begins in 1885, " +
		"its 1885 value carried back to " + itoa(start) + " (a stand-in: no figure of the Russian Empire's before 1885 is in the data)"}
}

// standInHUN is Hungary's part of Austria's GDP per head, Maddison's
// Hungary of 1870 carried back to start.
func standInHUN(start int) standIn {
	return standIn{"HUN", 1870 - start, "Hungary's part of Austria's GDP per head: Maddison's Hungary begins " +
		"in 1870, its 1870 value carried back to " + itoa(start) + " (a stand-in: Austria is Austria, Hungary and Czechoslovakia by the rule of 1871)"}
}

// easternPower sets what the eras before 1870 give Prussia, Austria and
// Russia alike: their seats of government (places.go holds the later
// states'), Russia's region and the stand-ins of the era's start. It
// reports whether s was one of them.
func easternPower(s *nationSpec, start int) bool {
	switch s.id {
	case "PRU":
		s.capital = &place{"Berlin", 52.52, 13.41}
	case "AUH":
		s.capital = &place{"Vienna", 48.21, 16.37}
		s.series[0].standIns = []standIn{standInHUN(start)}
	case "RUS":
		s.capital = &place{"Saint Petersburg", 59.94, 30.31}
		s.region = "eurasia"
		s.series[0].standIns = []standIn{standInSUN(start)}
	default:
		return false
	}
	return true
}

func europe1846Specs() []nationSpec {
	specs := []nationSpec{
		e46Nation("UKG", "United Kingdom", "UKG", "GBR"),
		e46Nation("FRN", "France", "FRN", "FRA"),
		e46Nation("PRU", "Prussia (North German Confederation from 1867)", "GMY", "DEU"),
		e46Nation("AUH", "Austrian Empire (Austria-Hungary from 1867)", "AUH", "AUT", "HUN", "CSK"),
		e46Nation("RUS", "Russian Empire", "RUS", "SUN"),
		e46Nation("ITA", "Sardinia (Italy from 1861)", "ITA", "ITA"),
		e46Nation("TUR", "Ottoman Empire", "TUR", "TUR"),
		e46Nation("SWZ", "Switzerland", "SWZ", "CHE"),
		e46Nation("SPN", "Spain", "SPN", "ESP"),
		e46Nation("POR", "Portugal", "POR", "PRT"),
		e46Nation("NTH", "Netherlands", "NTH", "NLD"),
		e46Nation("BEL", "Belgium", "BEL", "BEL"),
		e46Nation("SWD", "Sweden", "SWD", "SWE"),
		e46Nation("DEN", "Denmark", "DEN", "DNK"),
		e46Nation("GRC", "Greece", "GRC", "GRC"),
		e46Nation("USA", "United States", "USA", "USA"),
	}
	for i := range specs {
		s := &specs[i]
		if easternPower(s, e46Start) {
			continue
		}
		switch s.id {
		case "ITA":
			s.capital = &place{"Turin (the seat of government of Sardinia, and of Italy to 1865)", 45.07, 7.69}
		case "TUR":
			s.capital = &place{"Constantinople (Istanbul)", 41.01, 28.98}
			s.region = "eurasia"
		case "USA":
			s.region = "americas"
		}
	}
	return specs
}

// Neutrality in 1846–1869: declared policies, each with its source.
// Denmark's policy of neutrality begins after 1864 (neutralSources1871).
var neutralSources1846 = map[string]string{
	"SWZ": "permanent neutrality recognised by the Powers in the Act of Paris, 20 November 1815",
	"BEL": "perpetual neutrality under the guarantee of the Powers, Treaty of London, 19 April 1839, art. VII",
	"NTH": "policy of neutrality and abstention from alliances after 1839 (Voorhoeve 1979, Peace, Profits and Principles)",
	"SWD": "policy of neutrality declared by Charles XIV John in 1834",
	"USA": "no entangling alliances: Washington's Farewell Address (1796) and Jefferson's first inaugural address (1801)",
}

// debt1846 holds gross public debt over GDP around 1846, or around a
// state's entry, as orders of magnitude.
var debt1846 = map[string]float64{
	"UKG": 1.4, "FRN": 0.4, "PRU": 0.2, "AUH": 0.5, "RUS": 0.3, "ITA": 0.3, "TUR": 0.1, "SWZ": 0.1,
	"SPN": 1.0, "POR": 0.6, "NTH": 1.8, "BEL": 0.3, "SWD": 0.1, "DEN": 0.3, "GRC": 0.8, "USA": 0.1,
}

func europe1846(d *dataset) *scenario {
	specs := europe1846Specs()
	byID := index(specs)
	units := slices.Concat(sterlingUnits(d, e46Start, "(1848–1849 were years of revolution and war)"), []string{
		"GDP per head is carried flat at most 15 years beyond a Maddison series' ends, but for two stand-ins,",
		"each a judgement on its lines: Russia's (its 1885 value carried back) and Hungary's within Austria's",
		"(its 1870 value carried back).",
	})
	sc := &scenario{
		name:  "europe-1846",
		title: "Europe from data, 1846–1869: an era the model was not fitted on",
		description: `
Sixteen states from 1846 to 1869: the United Kingdom, France, Prussia,
Austria and Russia, Sardinia (Italy from 1861), the smaller states of
Europe, the Ottoman Empire and the United States (the Ottoman Empire's
and Switzerland's first military spending in the data is of 1851 and
1853).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years, and the pacts in force on 1 January 1846. The wars among these
states (the Schleswig wars, the wars of Italian unification, the Crimean
War and the Seven Weeks' War) are events,
and so are the wars its states fought against states it does not model
(from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Crimean coalition
allies (history: Britain, France and the Ottoman Empire, 1854, and the
guarantee of 1856) and what becomes of the German Confederation's and the
eastern courts' pacts of the start.
`,
		start: e46Start, end: e46End,
		header: header("europe-1846", "Europe, 1846–1869", units...),
		sources: slices.Concat(europeSources(e46Start), sterlingSources, []string{
			warsSource,
		}),
	}
	evs := europe1846Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
