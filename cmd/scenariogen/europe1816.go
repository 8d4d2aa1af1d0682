package main

import "slices"

// Europe from 1816 to 1845: the Concert of Europe from the Congress of
// Vienna to the eve of 1846, through the congresses, the intervention in
// Spain and the revolutions of 1830. An era out of sample, built as Europe
// 1846 is: nothing in the model was fitted on it, and validation judges it
// only by the era-independent targets (validate/generic.go). Its states
// are built by e71Nation's rule (GDP per head times the COW population);
// its rivalries and the pacts in force on 1 January 1816 come from the
// data (tss.go, atop.go: the Quadruple Alliance of 20 November 1815, the
// German Confederation's Act of 8 June 1815 and Austria's treaty with
// Tuscany of 12 June 1815; the Holy Alliance of 26 September 1815 is not
// among ATOP's pacts); its events are the interstate wars among its states
// (europe1816_events.go), the entries of states and the regime changes of
// Polity. No threat shock, détente or doctrine, and no alliance after 1816
// is scripted.
//
// The states are those of COW's system in Europe (and the United States,
// as in 1846) that the data carry: NMC military spending, Maddison GDP per
// head for the codes that stand for them, Polity2. A state needs a defence
// share within ten years of its first year (lookAhead); one that is in the
// system in 1816 but whose NMC spending begins later (Saxony 1830,
// Portugal and Denmark 1835, Sweden 1842, Baden 1843) enters the scenario
// in the year of its first figure, as scenarios/data/README.md allows ("let
// the state enter when its figures begin"), and so does Greece (a COW
// member from 1828, its first figure of 1843). Left out:
//   - the Ottoman Empire and Switzerland: NMC has no military spending for
//     them before 1851 and 1853, after the era (so the Russo-Turkish war of
//     1828–29 has no enemy state for a war event, and the rivalries of the
//     Ottoman Empire with Russia and Greece are not in);
//   - the Papal States, the Two Sicilies, Hesse-Darmstadt and Modena (a
//     member from 1842): NMC has no military spending for them in
//     1816–1845 (Hesse-Darmstadt is not coded by Polity either);
//   - Hesse-Kassel (spending from 1834), Hanover (a member from 1838) and
//     Mecklenburg-Schwerin (from 1843): Polity does not code them.

const (
	e16Start = 1816
	e16End   = 1845
)

// e16Nation is a state of 1816 by e71Nation's rule, with its own years.
func e16Nation(id, name, nmc string, perHead ...string) nationSpec {
	s := eraNation(e16Start, e16End, debt1816, neutralSources1816, id, name, nmc, perHead...)
	s.debt = debt1816Fact(id, e16Start)
	return s
}

// entering1816 is a state whose first year is after 1816: its entry, the
// reason and its debt of that year; its trend growth runs from then.
func entering1816(s nationSpec, year int, why string) nationSpec {
	s.start, s.growthFrom, s.note = year, year, "enters in "+itoa(year)+": "+why
	s.debt = debt1816Fact(s.id, year)
	return s
}

// firstFigure is why a state of the system enters in the year NMC's
// military spending begins.
func firstFigure(member int) string {
	return "the year of NMC's first figure of its military spending (a COW system member from " + itoa(member) +
		"; a state needs a defence share within ten years of its first year)"
}

func europe1816Specs() []nationSpec {
	specs := []nationSpec{
		e16Nation("UKG", "United Kingdom", "UKG", "GBR"),
		e16Nation("FRN", "France", "FRN", "FRA"),
		e16Nation("PRU", "Prussia", "GMY", "DEU"),
		e16Nation("AUH", "Austrian Empire", "AUH", "AUT", "HUN", "CSK"),
		e16Nation("RUS", "Russian Empire", "RUS", "SUN"),
		e16Nation("ITA", "Kingdom of Sardinia", "ITA", "ITA"),
		e16Nation("SPN", "Spain", "SPN", "ESP"),
		e16Nation("NTH", "United Kingdom of the Netherlands (the Netherlands from 1831)", "NTH", "NLD", "BEL"),
		e16Nation("BAV", "Bavaria", "BAV", "DEU"),
		e16Nation("WRT", "Württemberg", "WRT", "DEU"),
		e16Nation("TUS", "Tuscany", "TUS", "ITA"),
		e16Nation("USA", "United States", "USA", "USA"),
		e16Nation("BEL", "Belgium", "BEL", "BEL"),
		e16Nation("SAX", "Saxony", "SAX", "DEU"),
		e16Nation("POR", "Portugal", "POR", "PRT"),
		e16Nation("DEN", "Denmark", "DEN", "DNK"),
		e16Nation("SWD", "Sweden (in union with Norway)", "SWD", "SWE", "NOR"),
		e16Nation("BAD", "Baden", "BAD", "DEU"),
		e16Nation("GRC", "Greece", "GRC", "GRC"),
	}
	for i := range specs {
		s := &specs[i]
		if easternPower(s, e16Start) {
			continue
		}
		switch s.id {
		case "ITA":
			s.capital = &place{"Turin", 45.07, 7.69}
		case "NTH":
			// The kingdom of 1815 held Belgium until the revolution of
			// 1830: NMC's population counts it to 1830 (6.4 million) and
			// not from 1831 (2.7 million), so GDP per head is the
			// Netherlands' and Belgium's (population-weighted) to 1830,
			// the Netherlands' alone from 1831 (e71Nation's rule: the
			// state's territory of the time). Its trend growth, 1816–1845,
			// then carries the loss of Belgium (a state's borders move its
			// rate, as the Ottoman Empire's and Denmark's in the other eras).
			s.series = series{
				{from: 0, to: 1830, gdp: "NLD", perHead: []string{"NLD", "BEL"}, nmc: "NTH"},
				{from: 1831, to: 9999, gdp: "NLD", perHead: []string{"NLD"}, nmc: "NTH"},
			}
		case "BAV":
			s.capital = &place{"Munich", 48.14, 11.58}
		case "WRT":
			s.capital = &place{"Stuttgart", 48.78, 9.18}
		case "TUS":
			s.capital = &place{"Florence", 43.78, 11.25}
		case "USA":
			s.region = "americas"
		case "BEL":
			*s = entering1816(*s, 1830, "independence proclaimed by the Provisional Government, 4 October 1830 (COW system member from 1830)")
		case "SAX":
			*s = entering1816(*s, 1830, firstFigure(1816))
			s.capital = &place{"Dresden", 51.05, 13.74}
		case "POR":
			*s = entering1816(*s, 1835, firstFigure(1816))
		case "DEN":
			*s = entering1816(*s, 1835, firstFigure(1816))
		case "SWD":
			// NMC's Sweden counts the population of the union with Norway
			// (4.5 million in 1842; Sweden alone about 3.2): GDP per head is
			// Sweden's and Norway's, population-weighted (e71Nation's rule).
			*s = entering1816(*s, 1842, firstFigure(1816))
		case "BAD":
			*s = entering1816(*s, 1843, firstFigure(1816))
			s.capital = &place{"Karlsruhe", 49.01, 8.40}
		case "GRC":
			*s = entering1816(*s, 1843, firstFigure(1828))
		}
	}
	return specs
}

