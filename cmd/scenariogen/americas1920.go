package main

import (
	"maps"
	"slices"
)

// The Americas between the wars, 1920–1938: the independent states of
// North, Central and South America and the Caribbean that the data cover,
// from the year Canada and Costa Rica enter COW's system to the eve of
// 1939, through the Chaco War. An era out of sample, built as Europe
// 1920–1938 is (europe1920.go: e71Nation's rule, Maddison's GDP per head
// times the COW population, NMC's current dollars converted by F(1949),
// its pounds before 1914 by F£ in the capability stocks), with the region
// and the outside-power rule of the Americas' eras (americas.go,
// americas1870.go): nothing in the model was fitted on it, and validation
// judges it only by the era-independent targets (validate/generic.go). Its
// rivalries and the pacts in force on 1 January 1920 come from the data
// (tss.go, atop.go: ATOP has no defence pact of a state of the region in
// force then, nor any made among them before 1939, so the era starts and,
// in ATOP, stays without alliances); its events are the interstate wars
// among its states (americas1920_events.go), Haiti's entry, the regime
// changes of Polity, the steps of territory and the wars its states fought
// against states it does not model (outside.go). No threat shock, détente
// or doctrine, and no alliance after 1920 is scripted.
//
// The states are COW's system members of 1920–1938 in the Americas (COW's
// codes 2–165) with Maddison GDP per head (or the stand-in below), NMC
// military spending and a Polity2 score for most of their years in the
// era (the template's reading: americas1870.go, americas.go):
//   - the United States, Canada (a COW member from 1920, NMC's series
//     beginning then), Cuba, Mexico, Guatemala, Honduras, El Salvador,
//     Nicaragua, Costa Rica (a COW member from 1920), Panama, Colombia,
//     Venezuela, Ecuador, Peru, Brazil, Bolivia, Paraguay, Chile,
//     Argentina and Uruguay from 1920. Guatemala's first NMC figure in the
//     era is of 1922 (1920–21 missing), Nicaragua's of 1922 and Panama's of
//     1923, within the ten years (lookAhead); Nicaragua's and Panama's
//     figures are a few tens of thousands of dollars (0.01–0.1 % of GDP),
//     Panama having no army after 1904 (NMC's personnel is nil), and are
//     kept as the data give them, as in americas-1950;
//   - Haiti from 1934: a COW member from 1859, out of the system during the
//     United States' occupation (1915–1934), and back in 1934, when NMC's
//     series and Polity's resume. Maddison's GDP per head of Haiti begins in
//     1945: its 1945 value is carried back to 1934 by the rule (eleven
//     years, within flatYears), no judgement, and Haiti's trend growth of
//     1934–1938 is then its population's alone.
//
// The stand-in: Maddison's GDP per head of Paraguay begins in 1939. Its
// 1939 value is carried back to 1920 (19 years; the rule carries it to
// 1924), a judgement (standIn) without which Paraguay, and the Chaco War,
// the one war of the era, could not be in it; as americas-1870's stand-ins
// for Central America (their 1920 values carried back), the level assumes
// no growth of GDP per head over the years carried, and the trend growth
// of 1920–1938 is Paraguay's population's alone. Its 1939 level (3,057 in
// 2011 USD) is above Bolivia's of 1920–1938 (1,951–2,565), after a war that
// Bolivia lost. It is the era's only judgement number besides the debts.
//
// NMC's errors: the scan of nmcscan.go found four breaks in the figures
// the era's shares use, each read as an error from NMC's own personnel
// and the figures on both sides (convert.go, nmcErrors): El Salvador's
// 1921–1933 (a tenth of 1920's and 1934's), Guatemala's 1912–1923 (a
// fifth to a twentieth of both sides, the paper-peso years),
// Peru's 1920 and Brazil's 1920 (single years at a fourteenth and a fifth).
// El Salvador's start share is then its one figure within ten years of
// 1920, 1920's; Guatemala's the median of 1924–1926, the years of the
// quetzal's introduction, through which the series climbs back to its
// level of 1926–1939 (0.29 % against about 0.5 % in 1926–30): the rule's
// first three figures, kept as the rule takes them.
//
// The levels: with F(1949) (the header), most of the region's start shares
// are below the model's floor, s_min (0.5 % of GDP): Canada's, Paraguay's,
// Haiti's, Guatemala's, Venezuela's, Colombia's, Costa Rica's, Bolivia's,
// Ecuador's, Peru's and Argentina's at 0.13–0.42 %, Nicaragua's and
// Panama's at 0.05 % and 0.02 %. The model holds them at the floor; the
// data are what they are, and no share is raised here.
//
// Left out:
//   - the Dominican Republic: out of COW's system during the United States'
//     occupation (1916–1924), back from 1924; Maddison has no GDP per head
//     for it before 1950, 26 years after, beyond the rule's carry, and it
//     fought no war of COW's lists in the era, so no stand-in is stated for
//     it (the README's ground for one: "where leaving it out would drop a
//     war of the era"); its rivalry with Haiti (1845–1993) is then not in,
//     and the massacre of Haitians of October 1937 is no war of COW's;
//   - no other state of the region: Guyana, Suriname, Belize, Jamaica,
//     Trinidad and the smaller Caribbean states were colonies, and
//     Newfoundland, a dominion, is not in COW's system.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1920–1938, or
// held an ATOP defence pact with one on 1 January 1920 (the rule of the
// eras after 1945, americas.go, which asia-1870 applies before 1914; the
// Americas of 1870 took none). There are none: COW's Inter-State War Data
// (checked for 1920–1938) list one war in the region, the Chaco War, with
// both sides in the era, and no state of the region fought one elsewhere;
// ATOP has no defence or offence pact of a state of the region in force on
// 1 January 1920 (the Washington treaty of December 1921 with Britain,
// France and Japan, ATOP 2095, obliges consultation only). So the United
// States' rivalries with Japan (1898–1945) and Germany (from 1933) are not
// in the era, and the United States has no rivalry in it.
//
// Reach: the model's d0 for every state (the globalReach table gives Britain
// alone a global reach before 1945, and Britain is not in). Islands: Cuba
// (the islands table; Haiti shares Hispaniola). Neutral: the United States
// (no entangling alliances, europe-1920's source); no state of the region
// declared a neutrality in these years. No command economy.
//
// Debts: the United States' the order of magnitude from the IMF HPDD around
// 1920 that europe-1920 applies (debt1920); every other state the low
// stand-in below b_safe, not read from the database (its file is not among
// the project's data), as the other eras of the Americas do for the region's
// states. The defaults of the 1930s (Bolivia, Peru, Chile, Brazil and most of
// the region from 1931–32) are not represented.

