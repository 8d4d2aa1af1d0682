package main

import "slices"

// The Americas from 1846 to 1869: the independent states of North and South
// America that the data cover, from the eve of the Mexican–American War to
// the last year of the Paraguayan War, through the War of La Plata, the
// French intervention in Mexico and Spain's war with Peru and Chile. An era
// out of sample, built as the eras before 1914 are (americas1870.go,
// europe1846.go: e71Nation's rule, Maddison's GDP per head times the COW
// population, NMC's military spending in pounds sterling converted by F£),
// with the region and the outside-power rule of the Americas' eras
// (americas.go, americas1920.go): nothing in the model was fitted on it, and
// validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1846 come from the data (tss.go, atop.go: ATOP has no defence pact among
// the era's states in force then; Peru's treaty with Ecuador of 1832, ATOP
// 1053, has no second member in the era); its events are the interstate
// wars among its states (americas1846_events.go), the entries of states, the
// regime changes of Polity, the steps of territory and the wars its states
// fought against states it does not model (outside.go). No threat shock,
// détente or doctrine, and no alliance after 1846 is scripted.
//
// The states are COW's system members of 1846–1869 in the Americas (COW's
// codes 2–165) with Maddison GDP per head, NMC military spending and a
// Polity2 score for most of their years (the template's reading:
// americas1870.go, americas1920.go). A state needs a defence share within
// ten years of its first year (lookAhead):
//   - the United States, Mexico, Brazil and Argentina from 1846, with NMC
//     figures of 1846; Chile (first figure 1853) and Peru (1850) from 1846,
//     within the ten years: each one's start share is its one figure within
//     them (Peru's next is of 1857, Chile's of 1864). Mexico's figures are
//     1846's and then none before 1865: its one figure within the ten years
//     is of 1846, a year of the Mexican–American War, which is under way in
//     its first year (fought.go), so its start share is that war year's
//     (values.go: "at war throughout: its war years, then"), 9 % of GDP
//     against 1.4–2.6 % in 1865–1869; the rule is applied as it stands, and
//     the figure is kept as the data give it. Mexico's Polity2 is missing in
//     1846–1847 (the war): its regime is 1848's, the first coded;
//     GDP per head of Mexico, Colombia and Argentina is Maddison's
//     interpolated between its benchmark years (1820, 1850, 1860, 1870);
//   - Colombia from 1865 (the United States of Colombia; a COW member from
//     1831, with one NMC figure, of 1843, before 1865) and Venezuela from
//     1867 (a COW member from 1841): each enters in the year of NMC's first
//     figure of its military spending in the era, as americas-1870 lets
//     Ecuador enter and europe-1816 its late states; an entry of the data,
//     not of history, and its label says so. Colombia's war with Ecuador of
//     1863 is then before its first year (and Ecuador is left out, below).
//
// Left out:
//   - Ecuador (a COW member from 1854), Bolivia (1848) and Paraguay (1846):
//     NMC has no military spending for any of them in 1846–1869 (their
//     series begin in 1885, 1873 and after 1870), and Maddison has no GDP
//     per head of Ecuador before 1870, of Bolivia but for 1846, nor of
//     Paraguay before 1939. So the Ecuadorian–Colombian War (COW's war 43,
//     1863) has no side in the era, and the López War (49, Paraguay against
//     Brazil from November 1864 and Argentina from March 1865, to 1 March
//     1870) is a war against a state outside the era for Brazil and
//     Argentina (outside.go), as it is for the start of americas-1870; the
//     rivalries of Paraguay with Brazil (1860–1870) and Argentina
//     (1862–1870), of Peru with Bolivia and Ecuador and of Chile with
//     Bolivia are not in;
//   - Haiti (a COW member from 1859): NMC has one figure of its spending,
//     of 1863, and Maddison's GDP per head begins in 1945, beyond any carry;
//   - Guatemala (a COW member from 1868): Maddison's GDP per head begins in
//     1920, 52 years after; americas-1870 carries its 1920 value back as a
//     stand-in, but a stand-in is stated where leaving the state out would
//     drop a war of the era (americas1920.go), and Guatemala fought none in
//     1868–1869, so none is stated here;
//   - Uruguay (COW member from 1882), the Dominican Republic (1894), El
//     Salvador (1875), Honduras (1899), Nicaragua (1900), Costa Rica (1920)
//     and Canada (1920): not in COW's system in 1846–1869.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1846–1869, or
// held an ATOP defence pact with one on 1 January 1846 (the rule of the
// eras after 1945, americas.go, which americas-1920 and the eras of Asia
// apply before 1945; americas-1870 took none, its one candidate being the
// United States' war with Spain, a state of another region). ATOP has no
// such pact, and COW's Inter-State War Data (checked for 1846–1869) list two
// wars in the region with a state from outside it:
//   - France: the Franco-Mexican War (war 40, 16 April 1862 – 5 February
//     1867), with Mexico;
//   - Spain: the Naval War (52), with Chile from 25 September 1865 and Peru
//     from 14 January 1866, to 9 May 1866.
// They are built as in europe-1846 (its debts, HPDD orders of magnitude
// around 1846), with the region "europe"; their wars in Europe and Africa
// (the Crimean War, the war of 1859, the Roman Republic's; Spain's with
// Morocco) are wars against states outside the era (outside.go), and the
// rivalry the data give France with the United States (1830–1871) comes
// into the era with them, as the rule does for every state it brings in.
// Britain, whose blockade of the Río de la Plata with France (1845–1850) is
// in neither of COW's lists of wars, is not in.
//
// Reach: the model's d0 for every state (the globalReach table gives Britain
// alone a global reach before 1945, and Britain is not in). Islands: none.
// Neutral: the United States (no entangling alliances, europe-1846's
// source). No command economy.
//
// Debts: the United States', France's and Spain's the orders of magnitude
// from the IMF HPDD around 1846 that europe-1846 applies (debt1846); every
// other state the low stand-in below b_safe, not read from the database (its
// file is not among the project's data), as the other eras of the Americas
// do for the region's states. The era has no judgement number besides the
// debts.