// Neutrality in 1816–1845: declared policies, each with its source.
// The Netherlands' policy of neutrality begins after 1839
// (neutralSources1846), late in the era: the kingdom of 1815 was the
// Powers' barrier against France, and is not marked neutral.
var neutralSources1816 = map[string]string{
	"BEL": "perpetual neutrality under the guarantee of the Powers: London Protocol of 20 January 1831; Treaty of the " +
		"Twenty-Four Articles, 15 November 1831, art. VII; Treaty of London, 19 April 1839, art. VII",
	"SWD": "policy of neutrality declared by Charles XIV John in 1834",
	"USA": "no entangling alliances: Washington's Farewell Address (1796) and Jefferson's first inaugural address (1801)",
}

// debt1816 holds gross public debt over GDP around 1816, or around a
// state's entry, as orders of magnitude, as the other eras' tables
// (debt.go: the database file is not among the project's data; check
// these readings against it before using them as targets): Britain's debt
// of the wars of 1793–1815, about two and a half times its GDP, and the
// United Kingdom of the Netherlands' (the old Republic's debt over the
// GDP of the Netherlands and Belgium); the states that enter in the 1830s
// and 1840s have the orders of magnitude of Europe 1846's table.
var debt1816 = map[string]float64{
	"UKG": 2.4, "FRN": 0.3, "PRU": 0.3, "AUH": 0.5, "RUS": 0.3, "ITA": 0.3, "SPN": 1.0, "NTH": 1.5, "USA": 0.2,
	"BEL": 0.3, "POR": 0.6, "DEN": 0.3, "SWD": 0.1, "GRC": 0.8,
}

// debt1816Fact is a state's debt of year from debt1816, or the low
// stand-in for the German states and Tuscany, which the database does not
// cover.
func debt1816Fact(id string, year int) fact {
	if _, ok := debt1816[id]; ok {
		return debtFact(debt1816, id, year)
	}
	return fact{standInDebt, "not in the IMF HPDD (a state of the German Confederation or of Italy before unification): " +
		"a low stand-in, below b_safe"}
}

func europe1816(d *dataset) *scenario {
	specs := europe1816Specs()
	byID := index(specs)
	units := slices.Concat(sterlingUnits(d, e16Start, "(the armies of 1815 were still being reduced in 1816)"), []string{
		"NMC's figures begin in 1816: no state has a capability stock before it, and every state of the start",
		"starts at the floor of one year's budget.",
		"GDP per head is carried flat at most 15 years beyond a Maddison series' ends, but for two stand-ins,",
		"each a judgement on its lines: Russia's (its 1885 value carried back) and Hungary's within Austria's",
		"(its 1870 value carried back).",
	})
	sc := &scenario{
		name:  "europe-1816",
		title: "Europe from data, 1816–1845: the Concert of Europe, an era the model was not fitted on",
		description: `
Nineteen states from 1816 to 1845: the United Kingdom, France, Prussia,
Austria and Russia, Sardinia, Spain, the Netherlands (with Belgium to
1830), Bavaria, Württemberg, Tuscany and the United States; Belgium and
Saxony from 1830, Portugal and Denmark from 1835, Sweden from 1842, Baden
and Greece from 1843 (the years their military spending enters the data).
The Ottoman Empire and Switzerland are not in: the data have no military
spending for them before the 1850s.
Economies, defence budgets and regimes come from historical data; so do
the strategic rivalries of the period, with their years, and the pacts in
force on 1 January 1816 (the Quadruple Alliance, the German Confederation,
Austria's treaty with Tuscany). The one war among these states, France's
intervention in Spain of 1823, is an event, and so is Russia's war with
the Ottoman Empire (1828–29, from COW's data), which the era does not
model; nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch what becomes of the Quadruple
Alliance (history: Britain drew away after 1820 and ATOP ends it in
1822), whether the eastern courts ally again (history: Münchengrätz and
Berlin, 1833) and whether Britain and France come together (history: the
Quadruple Alliance of 1834 with Spain and Portugal).
`,
		start: e16Start, end: e16End,
		header: header("europe-1816", "Europe, 1816–1845", units...),
		sources: slices.Concat(europeSources(e16Start), sterlingSources, []string{
			warsSource,
		}),
	}
	evs := europe1816Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
