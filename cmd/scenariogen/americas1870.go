package main

import "slices"

// The Americas from 1870 to 1913: the independent states of North, Central
// and South America from the end of the Paraguayan War (1 March 1870) to
// the eve of 1914, through the War of the Pacific and the wars of Central
// America. An era out of sample, built as the eras of Europe before 1914
// are (e71Nation's rule: Maddison's GDP per head times the COW population,
// NMC's military spending in pounds sterling converted by F£): nothing in
// the model was fitted on it, and validation judges it only by the
// era-independent targets (validate/generic.go). Its rivalries and the
// pacts in force on 1 January 1870 come from the data (tss.go, atop.go:
// the Treaty of the Triple Alliance of 1 May 1865, Brazil and Argentina
// with Uruguay entering it, ATOP 1255; Peru's treaty with Bolivia of 1863,
// 1235; the Pacific alliance of Peru, Chile and Bolivia against Spain of
// 1865–66, 1260); its events are the interstate wars among its states
// (americas1870_events.go), the entries of states, the regime changes of
// Polity, the steps of territory and the wars its states fought against
// states it does not model (outside.go). No threat shock, détente or
// doctrine, and no alliance after 1870 is scripted.
//
// The states are those of COW's system in the Americas in 1870–1913 that
// the data carry: NMC military spending, Maddison GDP per head, Polity2.
// A state needs a defence share within ten years of its first year
// (lookAhead): Bolivia's first NMC figure is of 1873 and Venezuela's of
// 1874, within it; Ecuador's is of 1885 (a COW member from 1854), and it
// enters the scenario then, as scenarios/data/README.md allows ("let the
// state enter when its figures begin"), as Europe 1816's states do.
// El Salvador (1875), Uruguay (1882), Honduras (1899) and Nicaragua
// (1900) enter in their first year in COW's system; Uruguay's first NMC
// figure is of 1884, within ten years. Nicaragua's NMC spending has three
// figures, 1900, 1901 and 1903, and none after: they are its start share,
// and its budgets after 1903 are compared with nothing. Start year: 1870, which the data support for every state
// present then (Argentina, Brazil, Chile, Peru, Colombia, Mexico,
// Guatemala and the United States have NMC spending of 1870 or within
// three years); the Paraguayan War was under way to 1 March 1870 (an
// outside war for Argentina and Brazil, Paraguay being left out: its
// months of 1870 are skipped in their start shares, fought.go).
//
// The stand-ins: Maddison's GDP per head of Guatemala, El Salvador,
// Honduras and Nicaragua begins in 1920. Each state's 1920 value is
// carried back flat to its first year in the era (50, 45, 21 and 20
// years), a judgement (standIn) without which the four states, and the
// four wars of Central America among them, could not be in the era; the
// levels assume no growth of GDP per head over the years carried (the
// coffee and banana economies grew in them, so the levels are probably
// overstated), and each one's trend growth is its population's alone.
// They are the era's only judgement numbers besides the debts.
//
// Left out:
//   - Paraguay, Haiti and the Dominican Republic (a COW member from 1894):
//     Maddison has no GDP per head for them in any year before 1939 (nor
//     any figure of the Dominican Republic's population), and no other
//     series of the data stands for them (so the Paraguayan War's last
//     months are a war against a state outside the era, and the rivalry of
//     Bolivia and Paraguay from 1887 is not in);
//   - Panama (1903): NMC has no military spending for it in 1903–1913;
//   - Cuba (independence, 20 May 1902): NMC has two figures of its
//     military spending in 1902–1913, 6,161 thousand pounds in 1906 and
//     7,293 in 1913, 18.2 % and 16.0 % of its GDP by F£ (the United States'
//     of 1913 is 62,825, for an economy some 100 times Cuba's): the share
//     of a state at war, or a unit error of the data (current dollars read
//     as pounds would give about 3.7 %), and no year says which. Its start
//     share would be the 18.2 % of 1906, the year of the revolt of August
//     and of the United States' second occupation (COW has no Cuba in
//     1907–1908), and the model would hold it; nmcErrors (convert.go) could
//     exclude the two figures, but Cuba would then have no share at all;
//   - Canada and Costa Rica: not in COW's system before 1920;
//   - Spain: it fought the United States in 1898 (COW's Spanish-American
//     War, an outside war here) and holds no ATOP pact with a state of the
//     region; the outside powers of americas-1950 are not a rule every era
//     applies, and this era keeps to the states of the Americas.
//   - Britain, Germany and Japan, whose rivalries with the United States
//     (Britain's to 1904, Germany's from 1889, Japan's from 1898) are then
//     not in the era either.
//
// Debts: the United States' an order of magnitude from the IMF HPDD around
// 1870 (its gross federal debt after the Civil War, about a third of GDP);
// every other state the low stand-in below b_safe, not read from the
// database (its file is not among the project's data), as the Americas'
// era of 1950 does for the region's states. The defaults of Peru (1876),
// Argentina (1890) and the others are not represented.

const (
	am70Start = 1870
	am70End   = 1913
)

// am70Nation is a state of 1870 by e71Nation's rule, with its own years,
// region and debt.
func am70Nation(id, name, nmc string, perHead ...string) nationSpec {
	s := eraNation(am70Start, am70End, nil, neutralSources1870, id, name, nmc, perHead...)
	s.region = "americas"
	s.debt = postwarDebt(debt1870, id, am70Start)
	return s
}

// entering1870 is a state whose first year is after 1870: its entry, the
// reason and its debt of that year; its trend growth runs from then.
func entering1870(s nationSpec, year int, why string) nationSpec {
	s.start, s.growthFrom, s.note = year, year, "enters in "+itoa(year)+": "+why
	s.debt = postwarDebt(debt1870, s.id, year)
	return s
}

