package main

import "slices"

// East Asia between the wars, 1920–1938: the states of COW's system in
// East and South-East Asia and Oceania that the data cover, from the first
// year of Australia's and New Zealand's membership to the eve of 1939,
// through the Sino-Soviet war of 1929, Japan's conquest of Manchuria, the
// war of 1937 and Changkufeng, and the outside powers that fought or were
// allied there. An era out of sample, built as Europe 1920–1938 is
// (europe1920.go: e71Nation's rule, Maddison's GDP per head times the COW
// population, NMC's current dollars converted by F(1949), its pounds
// before 1914 by F£ in the capability stocks; americas1920.go is the other
// era built by it), with the region of the eras of East Asia (asia.go,
// asia1870.go) and their outside-power rule: nothing in the model was
// fitted on it, and validation judges it only by the era-independent
// targets (validate/generic.go). Its rivalries and the pacts in force on
// 1 January 1920 come from the data (tss.go, atop.go: the Anglo-Japanese
// alliance, ATOP 1415, which ATOP ends on 13 December 1921, at the
// Four-Power Treaty; among the era's states ATOP has only one more, the
// Nyon arrangement of 1937 (ATOP 2420), which allies Britain and the
// Soviet Union, outside powers here, in 1937–1938); its events are the interstate wars among its states
// (asia1920_events.go), the regime changes of Polity, the steps of
// territory and the wars its states fought against states it does not
// model (outside.go). No threat shock, détente or doctrine, and no alliance
// after 1920 is scripted.
//
// The states of the region are COW's system members of 1920–1938 with
// codes 710–990 (East, South-East and South Asia and Oceania, asia-1950's
// and asia-1990's region: Afghanistan, 700, is of South-West Asia there)
// with Maddison GDP per head, NMC military spending and a Polity2 score
// for most of their years in the era (the template's reading:
// americas1920.go, asia1870.go). NMC has seven: China, Mongolia (from
// 1921), Japan, Nepal, Siam, Australia and New Zealand (both from 1920).
// Five are kept:
//   - Japan (NMC's spending, Maddison's GDP per head and Polity2 in every
//     year; Japan proper: Korea, annexed in 1910, and Taiwan are in neither
//     NMC's population nor Maddison's JPN);
//   - China from 1920: NMC has no figure of its spending for 1920–1924 and
//     1926, and its first, 1925's, is within the ten years (lookAhead): the
//     start share is the median of 1925, 1927 and 1928. Maddison's GDP per
//     head of China is interpolated between 1913 and 1929 (its benchmarks;
//     yearly from 1929); Polity2 codes China to 1936 and not in 1937–1938
//     (the scenario holds 1936's regime);
//   - Siam (Thailand), its GDP per head Maddison's THA, interpolated
//     between 1913, 1929 and 1938;
//   - Australia and New Zealand, COW members from 1920, with their data in
//     every year, as in asia-1950. New Zealand's NMC population of 1925
//     (1,040 thousand between 1,370 in 1924 and 1,430 in 1926) is a lone
//     year, mended to its neighbours' geometric mean (poperrors.go), so
//     it is no step of territory.
// Left out:
//   - Mongolia: a COW member from 1921, with NMC's first figure of its
//     spending in 1934 (13 years after, beyond lookAhead; three figures in
//     1934–1938) and Maddison's GDP per head beginning in 1950 (16 years
//     after 1934, beyond the rule's carry). It fought no war of COW's lists
//     in the era (Nomonhan, with the Soviet Union against Japan, began on
//     11 May 1939), so no stand-in is stated for it (the README's ground for
//     one: "where leaving it out would drop a war of the era", and
//     americas-1920's reading for the Dominican Republic); its pact with
//     the Soviet Union of 12 March 1936 (ATOP 2370) is then not in the
//     validation's pairs;
//   - Nepal: NMC has no figure of its spending in 1920–1938;
//   - Afghanistan (700): outside the region of asia-1950 and asia-1990
//     (710–990), and Maddison has no GDP per head for it before 1950 (NMC's
//     spending begins in 1931);
//   - no other state: Korea was annexed by Japan; Burma, the Philippines,
//     Indochina, Malaya and the Dutch East Indies were colonies; Manchukuo
//     (1932–1945) and Tibet are not in NMC's states.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1920–1938, or
// held an ATOP defence pact with one on 1 January 1920 (the rule of the
// eras after 1945, americas.go, which asia-1870 and americas-1920 apply
// before 1945):
//   - the Soviet Union: the Sino-Soviet war over the Chinese Eastern
//     Railway (COW's Manchurian war, 118), 1929, and Changkufeng (133), 1938;
//   - the United Kingdom: the Anglo-Japanese alliance (ATOP 1415, renewed
//     in 1905 and 1911), in force on 1 January 1920.
// No other state outside the region fought a COW interstate war in it, and
// ATOP has no other defence pact of a state of the region in force then
// (the Washington treaty of December 1921, ATOP 2095, obliges consultation
// only). So the United States is not in the era, nor its rivalry with Japan
// (1898–1945), nor France. The Soviet Union's and Britain's rivalries with
// each other and with Japan and China come in with them (Britain–Russia to
// 1956, Britain–Japan from 1932, Japan–Russia, China–Russia), as the rule
// does for every state it brings in; their rivalries elsewhere do not.
//
// Reach: Britain's is global (the globalReach table, politics.go, to 1945);
// the other states' is the model's d0. Islands: Japan, Britain, Australia
// and New Zealand (the islands table). Command economy: the Soviet Union,
// with europe-1920's source. Neutral: none (no state of the era declared a
// neutrality in these years).
//
// Debts: Britain's and Japan's the orders of magnitude from the IMF HPDD
// around 1920 that europe-1920 applies (debt1920), the Soviet Union's
// europe-1920's stand-in for a state that repudiated its debts; China,
// Siam, Australia and New Zealand the low stand-in below b_safe, not read
// from the database (its file is not among the project's data), as the
// other eras do for the states of their regions: the large public debts of
// Australia and New Zealand in these years are not represented. The era
// has no judgement number but its debts.

