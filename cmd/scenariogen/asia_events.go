package main

// The events of East and South Asia 1950–1990: the entries of the states
// that became independent or sovereign, Vietnam's unification, and the
// interstate wars of the Correlates of War (Sarkees & Wayman 2010, Resort
// to War) with both sides among the era's states (the regime changes come
// from Polity, derived.go). No threat shock, détente or doctrine: the era
// has no judgement number.
//
// Wars of these states with a state that is not in the scenario have no
// enemy state for a war event: Vietnam's war with Cambodia (1977–79), the
// wars in Laos. Civil and colonial wars have none either: the Malayan
// Emergency, France's war in Indochina (to 1954), Indonesia's
// Confrontation with Malaysia (1963–66, COW extra-state). The dates are
// the wars' own (their first offensive and their ceasefire or armistice).

// koreaUNAsia are the era's states that sent combat forces to the United
// Nations Command in Korea, beside South Korea.
var koreaUNAsia = []string{"ROK", "USA", "UKG", "FRN", "AUL", "NEW", "THI", "PHI"}

func asiaEvents() []event {
	return []event{
		{year: 1952, month: 4, date: "28 April 1952", kind: "entry", label: "Japan sovereign", nation: "JPN",
			source: "Treaty of San Francisco in force, 28 April 1952"},
		{year: 1954, month: 7, date: "21 July 1954", kind: "entry", label: "North Vietnam", nation: "DRV",
			source: "Geneva Accords, 21 July 1954"},
		{year: 1954, month: 7, date: "21 July 1954", kind: "entry", label: "South Vietnam", nation: "RVN",
			source: "Geneva Accords, 21 July 1954"},
		{year: 1957, month: 8, date: "31 August 1957", kind: "entry", label: "Malaya independent", nation: "MAL",
			source: "Federation of Malaya Independence Act 1957; independence, 31 August 1957"},
		{year: 1975, month: 4, date: "30 April 1975", kind: "merge", label: "Fall of Saigon", nation: "RVN", into: "DRV",
			source: "fall of Saigon, 30 April 1975 (COW: South Vietnam leaves the system); reunification, 2 July 1976"},

		war(1950, 6, "25 June 1950", "Korean War", koreaUNAsia, ids("PRK"), 0.33, "25 June – 25 October 1950",
			"North Korea against South Korea and the United Nations Command's contingents, to China's entry.",
			cowWars+": Korean War; North Korean invasion, 25 June 1950; UN Security Council resolutions 82–84"),
		war(1950, 10, "25 October 1950", "Korean War: China", koreaUNAsia, ids("PRK", "CHN"), 2.75, "25 October 1950 – 27 July 1953",
			"North Korea and China against South Korea and the UN Command, from China's first offensive to the armistice.",
			cowWars+": Korean War; Chinese People's Volunteers' first offensive, 25 October 1950; Korean Armistice Agreement, 27 July 1953"),
		war(1954, 9, "3 September 1954", "Off-shore Islands War", ids("CHN"), ids("TAW"), 0.64, "3 September 1954 – 23 April 1955",
			"China's bombardment of Quemoy and seizure of the Yijiangshan and Dachen islands, to Zhou Enlai's offer at Bandung.",
			cowWars+": Off-shore Islands War; shelling of Quemoy, 3 September 1954; Zhou Enlai's statement at Bandung, 23 April 1955"),
		war(1958, 8, "23 August 1958", "Taiwan Straits War", ids("CHN"), ids("TAW"), 0.36, "23 August 1958 – 1 January 1959",
			"China's bombardment of Quemoy and Matsu, to its end.",
			cowWars+": Taiwan Straits War; bombardment of Quemoy, 23 August 1958"),
		war(1962, 10, "20 October 1962", "Sino-Indian War", ids("CHN"), ids("IND"), 0.09, "20 October – 21 November 1962",
			"China's offensives in Aksai Chin and the North-East Frontier Agency, to its unilateral ceasefire.",
			cowWars+": Sino-Indian War; Chinese offensive, 20 October 1962; ceasefire, 21 November 1962"),
		war(1965, 2, "7 February 1965", "Vietnam War", ids("RVN", "USA", "ROK", "AUL", "NEW", "THI", "PHI"), ids("DRV"), 7.97,
			"7 February 1965 – 27 January 1973",
			"North Vietnam against South Vietnam, the United States and their allies (COW's participants), from the first\n"+
				"American air strikes to the Paris Peace Accords.",
			cowWars+": Vietnam War, phase 2; Operation Flaming Dart, 7 February 1965; Paris Peace Accords, 27 January 1973"),
		war(1973, 1, "27 January 1973", "Vietnam War: the last phase", ids("RVN"), ids("DRV"), 2.26, "27 January 1973 – 30 April 1975",
			"North Vietnam against South Vietnam alone, from the Paris Peace Accords to the fall of Saigon.",
			cowWars+": Vietnam War, phase 2; fall of Saigon, 30 April 1975"),
		war(1965, 8, "5 August 1965", "Second Kashmir War", ids("PAK"), ids("IND"), 0.13, "5 August – 23 September 1965",
			"Pakistan against India, from Operation Gibraltar to the ceasefire.",
			cowWars+": Second Kashmir War; Operation Gibraltar, 5 August 1965; ceasefire of 23 September 1965 (UN Security Council resolution 211)"),
		war(1971, 12, "3 December 1971", "War of Bangladesh", ids("IND"), ids("PAK"), 0.04, "3–17 December 1971",
			"India against Pakistan, from Pakistan's air strikes to its surrender at Dacca and the ceasefire in the west.",
			cowWars+": War for Bangladesh; Pakistani air strikes, 3 December 1971; ceasefire, 17 December 1971"),
		war(1979, 2, "17 February 1979", "Sino-Vietnamese War", ids("CHN"), ids("DRV"), 0.07, "17 February – 16 March 1979",
			"China's punitive invasion of northern Vietnam, to its withdrawal.",
			cowWars+": Sino-Vietnamese Punitive War; Chinese invasion, 17 February 1979; withdrawal completed 16 March 1979"),
		war(1987, 1, "5 January 1987", "Sino-Vietnamese Border War", ids("CHN"), ids("DRV"), 0.09, "5 January – 6 February 1987",
			"China's and Vietnam's battles for the border heights (Laoshan).",
			cowWars+": Second Sino-Vietnamese War; fighting at Laoshan, January 1987"),
	}
}