const (
	am46Start = 1846
	am46End   = 1869
)

// am46Nation is a state of 1846 by e71Nation's rule, with the era's years,
// its region and europe-1846's debts (the low stand-in for a state they
// lack).
func am46Nation(id, name, region, nmc string, perHead ...string) nationSpec {
	s := eraNation(am46Start, am46End, nil, neutralSources1846, id, name, nmc, perHead...)
	s.region = region
	s.debt = postwarDebt(debt1846, id, am46Start)
	return s
}

func americas1846Specs() []nationSpec {
	specs := []nationSpec{
		am46Nation("USA", "United States", "americas", "USA", "USA"),
		am46Nation("MEX", "Mexico", "americas", "MEX", "MEX"),
		am46Nation("COL", "Colombia (the United States of Colombia from 1863)", "americas", "COL", "COL"),
		am46Nation("VEN", "Venezuela", "americas", "VEN", "VEN"),
		am46Nation("PER", "Peru", "americas", "PER", "PER"),
		am46Nation("BRA", "Brazil (the Empire)", "americas", "BRA", "BRA"),
		am46Nation("CHL", "Chile", "americas", "CHL", "CHL"),
		am46Nation("ARG", "Argentina (the Argentine Confederation; the Argentine Republic from 1861)", "americas", "ARG", "ARG"),
		// The outside powers (above).
		am46Nation("FRN", "France (the Second Republic; the Second Empire from 1852)", "europe", "FRN", "FRA"),
		am46Nation("SPN", "Spain", "europe", "SPN", "ESP"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "COL":
			*s = entering1846(*s, 1865, firstFigure(1831))
		case "VEN":
			*s = entering1846(*s, 1867, firstFigure(1841))
		}
	}
	return withCapitals(specs, am70Capitals)
}

// entering1846 is a state whose first year is after 1846: its entry, the
// reason and its debt of that year; its trend growth runs from then.
func entering1846(s nationSpec, year int, why string) nationSpec {
	s.start, s.growthFrom, s.note = year, year, "enters in "+itoa(year)+": "+why
	s.debt = postwarDebt(debt1846, s.id, year)
	return s
}

func americas1846(d *dataset) *scenario {
	specs := americas1846Specs()
	byID := index(specs)
	units := slices.Concat(sterlingUnits(d, am46Start, "(the Mexican–American War's years, 1846–47, are skipped for the United States\n"+
		"and Mexico; Mexico, with no other figure within ten years, keeps its 1846 figure)"), []string{
		"GDP per head is interpolated between Maddison's benchmark years and carried flat at most 15 years",
		"beyond a series' ends; no stand-in.",
	})
	sc := &scenario{
		name:  "americas-1846",
		title: "The Americas from data, 1846–1869: an era the model was not fitted on",
		description: `
Ten states from 1846 to 1869: the United States, Mexico, Brazil,
Argentina, Chile and Peru; Colombia from 1865 and Venezuela from 1867
(their military spending's first years in the data); and, as outside
powers, France (the intervention in Mexico) and Spain (its war with Peru
and Chile). Ecuador, Bolivia and Paraguay are not in (the data have no
military spending for them), nor Haiti and Guatemala (no GDP).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years. No defence pact among these states was in force on 1 January 1846.
The wars among these states (the Mexican-American War, the War of La
Plata, the French intervention in Mexico, Spain's war with Peru and
Chile) are events, and so are the wars its states fought against states
it does not model (from COW's data: the Paraguayan War among them);
nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether Brazil and Argentina ally
(history: 1859, and the Triple Alliance against Paraguay of 1865), whether
Peru and Chile ally against Spain (history: December 1865), and whether
the United States stays out of pacts.
`,
		start: am46Start, end: am46End,
		header: header("americas-1846", "the Americas, 1846–1869", units...),
		sources: slices.Concat(europeSources(am46Start), sterlingSources, []string{
			warsSource,
		}),
	}
	evs := americas1846Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
