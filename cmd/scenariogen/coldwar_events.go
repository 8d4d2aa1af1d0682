package main

// The events of the Cold War scenario. Magnitudes of threat shocks and
// détentes are judgements, kept between 0.1 and 0.3; each says why. Crises
// with a documented end (the Berlin blockade, Korea, Cuba) are reversed at
// that end; crises that changed lasting perceptions (Hungary, Sputnik,
// Czechoslovakia, Afghanistan, 1983) are not, and détentes take them back.
// The superpowers' crises are events between them: the ideological rivalry
// carries them to the other states (sim/ideology.go). The rivalries
// themselves (the superpowers', the Sino-Soviet split from 1958, Tito's
// break of 1948–1955, Greece and Turkey from 1955, …) are not events: they
// come from the rivalry data with their years. No event forms, joins, leaves
// or dissolves an alliance.

// pair builds a threat_shock or detente.
func pair(kind string, year, month int, date, label string, a, b []string, d float64, why, source string) event {
	return event{year: year, month: month, date: date, kind: kind, label: label, a: a, b: b,
		delta: num{d, 2, "judgement: see the comment above"}, why: why, source: source}
}

func shock(year, month int, date, label string, a, b []string, d float64, why, source string) event {
	return pair("threat_shock", year, month, date, label, a, b, d, why, source)
}

func detente(year, month int, date, label string, a, b []string, d float64, why, source string) event {
	return pair("detente", year, month, date, label, a, b, d, why, source)
}

// entry builds the event of a state's entry into the system: its date,
// label and source.
func entry(year, month int, date, label, id, source string) event {
	return event{year: year, month: month, date: date, kind: "entry", label: label, nation: id, source: source}
}

// war builds a war event: its sides at war from the date for years (its
// span, the dates from which they are counted), or to the run's end when
// years is 0 (a war still under way).
func war(year, month int, date, label string, a, b []string, years float64, span, why, source string) event {
	e := event{year: year, month: month, date: date, kind: "war", label: label, a: a, b: b, why: why, source: source}
	if years > 0 {
		e.duration = num{years, 2, span}
	}
	return e
}

// foughtTo gives war e the years its fighting lasted, to an armistice
// before the peace (span: its dates): the war's budgets answer the
// fighting, its alliances the state of war.
func (e event) foughtTo(years float64, span string) event {
	e.fighting = num{years, 2, span}
	return e
}

// koreaUN: the scenario's states among the sixteen that sent combat forces to
// the United Nations Command in Korea.
var koreaUN = []string{"USA", "UKG", "CAN", "FRN", "TUR", "GRC", "NTH", "BEL", "LUX"}

var (
	usa    = []string{"USA"}
	soviet = []string{"RUS"}
	// occupiers: the Western powers occupying Berlin.
	occupiers = []string{"USA", "UKG", "FRN"}
	// cscePeers: the other CSCE signatories in the scenario (Europe but Albania, the USA and Canada).
	cscePeers = []string{"USA", "CAN", "UKG", "FRN", "BEL", "NTH", "LUX", "NOR", "DEN", "ICE", "ITA", "POR", "GRC", "TUR",
		"GFR", "SPN", "SWD", "FIN", "AUS", "SWZ", "IRE", "YUG"}
)

