package main

import "slices"

// East Asia from 1870 to 1913: the states of COW's system in East and
// South-East Asia that the data cover, from the eve of the Meiji reforms'
// first decade to 1914, through the Sino-French, Sino-Japanese and
// Russo-Japanese wars and the Boxer Rebellion, and the outside powers
// that fought there. An era out of sample, built as the eras before 1914
// are (e71Nation's rule: Maddison's GDP per head times the COW population,
// NMC's military spending in pounds sterling converted by F£; americas1870.go
// is the last built by it): nothing in the model was fitted on it, and
// validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1870 come from the data (tss.go, atop.go: ATOP has no defence pact of a
// state of the region in force then, so the era starts without alliances;
// Japan's with Korea of 1894, Russia's with China of 1896 and Britain's
// with Japan of 1902 must emerge or not); its events are the interstate
// wars among its states (asia1870_events.go), the entries of states,
// Korea's merge into Japan, the regime changes of Polity, the steps of
// territory and the wars its states fought against states it does not
// model (outside.go). No threat shock, détente or doctrine, and no
// alliance after 1870 is scripted.
//
// The states of the region are COW's system members of 1870–1913 in East
// and South-East Asia (COW's codes 700–999) with Maddison GDP, NMC military
// spending and a Polity2 score for most of their years in the era (the
// template's reading: americas1870.go, asia1990.go). NMC has four: China
// (a member from 1860), Japan (from 1860), Korea (1887–1905) and Siam
// (Thailand, from 1887); no other state of the region is in COW's system
// in these years. All four are kept:
//   - Japan from 1870: NMC's spending in every year, Maddison's GDP per
//     head in every year, Polity2 in every year;
//   - Korea from 1887, its first year in COW's system: NMC's spending in 10
//     of its 19 years (1895–1897, 1899–1905), within ten years of its entry
//     (lookAhead; its start share is the median of 1895–1897), Polity2 in
//     every year; its GDP per head is Maddison's of South and North Korea
//     (KOR, PRK), population-weighted, the peninsula being the state of the
//     time (e71Nation's rule, as Austria-Hungary's is Austria's, Hungary's
//     and Czechoslovakia's), interpolated between Maddison's benchmarks
//     (1870 and 1911 for the South, 1870 and 1913 for the North), times
//     COW's population;
//   - China from 1896, the year of NMC's first figure of its military
//     spending (none in 1860–1895), as scenarios/data/README.md allows
//     ("let the state enter when its figures begin") and americas-1870 does
//     for Ecuador: from 1870 it would have no defence share within ten
//     years of its first year. Its figures cover 13 of its 18 years in the
//     scenario (1896–1906, 1911, 1913; 13 of the era's 44); the README
//     prefers starting the era later to a late entry (a state that exists
//     but enters late is missing from its neighbours' budget anchors), but
//     the era's years, 1870–1913, are the brief's, and the template's other
//     option is taken. So the Sino-French War (1884–85) and the First
//     Sino-Japanese War (1894–95) are wars against a state outside the era
//     at the time (outside.go: France's and Japan's against outside:China),
//     and China's rivalries with Russia, Britain, France and Japan are in
//     from 1896;
//   - Siam from 1899, the year of NMC's first figure (a COW member from
//     1887: its first figure is twelve years after, beyond lookAhead), as
//     China; its figures then cover 14 of its 15 years (none in 1900), its
//     GDP per head is Maddison's THA (1870, 1890, 1913, interpolated) and
//     Polity2 codes every year.
// Korea leaves COW's system in 1905, when the Japan–Korea treaty of
// 17 November 1905 made it a protectorate whose foreign relations Japan
// conducted (annexed on 22 August 1910); NMC's and Polity's series end in
// 1905. It merges into Japan then (asia1870_events.go), the model's one way
// for a state to leave, as Austria merges into Germany in europe-1920 on
// the day COW has it leave. Both states have data to the merge (the data
// README: "A merge needs both states' data"); the data's Japan after it
// does not count Korea (NMC's population of Japan has no step in 1905 or
// 1910, and Maddison's JPN is Japan's), so Japan's GDP in the runs is the
// data's with Korea's added, about 7 % more from 1906 (Korea's 6.1 billion
// of 1905 against Japan's 84.8), and its budgets are compared with Japan's
// own spending over Japan's own GDP.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in the era, or
// held an ATOP defence pact with one on 1 January 1870 (the rule of the
// eras after 1945: americas.go, asia1990.go). The last era before 1914,
// americas-1870, took none (it keeps to the states of the Americas, and
// the Spanish-American War, its one candidate, is the United States' with
// a state of another region); here the rule is applied, for the region's
// wars are nearly all with powers from outside it. ATOP has no defence
// pact of a state of the region in force on 1 January 1870 (Britain's
// with China of 1846, ATOP 1118, ended in 1856), so the outside powers are
// the wars':
//   - Russia: the Boxer Rebellion (COW's war 82) and the Sino-Russian War
//     (83) against China, 1900; the Russo-Japanese War (85), 1904–05;
//   - the United Kingdom, France and the United States: the Boxer
//     Rebellion. France's Sino-French War (67) of 1884–85 was fought before
//     China's entry, against a state the era does not then model.
// Germany, Italy and Austria-Hungary sent forces to the relief of the
// legations in 1900, but COW's Boxer Rebellion lists Russia, Japan, the
// United States, the United Kingdom, France and China alone, and no
// Germany: it is not in (nor its rivalry with China of 1897–1900, nor
// its rivalries with Britain, France and Russia). The Spanish-American War
// (79), whose Philippine theatre was fought in the region, was between two
// states outside it (the United States against Spain), and brings no one
// in: the United States' spell is an outside war. The extra-state wars
// (France's in Tonkin, Britain's in Burma) are no rule's ground: the rule
// reads COW's interstate list. The outside powers' rivalries with each
// other (Britain–France to 1904, Britain–Russia through the era,
// Britain–the United States to 1904, France–the United States to 1871)
// come into the era with them, as the rule does for every state it brings
// in (asia1990.go: Cuba–the United States); Germany's do not.
//
// Reach: Britain's is global to 1913 (the globalReach table, politics.go,
// which every era applies); the other states' is the model's d0. Russia is
// placed at its seat of government, Saint Petersburg, as in the eras of
// Europe. Islands: Japan and Britain (the islands table). Neutral: the
// United States (no entangling alliances), as in every era before 1914;
// Korea's declaration of neutrality of 21 January 1904, late in its run,
// is not represented (the mark holds over a state's whole run; europe-1816
// leaves out the Netherlands' neutrality of 1839 alike).
//
// Left out of the region: none of COW's members (above). Burma, Vietnam,
// the Philippines, Indonesia and Malaya were colonies or protectorates and
// are not in COW's system in these years.
//
// Debts: the United Kingdom, France, Russia, Japan and the United States
// have europe-1871's orders of magnitude from the IMF HPDD around 1880
// (debt1871), which that era applies at its start of 1871 (the nearest
// readings the project holds: France's includes the war loans of 1871–72,
// which its war of 1870–71, an outside war here, will add again in the
// runs); China, Korea and Siam the low stand-in below b_safe, not read
// from the database (its file is not among the project's data), as
// americas-1870 does for the states of its region. The era has no
// judgement number.

