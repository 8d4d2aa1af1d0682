package main

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func committed(t *testing.T) *dataset {
	t.Helper()
	d, err := loadDataset(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func findRelation(rels []relation, a, b string) []relation {
	var out []relation
	for _, r := range rels {
		if (r.a == a && r.b == b) || (r.a == b && r.b == a) {
			out = append(out, r)
		}
	}
	return out
}

// The rivalry rule: every spell between two of an era's states, over the
// years both are in the system, with the ideological ones marked.
func TestRivalriesFromTheData(t *testing.T) {
	d := committed(t)
	e71 := d.rivalriesOf(europeSpecs(), e71Start, e71End)
	cw := d.rivalriesOf(coldWarSpecs(), cwStart, cwEnd)
	me := d.rivalriesOf(middleEastSpecs(), meStart, meEnd)
	e16 := d.rivalriesOf(europe1816Specs(), e16Start, e16End)
	a90 := d.rivalriesOf(asia1990Specs(), as90Start, as90End)
	m90 := d.rivalriesOf(middleEast1990Specs(), me90Start, me90End)
	e90 := d.rivalriesOf(europe1990Specs(), eu90Start, eu90End)
	a70 := d.rivalriesOf(asia1870Specs(), as70Start, as70End)
	a20 := d.rivalriesOf(americas1920Specs(), e20Start, e20End)
	s20 := d.rivalriesOf(asia1920Specs(), e20Start, e20End)
	for _, tc := range []struct {
		rels        []relation
		a, b        string
		from, to    int
		ideological bool
	}{
		{e71, "FRN", "GMY", 1871, 1913, false},
		{e71, "GMY", "RUS", 1890, 1913, false}, // Germany–Russia 1890–1945
		{e71, "UKG", "FRN", 1871, 1904, false}, // Britain–France 2, to 1904
		{e71, "UKG", "GMY", 1896, 1913, false}, // Britain–Germany 1, from 1896
		{e71, "AUH", "SRB", 1903, 1913, false}, // Austria (Hungary)–Yugoslavia, Serbia from 1903
		{e71, "BUL", "TUR", 1908, 1913, false}, // Bulgaria enters in 1908
		{cw, "USA", "RUS", 1947, 1989, true},   // United States–USSR 2
		{cw, "USA", "CHN", 1949, 1972, true},   // China–United States 1
		{cw, "RUS", "YUG", 1948, 1955, true},   // USSR–Yugoslavia
		{cw, "FRN", "GFR", 1949, 1955, false},  // France–Germany: West Germany from 1949
		{me, "IRQ", "KUW", 1961, 1990, false},  // Iraq–Kuwait from Kuwait's entry
		{me, "JOR", "YAR", 1962, 1963, false},  // "Yemen" before 1990 is the Yemen Arab Republic (678)
		{me, "YAR", "YPR", 1967, 1989, true},   // N. Yemen–S. Yemen, to South Yemen's last full year
		{e16, "FRN", "PRU", 1816, 1845, false}, // France–Germany: Prussia before 1871
		{e16, "SPN", "USA", 1816, 1819, false}, // Spain–United States, P1816–1819
		{e16, "FRN", "USA", 1830, 1845, false}, // France–United States from 1830
		{a90, "CHN", "DRV", 1990, 1991, false}, // China–Vietnam, to its end in 1991
		{a90, "CHN", "USA", 1996, 2014, false}, // China–United States 2, from 1996
		{a90, "RUS", "USA", 2007, 2014, false}, // Russia–United States from 2007
		{a90, "CUB", "USA", 1990, 2014, true},  // Cuba–United States: Cuba is in by its pact with North Korea
		{a90, "CAM", "THI", 2006, 2014, false}, // Cambodia–Thailand from 2006
		{m90, "SAU", "YAR", 1991, 2000, false}, // Saudi Arabia–Yemen 3 (1990–2000): unified Yemen, North Yemen's series to 1990
		{m90, "GRC", "TUR", 1990, 2014, false}, // Greece–Turkey 2: Greece is in by NATO with Turkey
		{m90, "IRN", "UAE", 1990, 2014, false}, // Iran–UAE: the Emirates are in from 1990 (Maddison's GDP from 1993)
		{e90, "CRO", "YUG", 1992, 2002, false}, // Croatia–Serbia (1991–2002): Croatia from its entry, Serbia COW's 345, Yugoslavia
		{e90, "ARM", "AZE", 1991, 2014, false}, // Armenia–Azerbaijan from their entry in 1991
		{e90, "CYP", "TUR", 1990, 2014, false}, // Cyprus–Turkey: Turkey is in by NATO and the War for Kosovo
		{e90, "RUS", "UKR", 2014, 2014, false}, // Russia–Ukraine from 2014
		{a70, "CHN", "JPN", 1896, 1913, false}, // China–Japan 1 (1873–1945): China enters with its spending in 1896
		{a70, "CHN", "UKG", 1896, 1900, false}, // China–Britain (1839–1900), from China's entry
		{a70, "JPN", "RUS", 1894, 1913, false}, // Japan–Russia from 1894
		{a70, "UKG", "USA", 1870, 1904, false}, // Britain–United States: both in by the Boxer Rebellion
		{a20, "BOL", "PAR", 1920, 1938, false}, // Bolivia–Paraguay (1887–1938): Paraguay in by its stand-in
		{a20, "COL", "PER", 1920, 1935, false}, // Colombia–Peru (1827–1935), through Leticia
		{a20, "COS", "PAN", 1921, 1938, false}, // Costa Rica–Panama from 1921, the Coto War
		{a20, "COL", "VEN", 1920, 1938, true},  // Colombia–Venezuela, ideological
		{s20, "CHN", "JPN", 1920, 1938, false}, // China–Japan (1873–1945)
		{s20, "UKG", "JPN", 1932, 1938, false}, // Britain–Japan from 1932: Britain in by the Anglo-Japanese alliance
		{s20, "CHN", "RUS", 1920, 1938, false}, // China–Russia (to 1949): the Soviet Union in by the war of 1929
		{s20, "UKG", "RUS", 1920, 1938, false}, // Britain–Russia (1778–1956), both outside powers
	} {
		got := findRelation(tc.rels, tc.a, tc.b)
		if len(got) != 1 || got[0].from != tc.from || got[0].to != tc.to || got[0].ideological != tc.ideological || !got[0].fromTSS {
			t.Errorf("%s–%s: %+v, want one spell %d–%d, ideological %v", tc.a, tc.b, got, tc.from, tc.to, tc.ideological)
		}
	}
	// Saudi Arabia–Yemen: the civil war's spell (1962–69) with North Yemen,
	// the spell from 1990 with unified Yemen, the same state in the era.
	if got := findRelation(me, "SAU", "YAR"); len(got) != 2 || got[0].from != 1962 || got[0].to != 1969 || got[1].from != 1990 {
		t.Errorf("SAU–YAR: %+v, want 1962–1969 and 1990", got)
	}
	if c, _ := codeOf("Yemen", 1931); c != 678 {
		t.Errorf("Yemen in 1931: %d, want the Yemen Arab Republic's 678", c)
	}
	if c, _ := codeOf("Yemen", 1990); c != 679 {
		t.Errorf("Yemen in 1990: %d, want unified Yemen's 679", c)
	}
	// China–Russia (before 1816–1949) meets the People's Republic in its
	// first year, then China–USSR runs 1958–1989: two spells of one pair.
	if got := findRelation(cw, "CHN", "RUS"); len(got) != 2 || got[0].to != 1949 || got[1].from != 1958 || got[1].to != 1989 {
		t.Errorf("CHN–RUS: %+v, want 1949 and 1958–1989", got)
	}
	// Austria–Prussia ended in 1870: not in force in 1871.
	if got := findRelation(e71, "AUH", "GMY"); len(got) != 0 {
		t.Errorf("AUH–GMY: %+v, want none", got)
	}
	if errs := d.tssErrors(); len(errs) != 1 || !strings.HasPrefix(errs[0], "Bulgaria-Yugoslavia") {
		t.Errorf("data errors of the rivalry file: %v, want Bulgaria-Yugoslavia (1878–1855) alone", errs)
	}
}

// The alliance rule: the ATOP defence pacts in force in the start year,
// among the states present. The pacts in force in 1871 oblige their
// members only to act (the guarantees of the Ottoman Empire of 1856 and of
// Belgium of 1870: offence obligations in ATOP), and none starts the era;
// the pacts of 1846 are defence pacts (Münchengrätz and Berlin, 1833, with
// offence obligations beside).
func TestAlliancesAtTheStart(t *testing.T) {
	d := committed(t)
	names := func(got []alliance) []string {
		var out []string
		for _, a := range got {
			out = append(out, a.name+" "+strings.Join(a.members, ","))
		}
		return out
	}
	if got := names(d.alliancesAt(europeSpecs(), e71Start)); len(got) != 0 {
		t.Errorf("alliances of 1871: %v, want none (offence pacts only)", got)
	}
	want := []string{"ATOP 1020 AUH,PRU", "ATOP 1050 AUH,ITA", "ATOP 1085 AUH,RUS", "ATOP 1090 PRU,RUS", "ATOP 1095 AUH,PRU,RUS"}
	if got := names(d.alliancesAt(europe1846Specs(), 1846)); !slices.Equal(got, want) {
		t.Errorf("alliances of 1846: %v, want %v", got, want)
	}
	// 1816: the German Confederation among the states present (Saxony and
	// Baden enter later), Austria's treaty with Tuscany and the Quadruple
	// Alliance of 20 November 1815; the Netherlands–Spain treaty of August
	// 1816 is left to the model.
	want = []string{"ATOP 1020 AUH,BAV,PRU,WRT", "ATOP 1030 AUH,TUS", "ATOP 1035 AUH,PRU,RUS,UKG"}
	if got := names(d.alliancesAt(europe1816Specs(), e16Start)); !slices.Equal(got, want) {
		t.Errorf("alliances of 1816: %v, want %v", got, want)
	}
	// 1990: the United States' treaties in Asia and the Pacific (ANZUS
	// without New Zealand, whose spell ended in 1986; the Manila pact with
	// Thailand alone), the Soviet and Chinese treaties with North Korea,
	// the Soviet treaty with Mongolia and Cuba's with North Korea, which
	// brings Cuba in as an outside power.
	want = []string{"ATOP 3210 PHI,USA", "ATOP 3215 AUL,USA", "ATOP 3240 ROK,USA", "ATOP 3260 THI,USA", "ATOP 3355 PAK,USA",
		"ATOP 3375 JPN,USA", "ATOP 3440 PRK,RUS", "ATOP 3445 CHN,PRK", "ATOP 3535 MON,RUS", "ATOP 3975 CUB,PRK"}
	if got := names(d.alliancesAt(asia1990Specs(), as90Start)); !slices.Equal(got, want) {
		t.Errorf("alliances of 1990: %v, want %v", got, want)
	}
	// 1990 in the Middle East: NATO with Turkey and the outside powers it
	// brings in, the Brussels treaty among them, the Arab League's pact
	// among its members of the region (North Yemen, 678, a member on
	// 1 January; Lebanon and South Yemen left out), ANZUS (Australia, in
	// by the invasion of Iraq), the United States' treaties with Turkey and
	// Israel and Jordan's with Saudi Arabia. The Arab Maghreb Union (3995)
	// has Libya alone here and is not one.
	want = []string{"ATOP 3130 BEL,FRN,GFR,ITA,LUX,NTH,POR,SPN,UKG",
		"ATOP 3205 BAH,EGY,IRQ,JOR,KUW,LIB,OMA,QAT,SAU,SYR,UAE,YAR", "ATOP 3215 AUL,USA", "ATOP 3360 TUR,USA",
		"ATOP 3465 JOR,SAU", "ATOP 3925 ISR,USA", "NATO BEL,CAN,DEN,FRN,GFR,GRC,ITA,LUX,NOR,NTH,POR,SPN,TUR,UKG,USA"}
	if got := names(d.alliancesAt(middleEast1990Specs(), me90Start)); !slices.Equal(got, want) {
		t.Errorf("alliances of the Middle East in 1990: %v, want %v", got, want)
	}
	// 1990 in Europe: NATO with the United States, Canada and Turkey, the
	// Brussels treaty, the Warsaw Pact without East Germany (left out: no
	// spending, no Polity in 1990) and the Eastern bloc's bilateral
	// treaties among the states the era has, the Soviet treaty with Finland.
	want = []string{"ATOP 3130 BEL,FRN,GFR,ITA,LUX,NTH,POR,SPN,UKG", "ATOP 3140 FIN,RUS", "ATOP 3360 TUR,USA",
		"ATOP 3520 POL,RUS", "ATOP 3540 CZE,POL", "ATOP 3555 BUL,POL", "ATOP 3560 BUL,RUS", "ATOP 3580 HUN,RUS",
		"ATOP 3595 BUL,CZE", "ATOP 3600 HUN,POL", "ATOP 3605 CZE,HUN", "ATOP 3610 CZE,ROM", "ATOP 3620 BUL,HUN",
		"ATOP 3625 CZE,RUS", "ATOP 3630 ROM,RUS", "ATOP 3645 POL,ROM", "ATOP 3650 BUL,ROM", "ATOP 3680 HUN,ROM",
		"NATO BEL,CAN,DEN,FRN,GFR,GRC,ITA,LUX,NOR,NTH,POR,SPN,TUR,UKG,USA", "Warsaw Pact BUL,CZE,HUN,POL,ROM,RUS"}
	if got := names(d.alliancesAt(europe1990Specs(), eu90Start)); !slices.Equal(got, want) {
		t.Errorf("alliances of Europe in 1990: %v, want %v", got, want)
	}
	// 1870 in East Asia: no defence pact of a state of the region is in
	// force (Britain's with China of 1846, ATOP 1118, ended in 1856).
	if got := names(d.alliancesAt(asia1870Specs(), as70Start)); len(got) != 0 {
		t.Errorf("alliances of East Asia in 1870: %v, want none", got)
	}
	// 1920 in the Americas: no defence pact of a state of the region is in
	// force (ATOP's last before the Declaration by United Nations of 1942,
	// Peru and Bolivia's of 1873, ATOP 1305, ended in 1883), so no outside
	// power comes in by a pact either.
	if got := names(d.alliancesAt(americas1920Specs(), e20Start)); len(got) != 0 {
		t.Errorf("alliances of the Americas in 1920: %v, want none", got)
	}
	// 1920 in East Asia: the Anglo-Japanese alliance (ATOP 1415, to 13
	// December 1921), the one defence pact of a state of the region in force.
	want = []string{"ATOP 1415 JPN,UKG"}
	if got := names(d.alliancesAt(asia1920Specs(), e20Start)); !slices.Equal(got, want) {
		t.Errorf("alliances of East Asia in 1920: %v, want %v", got, want)
	}
}

// A state that enters the data as a member of a pact of the start enters
// it: Saxony and Baden, in the German Confederation from 1820 in ATOP,
// enter the 1816 era's in 1830 and 1843; Belgium, independent in 1830,
// and the states in no pact of the start enter in none; a new state's
// entry in 1954 (the two Vietnams of asia-1950) names none.
func TestEntrantsEnterThePactsTheyWereIn(t *testing.T) {
	d := committed(t)
	check := func(specs []nationSpec, start int, evs []event, want map[string]string) {
		t.Helper()
		byID := index(specs)
		d.entryPacts(evs, byID, d.alliancesAt(specs, start))
		for _, e := range evs {
			if e.kind == "entry" && e.alliance != want[e.nation] {
				t.Errorf("%s enters in %q, want %q", e.nation, e.alliance, want[e.nation])
			}
		}
	}
	check(europe1816Specs(), e16Start, europe1816Events(), map[string]string{"SAX": "ATOP 1020", "BAD": "ATOP 1020"})
	check(asiaSpecs(), asStart, asiaEvents(), nil)
	check(europe1990Specs(), eu90Start, europe1990Events(), nil) // the successor states of 1991–2006 are new to the system
}

// The sterling factor reproduces the share it is pinned on.
func TestSterlingFactor(t *testing.T) {
	d := committed(t)
	uk := europeSpecs()[slices.IndexFunc(europeSpecs(), func(s nationSpec) bool { return s.id == "UKG" })]
	if sh, ok := d.shareAt(uk.series, sterlingLast); !ok || math.Abs(sh.value-ukShare1913) > 1e-12 {
		t.Errorf("UK share in 1913: %v, %v; want %v", sh.value, ok, ukShare1913)
	}
	if d.factor(1913) != d.factor(1871) || d.factor(1914) == d.factor(1913) {
		t.Error("the sterling factor must hold to 1913 and stop in 1914")
	}
}

func TestInterpolated(t *testing.T) {
	s := map[key]float64{{"X", 1870}: 100, {"X", 1890}: 400}
	for _, tc := range []struct {
		y    int
		want float64
		ok   bool
	}{
		{1870, 100, true}, {1880, 200, true}, {1890, 400, true}, // log-linear: the midpoint is the geometric mean
		{1900, 400, true}, {1855, 100, true}, // carried flat within 15 years
		{1906, 0, false}, {1854, 0, false},
	} {
		got, ok := interpolated(s, "X", tc.y)
		if ok != tc.ok || math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%d: %v, %v; want %v, %v", tc.y, got, ok, tc.want, tc.ok)
		}
	}
}

// TestStandInCarriesFurther: a stand-in carries a per-head series beyond
// the rule's 15 years, only for its own code, and the numbers it enters
// say so (judged).
func TestStandInCarriesFurther(t *testing.T) {
	d := &dataset{perHead: map[key]float64{{"X", 1885}: 1000},
		people: map[key]float64{{"X", 1850}: 10, {"X", 1885}: 10}, tpop: map[key]float64{{"N", 1846}: 1000}}
	plain := series{{from: 0, to: 9999, perHead: []string{"X"}, nmc: "N"}}
	if _, ok := d.gdpAt(plain, 1846); ok {
		t.Error("without a stand-in, 1885 is not carried back 39 years")
	}
	si := standIn{code: "X", years: 39, why: "X's first year carried back"}
	withSI := series{{from: 0, to: 9999, perHead: []string{"X"}, nmc: "N", standIns: []standIn{si}}}
	g, ok := d.gdpAt(withSI, 1846)
	if !ok || math.Abs(g-1) > 1e-12 { // 1000 per head × 1000 thousand people = 1 billion
		t.Errorf("with the stand-in: %v, %v; want 1, true", g, ok)
	}
	if _, ok := d.gdpAt(withSI, 1845); ok {
		t.Error("the stand-in carries 39 years, not 40")
	}
	if got := d.judged(withSI, "src", 1846); !strings.HasPrefix(got, "judgement: X's first year carried back") {
		t.Errorf("judged: %q", got)
	}
	if got := d.judged(withSI, "src", 1885); got != "src" {
		t.Errorf("1885 is Maddison's own figure, not a judgement: %q", got)
	}
	// Beyond maxGap too: Europe 1816 carries Russia's 1885 back 69 years.
	far := series{{from: 0, to: 9999, perHead: []string{"X"}, nmc: "N", standIns: []standIn{{code: "X", years: 69, why: "far"}}}}
	d.tpop[key{"N", 1816}], d.people[key{"X", 1816}] = 1000, 10
	if g, ok := d.gdpAt(far, 1816); !ok || math.Abs(g-1) > 1e-12 {
		t.Errorf("a stand-in of 69 years: %v, %v; want 1, true", g, ok)
	}
	if _, ok := d.gdpAt(far, 1815); ok {
		t.Error("the stand-in carries 69 years, not 70")
	}
}

// Every era marks its islands from one table (politics.go), whatever its
// generator says: the eras of 1846 and 1920 once left Britain a
// continental state.
func TestEveryEraMarksItsIslands(t *testing.T) {
	d := committed(t)
	for _, era := range eras() {
		sc := era.build(d)
		for _, n := range sc.nations {
			if want := islands[n.id]; n.island != want {
				t.Errorf("%s: %s island %q, want %q", sc.name, n.id, n.island, want)
			}
		}
	}
}

// Every era gives the global powers the reach of its start from one table
// (globalReach, politics.go): Britain's to 1945, the superpowers' after.
func TestEveryEraGivesTheGlobalPowersTheirReach(t *testing.T) {
	d := committed(t)
	for _, era := range eras() {
		sc := era.build(d)
		for _, n := range sc.nations {
			want := reachAt(n.id, era.start)
			switch {
			case want == nil && n.reach != nil:
				t.Errorf("%s: %s has reach %v, want d0's", sc.name, n.id, n.reach.v)
			case want != nil && (n.reach == nil || n.reach.v != want.v):
				t.Errorf("%s: %s reach %v, want %v", sc.name, n.id, n.reach, want.v)
			}
		}
	}
	if reachAt("UKG", 1871) == nil || reachAt("UKG", 1947) != nil || reachAt("USA", 1947) == nil {
		t.Error("the table: Britain's reach is global to 1945, the United States' after")
	}
}
