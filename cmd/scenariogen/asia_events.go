package main

// The events of East and South Asia 1950–1990: the entries of the states
// that became independent or sovereign, Vietnam's unification, and the
// interstate wars of the Correlates of War (Sarkees & Wayman 2010, Resort
// to War) with both sides among the era's states (the regime changes come
// from Polity, derived.go). No threat shock, détente or doctrine: the era
// has no judgement number.
//
// Wars of these states with a state that is not in the scenario (Vietnam's
// war with Cambodia, 1977–79; Suez, Hungary, Ifni, the Falklands) are wars
// against states outside it, from COW's data (outside.go). Civil and colonial wars have none either: the Malayan
// Emergency, France's war in Indochina (to 1954), Indonesia's
// Confrontation with Malaysia (1963–66, COW extra-state). The dates are
// COW's (its war names in the sources; a war's phases follow COW's dates of
// each participant's entry).

// The Korean War's coalition as COW dates its members' entries: the
// United States from 27 June 1950, Britain from 29 August, the
// Philippines from 16 September; Australia from 10 December 1950, France
// from 1 January 1951, Thailand from 20 January 1951 (the third phase,
// from 1 January 1951, holds these three). New Zealand is not among COW's
// participants.
var (
	korea1950 = []string{"ROK", "USA", "UKG", "PHI"}
	korea1951 = []string{"ROK", "USA", "UKG", "PHI", "AUL", "FRN", "THI"}
)