func asia1920Specs() []nationSpec {
	specs := []nationSpec{
		nation1920("asia", "JPN", "Japan", "JPN", "JPN"),
		nation1920("asia", "CHN", "China (the Republic)", "CHN", "CHN"),
		nation1920("asia", "THI", "Siam (Thailand)", "THI", "THA"),
		nation1920("oceania", "AUL", "Australia", "AUL", "AUS"),
		nation1920("oceania", "NEW", "New Zealand", "NEW", "NZL"),
		// The outside powers (above).
		nation1920("eurasia", "RUS", "Soviet Russia (USSR from 1922)", "RUS", "SUN"),
		nation1920("europe", "UKG", "United Kingdom", "UKG", "GBR"),
	}
	for i := range specs {
		s := &specs[i]
		if s.id == "RUS" {
			// europe-1920's reading: no HPDD figure for a state that
			// repudiated its debts, and central planning from 1928.
			s.debt = debtFact(debt1920, s.id, e20Start)
			s.command = sovietFinance1920
		}
	}
	return withCapitals(specs, as20Capitals)
}

// as20Capitals are the seats of government of the era's states that
// places.go does not hold, or held differently in 1920–1938 (GeoNames,
// rounded to 0.01°).
var as20Capitals = map[string]place{
	"CHN": {"Nanking (Nanjing: the Nationalist government's seat from 1927, the recognised capital 1928–1937; " +
		"Peking before, Chongqing from November 1937)", 32.06, 118.78},
}

func asia1920(d *dataset) *scenario {
	specs := asia1920Specs()
	byID := index(specs)
	units := slices.Concat(interwarUnitsWith(d, e20Start,
		"Start shares: the median of the first three years with a figure, skipping the years of a war of the era",
		"under way in a state's first year (the Soviet Union's with Poland, an outside war here: fought.go; China's",
		"first figures are of 1925, 1927 and 1928); NMC's figures found wrong are not used (convert.go, nmcErrors)."), []string{
		"GDP per head is interpolated between Maddison's benchmark years (China's 1913 and 1929, Siam's 1913, 1929",
		"and 1938); no stand-in.",
	})
	sc := &scenario{
		name:  "asia-1920",
		title: "East Asia between the wars from data, 1920–1938: an era the model was not fitted on",
		description: `
Seven states from 1920 to 1938: Japan, China, Siam, Australia and New
Zealand, and two outside powers, the Soviet Union, which fought China in
1929 and Japan in 1938, and the United Kingdom, Japan's ally on 1 January
1920. Mongolia is not in (the data have no GDP for it before 1950 and no
military spending before 1934), nor the United States (no war in the
region and no pact with a state of it before 1939).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years, and the pact in force on 1 January 1920, the Anglo-Japanese
alliance (history: ended by the Four-Power Treaty of December 1921). The
wars among these states (the Sino-Soviet war of 1929, Japan's conquest of
Manchuria in 1931-1933, the Sino-Japanese war from 1937 and Changkufeng
in 1938) are events, and so are the wars its states fought against states
it does not model (from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Anglo-Japanese
alliance lapses (history: 1921) and whether anyone allies after it
(history: none among the region's states to 1939; Britain and the Soviet
Union in the Nyon arrangement of 1937), whether China and
the Soviet Union arm against Japan, and whether Japan's budgets rise from
1931 and again from 1937.
`,
		start: e20Start, end: e20End,
		header:  header("asia-1920", "East Asia, 1920–1938", units...),
		sources: interwarSources(),
	}
	evs := asia1920Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