func coldWarEvents(d *dataset, specs map[string]nationSpec) []event {
	ev := []event{
		{year: 1949, month: 5, date: "23 May 1949", kind: "entry", label: "Federal Republic of Germany founded", nation: "GFR",
			source: "Basic Law promulgated 23 May 1949"},
		{year: 1949, month: 10, date: "1 October 1949", kind: "entry", label: "People's Republic of China proclaimed", nation: "CHN",
			source: "proclamation of the People's Republic, 1 October 1949"},
		{year: 1949, month: 10, date: "7 October 1949", kind: "entry", label: "German Democratic Republic founded", nation: "GDR",
			source: "constitution of the GDR in force 7 October 1949"},
		{year: 1952, month: 4, date: "28 April 1952", kind: "entry", label: "Japan regains sovereignty", nation: "JPN",
			source: "Treaty of San Francisco in force 28 April 1952"},
		{year: 1955, month: 7, date: "27 July 1955", kind: "entry", label: "Austrian State Treaty in force", nation: "AUS",
			source: "Austrian State Treaty (15 May 1955) in force 27 July 1955"},
		{year: 1990, month: 10, date: "3 October 1990", kind: "merge", label: "German reunification", nation: "GDR", into: "GFR",
			source: "Unification Treaty: accession of the GDR to the Federal Republic, 3 October 1990"},

		shock(1948, 6, "24 June 1948", "Berlin blockade", occupiers, soviet, 0.15,
			"The blockade of West Berlin: 0.15, a crisis without fighting, reversed when it was lifted.",
			"Soviet blockade of the western sectors of Berlin, 24 June 1948 – 12 May 1949"),
		detente(1949, 5, "12 May 1949", "Berlin blockade lifted", occupiers, soviet, 0.15,
			"The end of the blockade takes back its shock.", "blockade lifted 12 May 1949 (Jessup–Malik agreement)"),
		shock(1950, 6, "25 June 1950", "Korean War", usa, []string{"RUS", "CHN"}, 0.2,
			"The North Korean invasion and, from October 1950, Chinese intervention: 0.2 between the United States\nand the USSR and China, reversed at the armistice.",
			"North Korean invasion of 25 June 1950; UN Security Council resolutions 82–84"),
		war(1950, 10, "25 October 1950", "Korean War: China against the UN Command", koreaUN, []string{"CHN"}, 2.75,
			"25 October 1950 – 27 July 1953",
			"The war fought in Korea by the UN Command's contingents and China, from China's first offensive to the armistice\n"+
				"(North Korea is not in the scenario; the USSR, whose air units fought covertly, was not an acknowledged\n"+
				"belligerent): no union joins one side to a side that does not fight.",
			"Chinese People's Volunteers' first offensive, 25 October 1950; Korean Armistice Agreement, 27 July 1953; "+
				"United Nations Command contingents (UN Security Council resolution 84, 7 July 1950)"),
		detente(1953, 7, "27 July 1953", "Korean armistice", usa, []string{"RUS", "CHN"}, 0.2,
			"The armistice (after Stalin's death in March 1953) takes back the Korean shock.", "Korean Armistice Agreement, 27 July 1953"),
		shock(1956, 11, "4 November 1956", "Hungarian revolution crushed", usa, soviet, 0.1,
			"Soviet intervention in Hungary: 0.1, a lasting lesson that the USSR would use force in its sphere.",
			"Soviet intervention in Hungary, 4 November 1956"),
		war(1956, 11, "4 November 1956", "Soviet intervention in Hungary", soviet, []string{"HUN"}, 0.02,
			"4–11 November 1956",
			"The Soviet army against the Hungarian army and government of Imre Nagy, which had left the Warsaw Pact on\n"+
				"1 November, until the last armed resistance ended (Csepel, 11 November).",
			"Soviet intervention in Hungary, 4 November 1956; end of armed resistance at Csepel, 11 November 1956"),
		shock(1957, 10, "4 October 1957", "Sputnik", []string{"USA"}, soviet, 0.1,
			"Sputnik: the USSR can reach the United States by missile (0.1, the 'missile gap').",
			"launch of Sputnik 1, 4 October 1957; Gaither Report, November 1957"),
		shock(1960, 7, "July 1960", "Sino-Soviet split", []string{"CHN"}, soviet, 0.2,
			"The USSR withdraws its advisers from China: the rivalry of the data (from 1958) becomes an open split (0.2).",
			"withdrawal of Soviet specialists from China, July 1960; Lüthi (2008), The Sino-Soviet Split"),
		shock(1961, 12, "December 1961", "Soviet–Albanian split", []string{"ALB"}, soviet, 0.3,
			"The USSR breaks off relations with Albania, which sides with China: 0.3, a lasting antagonism (no relations\n"+
				"until 1990; Albania stops attending the Warsaw Pact's organs in 1962 and leaves it in September 1968),\n"+
				"reversed when relations are restored.",
			"Soviet Union breaks diplomatic relations with Albania, December 1961; Albania's withdrawal from the Warsaw Pact, 13 September 1968"),
		shock(1962, 10, "October 1962", "Cuban missile crisis", []string{"USA"}, soviet, 0.2,
			"The Cuban missile crisis: 0.2, reversed by the détente of 1963.", "Cuban missile crisis, 16–28 October 1962"),
		shock(1962, 10, "20 October 1962", "Sino-Indian war", []string{"IND"}, []string{"CHN"}, 0.3,
			"The Sino-Indian border war: 0.3, a lasting antagonism (China–India is among the strategic rivalries of Thompson 2001).",
			"Sino-Indian war, 20 October – 21 November 1962"),
		war(1962, 10, "20 October 1962", "Sino-Indian war", []string{"IND"}, []string{"CHN"}, 0.09,
			"20 October – 21 November 1962", "The border war, to China's unilateral ceasefire.",
			"Sino-Indian war, 20 October – 21 November 1962"),
		detente(1963, 8, "5 August 1963", "Hotline and Partial Test Ban Treaty", []string{"USA"}, soviet, 0.2,
			"The post-Cuba détente: the hotline (June 1963) and the Partial Test Ban Treaty (August 1963).",
			"Memorandum on the direct communications link, 20 June 1963; Partial Test Ban Treaty, 5 August 1963"),
		shock(1964, 6, "June 1964", "Cyprus crisis of 1963–64", []string{"GRC"}, []string{"TUR"}, 0.1,
			"Intercommunal fighting on Cyprus and a threatened Turkish invasion (0.1).",
			"Cyprus crisis of December 1963 – August 1964; Johnson's letter to İnönü, 5 June 1964"),
		{year: 1967, month: 12, date: "12–14 December 1967", kind: "doctrine", label: "NATO adopts flexible response",
			alliance: "USA", psi: num{0.3, 2, "judgement: privateness up from the default psi0 to 0.3 (Khanna & Sandler 1996)"},
			why: "Flexible response made conventional, national forces matter: defence output became more private\n" +
				"(Khanna & Sandler 1996 date the end of exploitation here). Applies to the alliance holding the USA, if any.",
			source: "NATO Defence Planning Committee, 12–14 December 1967 (MC 14/3, January 1968)"},
		shock(1968, 8, "20–21 August 1968", "Invasion of Czechoslovakia", usa, soviet, 0.1,
			"The Warsaw Pact invasion of Czechoslovakia: 0.1 between the superpowers.",
			"Warsaw Pact invasion of Czechoslovakia, 20–21 August 1968"),
		shock(1969, 3, "2 March 1969", "Zhenbao Island clashes", []string{"CHN"}, soviet, 0.3,
			"Armed clashes on the Ussuri: 0.3, the peak of the Sino-Soviet conflict.", "Zhenbao (Damansky) Island clashes, March 1969"),
		detente(1969, 11, "17 November 1969", "SALT talks open", []string{"USA"}, soviet, 0.1,
			"Détente begins: 0.1.", "opening of the Strategic Arms Limitation Talks, Helsinki, 17 November 1969"),
		detente(1970, 8, "12 August 1970", "Moscow Treaty", []string{"GFR"}, soviet, 0.15,
			"Ostpolitik: 0.15 between West Germany and the USSR.", "Treaty of Moscow, 12 August 1970"),
		detente(1970, 12, "7 December 1970", "Treaty of Warsaw", []string{"GFR"}, []string{"POL"}, 0.15,
			"Ostpolitik: 0.15 between West Germany and Poland.", "Treaty of Warsaw, 7 December 1970"),
		detente(1972, 2, "21–28 February 1972", "Nixon in China", []string{"USA"}, []string{"CHN"}, 0.2,
			"Sino-American rapprochement: 0.2.", "Shanghai Communiqué, 28 February 1972"),
		detente(1972, 5, "26 May 1972", "SALT I and the ABM Treaty", []string{"USA"}, soviet, 0.2,
			"The high point of superpower détente: 0.2.", "SALT I Interim Agreement and ABM Treaty, 26 May 1972"),
		detente(1972, 12, "21 December 1972", "Basic Treaty", []string{"GFR"}, []string{"GDR"}, 0.15,
			"The two German states recognise each other: 0.15.", "Basic Treaty between the FRG and the GDR, 21 December 1972"),
		shock(1974, 7, "20 July 1974", "Turkish invasion of Cyprus", []string{"GRC"}, []string{"TUR"}, 0.2,
			"The Turkish invasion of Cyprus; Greece leaves NATO's integrated command (0.2).",
			"Turkish invasion of Cyprus, 20 July 1974"),
		detente(1975, 8, "1 August 1975", "Helsinki Final Act", usa, soviet, 0.15,
			"The CSCE: 0.15 between the superpowers (the ideological rivalry carries it to the other signatories).",
			"Helsinki Final Act, 1 August 1975"),
		detente(1979, 1, "1 January 1979", "US–PRC normalisation", []string{"USA"}, []string{"CHN"}, 0.1,
			"Diplomatic relations between the United States and the People's Republic: 0.1.",
			"Joint Communiqué on the Establishment of Diplomatic Relations, 1 January 1979"),
		shock(1979, 12, "24 December 1979", "Soviet invasion of Afghanistan", usa, soviet, 0.2,
			"The end of détente: 0.2.", "Soviet invasion of Afghanistan, 24–27 December 1979"),
		shock(1983, 9, "1 September 1983", "The 'second Cold War' of 1983", usa, soviet, 0.15,
			"KAL 007, the Euromissile deployments and Able Archer 83: 0.15.",
			"shooting down of KAL 007 (1 September 1983); Pershing II deployment and Able Archer 83 (November 1983)"),
		detente(1987, 12, "8 December 1987", "INF Treaty", usa, soviet, 0.15,
			"Gorbachev's détente: the INF Treaty removes the Euromissiles (0.15).", "INF Treaty, 8 December 1987"),
		detente(1989, 5, "15–18 May 1989", "Sino-Soviet normalisation", []string{"CHN"}, soviet, 0.2,
			"Gorbachev in Beijing ends the Sino-Soviet split (0.2).", "Gorbachev's visit to Beijing, 15–18 May 1989"),
		shock(1990, 2, "26 February 1990", "Soviet troops told to leave", []string{"CZE", "HUN", "POL"}, soviet, 0.3,
			"The new governments demand the withdrawal of Soviet forces; the USSR becomes the danger they guard against (0.3).",
			"Czechoslovak–Soviet agreement on troop withdrawal, 26 February 1990; Hungarian–Soviet agreement, 10 March 1990; Polish demands for withdrawal, 1990"),
		detente(1990, 7, "30 July 1990", "Soviet–Albanian relations restored", []string{"ALB"}, soviet, 0.3,
			"Albania and the USSR resume diplomatic relations: the split of 1961 is taken back.",
			"protocol on the resumption of Soviet–Albanian diplomatic relations, 30 July 1990"),
		detente(1990, 11, "21 November 1990", "Charter of Paris", cscePeers, soviet, 0.15,
			"The CSCE declares the era of confrontation over: 0.15 between the USSR and the other signatories.", "Charter of Paris for a New Europe, 21 November 1990"),
	}
	ev = append(ev, easternRevolutions()...)
	ev = append(ev, coldWarRecessions(d, specs)...)
	return ev
}