func asiaEvents() []event {
	return []event{
		{year: 1952, month: 4, date: "28 April 1952", kind: "entry", label: "Japan sovereign", nation: "JPN",
			source: "Treaty of San Francisco in force, 28 April 1952"},
		{year: 1954, month: 7, date: "21 July 1954", kind: "entry", label: "North Vietnam", nation: "DRV",
			source: "Geneva Accords, 21 July 1954"},
		{year: 1954, month: 6, date: "4 June 1954", kind: "entry", label: "South Vietnam", nation: "RVN",
			source: "treaties of independence of the State of Vietnam with France, 4 June 1954 (COW's date of its system membership)"},
		{year: 1957, month: 8, date: "31 August 1957", kind: "entry", label: "Malaya independent", nation: "MAL",
			source: "Federation of Malaya Independence Act 1957; independence, 31 August 1957"},
		{year: 1975, month: 4, date: "30 April 1975", kind: "merge", label: "Fall of Saigon", nation: "RVN", into: "DRV",
			source: "fall of Saigon, 30 April 1975 (COW: South Vietnam leaves the system); reunification, 2 July 1976"},

		war(1950, 6, "24 June 1950", "Korean War", korea1950, ids("PRK"), 0.34, "24 June – 27 October 1950",
			"North Korea against South Korea and the UN Command's first contingents, to China's entry.",
			cowWars+": Korean; North Korea and South Korea from 24 June 1950; the United States from 27 June, Britain from 29 August, "+
				"the Philippines from 16 September 1950"),
		war(1950, 10, "27 October 1950", "Korean War: China", korea1950, ids("PRK", "CHN"), 0.18, "27 October 1950 – 1 January 1951",
			"China enters the war beside North Korea.",
			cowWars+": Korean; China from 27 October 1950"),
		war(1951, 1, "1 January 1951", "Korean War: the later contingents", korea1951, ids("PRK", "CHN"), 2.57, "1 January 1951 – 27 July 1953",
			"Australia's, France's and Thailand's contingents in the line (from 10 December 1950, 1 January and 20 January 1951), to\n"+
				"the armistice.",
			cowWars+": Korean; Australia from 10 December 1950, France from 1 January 1951, Thailand from 20 January 1951; "+
				"Korean Armistice Agreement, 27 July 1953"),
		war(1954, 9, "3 September 1954", "Off-shore Islands War", ids("CHN"), ids("TAW"), 0.64, "3 September 1954 – 23 April 1955",
			"China's bombardment of Quemoy and seizure of the Yijiangshan and Dachen islands, to Zhou Enlai's offer at Bandung.",
			cowWars+": Off-shore Islands; 3 September 1954 – 23 April 1955"),
		war(1958, 8, "23 August 1958", "Taiwan Straits War", ids("CHN"), ids("TAW"), 0.25, "23 August – 23 November 1958",
			"China's bombardment of Quemoy and Matsu.",
			cowWars+": Taiwan Straits; 23 August – 23 November 1958"),
		war(1962, 10, "20 October 1962", "Sino-Indian War", ids("CHN"), ids("IND"), 0.09, "20 October – 22 November 1962",
			"China's offensives in Aksai Chin and the North-East Frontier Agency, to its unilateral ceasefire.",
			cowWars+": Assam; 20 October – 22 November 1962"),
		// Vietnam in phases, each with the coalition then at war (COW dates
		// each ally's entry); New Zealand is not among COW's participants.
		// COW's Second Laotian War, phase 2 (1968–73), and Communist
		// Coalition war (1970–71) set North Vietnam against the United
		// States, Thailand and South Vietnam, already at war with it here in
		// those years: their budgets answer the same enemy, so they are not
		// listed twice.
		war(1965, 2, "7 February 1965", "Vietnam War", ids("RVN", "USA", "AUL"), ids("DRV"), 0.23, "7 February – 1 May 1965",
			"North Vietnam against South Vietnam, the United States and Australia, from the first American air strikes.",
			cowWars+": Vietnam War, Phase 2; the United States and Australia from 7 February 1965"),
		war(1965, 5, "1 May 1965", "Vietnam War: South Korea", ids("RVN", "USA", "AUL", "ROK"), ids("DRV"), 1.42, "1 May 1965 – 1 October 1966",
			"South Korea's forces join the war.", cowWars+": Vietnam War, Phase 2; South Korea from 1 May 1965"),
		war(1966, 10, "1 October 1966", "Vietnam War: the Philippines", ids("RVN", "USA", "AUL", "ROK", "PHI"), ids("DRV"), 1.0,
			"1 October 1966 – 1 October 1967",
			"The Philippines' forces join the war.", cowWars+": Vietnam War, Phase 2; the Philippines from 1 October 1966"),
		war(1967, 10, "1 October 1967", "Vietnam War: Thailand", ids("RVN", "USA", "AUL", "ROK", "PHI", "THI"), ids("DRV"), 5.32,
			"1 October 1967 – 27 January 1973",
			"Thailand's forces join the war, to the Paris Peace Accords (Australia's forces left on 20 December 1972).",
			cowWars+": Vietnam War, Phase 2; Thailand from 1 October 1967; the allies to 27–28 January 1973 (Australia to 20 December 1972)"),
		war(1973, 1, "27 January 1973", "Vietnam War: the last phase", ids("RVN"), ids("DRV"), 2.25, "27 January 1973 – 30 April 1975",
			"North Vietnam against South Vietnam alone, from the Paris Peace Accords to the fall of Saigon.",
			cowWars+": Vietnam War, Phase 2; North and South Vietnam to 30 April 1975"),
		war(1965, 8, "5 August 1965", "Second Kashmir War", ids("PAK"), ids("IND"), 0.13, "5 August – 23 September 1965",
			"Pakistan against India, from Operation Gibraltar to the ceasefire.",
			cowWars+": Second Kashmir; 5 August – 23 September 1965"),
		war(1971, 12, "3 December 1971", "Bangladesh War", ids("IND"), ids("PAK"), 0.04, "3–17 December 1971",
			"India against Pakistan, from Pakistan's air strikes to its surrender at Dacca and the ceasefire in the west.",
			cowWars+": Bangladesh; 3–17 December 1971"),
		war(1979, 2, "17 February 1979", "Sino-Vietnamese Punitive War", ids("CHN"), ids("DRV"), 0.07, "17 February – 16 March 1979",
			"China's punitive invasion of northern Vietnam, to its withdrawal.",
			cowWars+": Sino-Vietnamese Punitive; 17 February – 16 March 1979"),
		war(1987, 1, "5 January 1987", "Sino-Vietnamese Border War", ids("CHN"), ids("DRV"), 0.09, "5 January – 6 February 1987",
			"China's and Vietnam's battles for the border heights (Laoshan).",
			cowWars+": Sino-Vietnamese Border War; 5 January – 6 February 1987"),
	}
}
