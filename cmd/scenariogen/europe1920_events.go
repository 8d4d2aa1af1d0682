package main

// The events of Europe 1920–1938: the interstate wars of the Correlates of
// War (Sarkees & Wayman 2010, Resort to War) with both sides among the
// era's states, and nothing else (the regime changes come from Polity,
// derived.go), and Austria's merger into Germany in 1938. No threat shock, détente or doctrine: the era has no
// judgement number. Wars fought with a state that is not in the scenario
// (Lithuania's with Poland, 1920; Italy's with Ethiopia, 1935–36; Japan's
// with China from 1931 and 1937) are wars against states outside it, from
// COW's data (outside.go), and
// the Spanish Civil War is not an interstate war. A war under way on
// 1 January 1920 is dated from then (an event cannot precede the start),
// and says when it began. A war lasts to its peace, its fighting to the
// armistice when one came first.

func interwarEvents() []event {
	return []event{
		{year: 1938, month: 3, date: "13 March 1938", kind: "merge", label: "Anschluss", nation: "AUS", into: "GMY",
			source: "Reich law on the reunion of Austria with the German Reich, 13 March 1938 (COW: Austria leaves the " +
				"state system on 13 March 1938)"},

		war(1920, 1, "1 January 1920", "Estonian War of Independence", ids("RUS"), ids("FIN", "outside:EST"), 0.09, "1 January – 2 February 1920",
			"Under way at the start (from 22 November 1918), to the Treaty of Tartu; the fighting to the armistice. Estonia is\n"+
				"not in the era; Finland's volunteers fought on its side.",
			cowWars+": Estonian Liberation, 22 November 1918 – 3 January 1920 (Finland from 30 December 1918); "+
				"Treaty of Tartu, 2 February 1920").
			foughtTo(0.01, "1–3 January 1920"),
		war(1920, 1, "1 January 1920", "Polish–Soviet War", ids("POL"), ids("RUS"), 1.21, "1 January 1920 – 18 March 1921",
			"Under way at the start (from February 1919), to the Peace of Riga; the fighting to the armistice.",
			cowWars+": Russo-Polish War, from 14 February 1919; armistice signed at Riga 12 October, in force 18 October 1920; "+
				"Peace of Riga, 18 March 1921").
			foughtTo(0.80, "1 January – 18 October 1920"),
		war(1920, 1, "1 January 1920", "Greco-Turkish War", ids("GRC"), ids("TUR"), 3.56, "1 January 1920 – 24 July 1923",
			"Under way at the start (the Greek landing at Smyrna, 15 May 1919), to the peace of Lausanne; the fighting to\n"+
				"the armistice of Mudanya.",
			cowWars+": Second Greco-Turkish War, 1919–1922; armistice of Mudanya, 11 October 1922; Treaty of Lausanne, 24 July 1923").
			foughtTo(2.78, "1 January 1920 – 11 October 1922"),
		war(1920, 1, "1 January 1920", "Franco-Turkish War", ids("FRN"), ids("TUR"), 1.80, "1 January 1920 – 20 October 1921",
			"Under way at the start (fighting in Cilicia from November 1919), to the Treaty of Ankara, which ended the fighting\n"+
				"and the war.",
			cowWars+": Franco-Turkish War, from 1 November 1919; Treaty of Ankara (Franklin-Bouillon agreement), 20 October 1921"),
		war(1938, 7, "29 July 1938", "Changkufeng (Lake Khasan)", ids("JPN"), ids("RUS"), 0.04, "29 July – 11 August 1938",
			"The border battle at Lake Khasan, to the ceasefire.",
			cowWars+": Changkufeng War; Japanese attack of 29 July 1938; ceasefire of 11 August 1938"),
	}
}