// easternRevolutions: the regime changes of 1989–1991 come from Polity2,
// except the GDR's, which Polity2 does not code in 1989–1990.
func easternRevolutions() []event {
	return []event{
		{year: 1990, month: 3, date: "18 March 1990", kind: "regime_change", label: "GDR: first free election",
			nations: []string{"GDR"}, value: num{10, 0, "Polity2 of unified Germany (GMY) in 1990; Polity2 leaves the GDR uncoded in 1989–1990"},
			source: "first free Volkskammer election, 18 March 1990"},
	}
}

// coldWarRecessions: the oil shocks (for the oil importers) and the Soviet
// bloc's slowdown of the 1980s, with magnitudes from the data.
func coldWarRecessions(d *dataset, specs map[string]nationSpec) []event {
	importers := []string{"USA", "CAN", "UKG", "FRN", "BEL", "NTH", "LUX", "DEN", "ICE", "ITA", "POR", "GRC", "TUR",
		"GFR", "SPN", "JPN", "SWD", "FIN", "AUS", "SWZ", "IRE", "IND", "YUG"}
	importers79 := without(importers, "UKG")
	bloc := []string{"RUS", "POL", "CZE", "HUN", "ROM", "BUL", "GDR", "ALB"}
	oil := "BP Statistical Review of World Energy: net oil importers (Norway a net exporter from 1975; the UK from 1980); " +
		"the Soviet bloc traded oil at CMEA prices"
	return []event{
		{year: 1974, date: "OPEC embargo from October 1973", kind: "recession", label: "First oil shock", nations: importers,
			delta: d.shortfall(specs, importers, 1974, 1975), duration: num{2, 0, "1974–1975"},
			why:    "The first oil shock: the oil importers' growth shortfall against trend in 1974–1975.",
			source: "OPEC embargo and price rise, October 1973 – March 1974; " + oil},
		{year: 1980, date: "Iranian revolution, 1979", kind: "recession", label: "Second oil shock", nations: importers79,
			delta: d.shortfall(specs, importers79, 1980, 1981), duration: num{2, 0, "1980–1981"},
			why:    "The second oil shock: the oil importers' (now without the UK) growth shortfall in 1980–1981.",
			source: "oil price doubled after the Iranian revolution, 1979–1980; " + oil},
		{year: 1980, date: "1980s", kind: "recession", label: "Soviet-bloc slowdown", nations: bloc,
			delta: d.shortfall(specs, bloc, 1980, 1989), duration: num{10, 0, "1980–1989"},
			why:    "The 'era of stagnation' and the East European debt crises: the bloc's growth shortfall in 1980–1989.",
			source: "Maddison 2018; the slowdown of growth in Kornai (1992), The Socialist System"},
	}
}

func without(xs []string, drop string) []string {
	var out []string
	for _, x := range xs {
		if x != drop {
			out = append(out, x)
		}
	}
	return out
}