// paraguay1939 is Paraguay's stand-in: Maddison's PRY begins in 1939, and
// its 1939 value is carried back to 1920.
var paraguay1939 = standIn{"PRY", 1939 - e20Start, "Paraguay's GDP per head: Maddison's PRY begins in 1939, " +
	"its 1939 value carried back to 1920 (a stand-in: no figure of Paraguay's before 1939 is in the data; without it " +
	"Paraguay, and the Chaco War, could not be in the era)"}

func americas1920Specs() []nationSpec {
	specs := []nationSpec{
		nation1920("americas", "USA", "United States", "USA", "USA"),
		nation1920("americas", "CAN", "Canada", "CAN", "CAN"),
		nation1920("americas", "CUB", "Cuba", "CUB", "CUB"),
		nation1920("americas", "HAI", "Haiti", "HAI", "HTI"),
		nation1920("americas", "MEX", "Mexico", "MEX", "MEX"),
		nation1920("americas", "GUA", "Guatemala", "GUA", "GTM"),
		nation1920("americas", "HON", "Honduras", "HON", "HND"),
		nation1920("americas", "SAL", "El Salvador", "SAL", "SLV"),
		nation1920("americas", "NIC", "Nicaragua", "NIC", "NIC"),
		nation1920("americas", "COS", "Costa Rica", "COS", "CRI"),
		nation1920("americas", "PAN", "Panama", "PAN", "PAN"),
		nation1920("americas", "COL", "Colombia", "COL", "COL"),
		nation1920("americas", "VEN", "Venezuela", "VEN", "VEN"),
		nation1920("americas", "ECU", "Ecuador", "ECU", "ECU"),
		nation1920("americas", "PER", "Peru", "PER", "PER"),
		nation1920("americas", "BRA", "Brazil", "BRA", "BRA"),
		nation1920("americas", "BOL", "Bolivia", "BOL", "BOL"),
		nation1920("americas", "PAR", "Paraguay", "PAR", "PRY"),
		nation1920("americas", "CHL", "Chile", "CHL", "CHL"),
		nation1920("americas", "ARG", "Argentina", "ARG", "ARG"),
		nation1920("americas", "URU", "Uruguay", "URU", "URY"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "HAI":
			s.start, s.growthFrom = 1934, 1934
			s.note = "enters in 1934: its return to COW's system (a member from 1859, out during the United States' " +
				"occupation of 1915–1934; NMC's series resumes then)"
			s.debt = postwarDebt(debt1920, s.id, 1934)
		case "PAR":
			s.series[0].standIns = []standIn{paraguay1939}
		}
	}
	return withCapitals(specs, am20Capitals)
}