const (
	as70Start = 1870
	as70End   = 1913
)

// as70Nation is a state of 1870 by e71Nation's rule, with the era's years,
// region and debt, and the neutrality of the eras before 1914.
func as70Nation(id, name, region, nmc string, perHead ...string) nationSpec {
	s := eraNation(as70Start, as70End, nil, neutralSources1870, id, name, nmc, perHead...)
	s.region = region
	s.debt = as70Debt(id)
	return s
}

// as70Debt is europe-1871's reading around 1880 for the states it holds,
// else the low stand-in.
func as70Debt(id string) fact {
	if v, ok := debt1871[id]; ok {
		return fact{v, hpdd + ", around 1880: europe-1871's reading (debt1871), which it applies at its start of 1871"}
	}
	return postwarDebt(nil, id, as70Start)
}

func asia1870Specs() []nationSpec {
	specs := []nationSpec{
		as70Nation("CHN", "China (the Qing Empire; the Republic from 1912)", "asia", "CHN", "CHN"),
		as70Nation("JPN", "Japan", "asia", "JPN", "JPN"),
		as70Nation("KOR", "Korea (Joseon; the Korean Empire from 1897)", "asia", "KOR", "KOR", "PRK"),
		as70Nation("THI", "Siam (Thailand)", "asia", "THI", "THA"),
		// The outside powers (above).
		as70Nation("RUS", "Russian Empire", "eurasia", "RUS", "SUN"),
		as70Nation("UKG", "United Kingdom", "europe", "UKG", "GBR"),
		as70Nation("FRN", "France", "europe", "FRN", "FRA"),
		as70Nation("USA", "United States", "americas", "USA", "USA"),
	}
	for i := range specs {
		s := &specs[i]
		switch s.id {
		case "CHN":
			*s = entering1870(*s, 1896, firstFigure(1860))
		case "KOR":
			*s = entering1870(*s, 1887, cowMember(1887))
			// Merged into Japan on 17 November 1905 (the merge event): its
			// series, its regime and its rivalries end with 1905.
			s.series[0].to, s.end, s.growthTo = 1905, 1905, 1905
			s.note += "; merges into Japan on 17 November 1905 (COW: Korea leaves the system in 1905)"
		case "THI":
			*s = entering1870(*s, 1899, firstFigure(1887))
		}
	}
	return withCapitals(specs, as70Capitals)
}