// standIn1920 is the stand-in of a state of Central America: Maddison's
// GDP per head of code begins in 1920; its 1920 value is carried back to
// the state's first year, from.
func standIn1920(code, name string, from int) standIn {
	return standIn{code, 1920 - from, name + "'s GDP per head: Maddison's " + code + " begins in 1920, " +
		"its 1920 value carried back to " + itoa(from) + " (a stand-in: no figure of " + name + "'s before 1920 is in the data)"}
}

// cowMember is why a state enters in its first year in COW's system.
func cowMember(year int) string {
	return "its first year in COW's system (COW system member from " + itoa(year) + "; NMC's series begins then)"
}

func americas1870Specs() []nationSpec {
	specs := []nationSpec{
		am70Nation("USA", "United States", "USA", "USA"),
		am70Nation("MEX", "Mexico", "MEX", "MEX"),
		am70Nation("GUA", "Guatemala", "GUA", "GTM"),
		am70Nation("SAL", "El Salvador", "SAL", "SLV"),
		am70Nation("HON", "Honduras", "HON", "HND"),
		am70Nation("NIC", "Nicaragua", "NIC", "NIC"),
		am70Nation("COL", "Colombia (the United States of Colombia to 1886)", "COL", "COL"),
		am70Nation("VEN", "Venezuela", "VEN", "VEN"),
		am70Nation("ECU", "Ecuador", "ECU", "ECU"),
		am70Nation("PER", "Peru", "PER", "PER"),
		am70Nation("BRA", "Brazil (the Empire to 1889)", "BRA", "BRA"),
		am70Nation("BOL", "Bolivia", "BOL", "BOL"),
		am70Nation("CHL", "Chile", "CHL", "CHL"),
		am70Nation("ARG", "Argentina", "ARG", "ARG"),
		am70Nation("URU", "Uruguay", "URU", "URY"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "GUA":
			s.series[0].standIns = []standIn{standIn1920("GTM", "Guatemala", am70Start)}
		case "SAL":
			*s = entering1870(*s, 1875, cowMember(1875))
			s.series[0].standIns = []standIn{standIn1920("SLV", "El Salvador", 1875)}
		case "HON":
			*s = entering1870(*s, 1899, cowMember(1899))
			s.series[0].standIns = []standIn{standIn1920("HND", "Honduras", 1899)}
		case "NIC":
			*s = entering1870(*s, 1900, cowMember(1900))
			s.series[0].standIns = []standIn{standIn1920("NIC", "Nicaragua", 1900)}
		case "ECU":
			*s = entering1870(*s, 1885, firstFigure(1854))
		case "URU":
			*s = entering1870(*s, 1882, cowMember(1882))
		}
	}
	return withCapitals(specs, am70Capitals)
}

// am70Capitals are the seats of government of the era's states that
// places.go does not hold, or held differently in 1870–1913 (GeoNames,
// rounded to 0.01°): amCapitals, with Brazil's and Bolivia's of the time.
var am70Capitals = func() map[string]place {
	out := map[string]place{}
	for id, p := range amCapitals {
		out[id] = p
	}
	out["BRA"] = place{"Rio de Janeiro", -22.91, -43.18}
	out["BOL"] = place{"Sucre (the seat of government to the Federal War of 1899, La Paz after)", -19.03, -65.26}
	return out
}()

// Neutrality in 1870–1913: declared policies, each with its source.
var neutralSources1870 = map[string]string{
	"USA": "no entangling alliances: Washington's Farewell Address (1796) and Jefferson's first inaugural address (1801)",
}

// debt1870 holds gross public debt over GDP around 1870 as orders of
// magnitude (IMF HPDD): the United States alone (above).
var debt1870 = map[string]float64{"USA": 0.3}

func americas1870(d *dataset) *scenario {
	specs := americas1870Specs()
	byID := index(specs)
	units := slices.Concat(sterlingUnits(d, am70Start, "(the Paraguayan War's last months, to 1 March 1870, are skipped for Argentina and Brazil)"), []string{
		"GDP per head is carried flat at most 15 years beyond a Maddison series' ends, but for four stand-ins,",
		"each a judgement on its lines: Guatemala's, El Salvador's, Honduras's and Nicaragua's (their 1920",
		"values carried back).",
	})
	sc := &scenario{
		name:  "americas-1870",
		title: "The Americas from data, 1870–1913: an era the model was not fitted on",
		description: `
Fifteen states from 1870 to 1913: the United States, Mexico, Guatemala,
Colombia, Venezuela, Peru, Brazil, Bolivia, Chile and Argentina; El
Salvador from 1875, Uruguay from 1882, Ecuador from 1885 (its military
spending's first year in the data), Honduras from 1899 and Nicaragua
from 1900. Paraguay, Haiti and the Dominican Republic are not in (the
data have no GDP for them), nor Panama and Cuba (no usable military
spending).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years, and the pacts in force on 1 January 1870 (the Triple Alliance of
Brazil, Argentina and Uruguay, Peru's treaty with Bolivia, the Pacific
alliance against Spain). The wars among these states (the War of the
Pacific and the four Central American wars) are events, and so are the
wars its states fought against states it does not model (from COW's
data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether Peru and Bolivia ally
(history: the secret treaty of 1873), what the War of the Pacific does to
Chile's neighbours' budgets, whether Argentina and Chile arm against each
other (history: the naval race ended by the Pactos de Mayo of 1902) and
whether the United States stays out of pacts.
`,
		start: am70Start, end: am70End,
		header: header("americas-1870", "the Americas, 1870–1913", units...),
		sources: slices.Concat(europeSources(am70Start), sterlingSources, []string{
			warsSource,
		}),
	}
	evs := americas1870Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