// am20Capitals are the seats of government of the era's states that
// places.go does not hold, or held differently in 1920–1938 (GeoNames,
// rounded to 0.01°): amCapitals, with Brazil's of the time.
var am20Capitals = func() map[string]place {
	out := maps.Clone(amCapitals)
	out["BRA"] = place{"Rio de Janeiro", -22.91, -43.18}
	return out
}()

func americas1920(d *dataset) *scenario {
	specs := americas1920Specs()
	byID := index(specs)
	units := slices.Concat(interwarUnitsWith(d, e20Start,
		"Start shares: the median of the first three years with a figure, skipping the years of a war of the era",
		"under way in a state's first year (none: the Chaco War begins in 1932; the United States' Caco revolt in",
		"Haiti, an extra-state war under way in 1920, is in its start share as the data measure it: extrastate.go);",
		"NMC's figures found wrong are not used (convert.go, nmcErrors)."), []string{
		"GDP per head is carried flat at most 15 years beyond a Maddison series' ends (Haiti's, which begins in",
		"1945, back to 1934), but for one stand-in, a judgement on its lines: Paraguay's (its 1939 value carried",
		"back to 1920).",
	})
	sc := &scenario{
		name:  "americas-1920",
		title: "The Americas between the wars from data, 1920–1938: an era the model was not fitted on",
		description: `
Twenty-one states from 1920 to 1938: the United States, Canada, Cuba,
Mexico, the five states of Central America and Panama, the ten states of
South America, and Haiti from 1934 (its return to the system after the
United States' occupation). The Dominican Republic is not in (the data
have no GDP for it before 1950).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years. No defence pact of a state of the region was in force on 1 January
1920, and ATOP records none made among them before 1939, so the era starts
without alliances. The one war among these states, the Chaco War of
Bolivia and Paraguay (1932-1935), is an event, and so are the wars its
states fought against states it does not model (from COW's data: none in
these years); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the region's states stay
out of pacts (history: no defence pact among them before 1939), what the
Chaco War does to Bolivia's and Paraguay's neighbours' budgets, and
whether anyone arms in the 1930s.
`,
		start: e20Start, end: e20End,
		header:  header("americas-1920", "the Americas, 1920–1938", units...),
		sources: interwarSources(),
	}
	evs := americas1920Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