// as70Capitals are the seats of government of the era's states that
// places.go does not hold, or held differently in 1870–1913 (GeoNames,
// rounded to 0.01°).
var as70Capitals = map[string]place{
	"CHN": {"Peking (Beijing)", 39.91, 116.40},
	"KOR": {"Seoul (Hanseong)", 37.57, 126.98},
	"RUS": {"Saint Petersburg", 59.94, 30.31},
}

func asia1870(d *dataset) *scenario {
	specs := asia1870Specs()
	byID := index(specs)
	units := sterlingUnits(d, as70Start, "(the Franco-Prussian War's years, 1870–71, are skipped for France)")
	sc := &scenario{
		name:  "asia-1870",
		title: "East Asia from data, 1870–1913: an era the model was not fitted on",
		description: `
Eight states from 1870 to 1913: Japan; Korea from 1887 (its first year in
the system; it merges into Japan on 17 November 1905, the protectorate);
China from 1896 and Siam from 1899 (their military spending's first years
in the data); and four outside powers, Russia, the United Kingdom, France
and the United States, which fought in the region (the Boxer Rebellion,
the Sino-Russian and Russo-Japanese wars).
Economies, defence budgets, military stocks and regimes come from
historical data; so do the strategic rivalries of the period, with their
years. No defence pact of a state of the region was in force on 1 January
1870, so the era starts without alliances. The wars among these states
(the Boxer Rebellion, the Sino-Russian War of 1900 and the Russo-Japanese
War) are events, and so are the wars its states fought against states it
does not model (from COW's data: the Sino-French War and the First
Sino-Japanese War, fought before China enters, among them); nothing else
is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether Japan arms as it did
(from under 1 % of GDP in the 1870s to 2-3.5 % after 1895 and 13-14 %
in 1904-05), whether Japan and Korea ally in 1894 and Russia and China
in 1896 (history: both), and whether Britain leaves its isolation for
Japan (history: the Anglo-Japanese alliance of 30 January 1902).
`,
		start: as70Start, end: as70End,
		header: header("asia-1870", "East Asia, 1870–1913", units...),
		sources: slices.Concat(europeSources(as70Start), sterlingSources, []string{
			warsSource,
		}),
	}
	evs := asia1870Events()
	d.assemble(sc, specs, byID, evs)
	return sc
}
