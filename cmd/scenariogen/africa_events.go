package main

// The events of Africa 1960–1990: the entries of the states that became
// independent, and the interstate wars of the Correlates of War (Sarkees &
// Wayman 2010, Resort to War; the participants, sides and dates as the COW
// inter-state war data v4.0 list them) with both sides among the era's
// states (the regime changes come from Polity, derived.go). No threat
// shock, détente or doctrine: the era has no judgement number.
//
// COW lists five interstate wars fought in Africa in 1960–1990: the War
// over Angola (South Africa and Zaire against Angola and Cuba, 1975–76),
// the Second Ogaden War, Phase 2 (Somalia against Ethiopia and Cuba,
// 1977–78), the Ugandan-Tanzanian War (Uganda and Libya against Tanzania,
// 1978–79), the War over the Aouzou Strip (Chad against Libya, 1986–87)
// and the Gulf War (Morocco among the coalition against Iraq; its phase
// with the coalition, from January 1991, is after the era's end). The
// Ogaden war is not an event: Somalia is not in the era (africa.go), and a
// war needs an enemy state on each side. Three of them are here, the first
// in two phases (Angola became a state on 11 November 1975, after the war
// began). The dates are COW's dates of each war; COW's dates of each
// participant's entry are not among the project's data, so every
// participant but Angola is dated from its war's start (Libya's troops
// reached Uganda in early 1979, Cuba's combat units Angola in November
// 1975).
//
// Not COW interstate wars, so not events: the Sand War of Algeria and
// Morocco (October 1963), the border clashes of Ethiopia and Somalia
// (1964), Libya's raid on Egypt (July 1977), Libya's interventions in
// Chad before 1986 (COW codes the Chadian wars of 1966–1987 as civil wars,
// internationalised), South Africa's operations in Angola after 1976 and
// Rhodesia's raids on Zambia and Mozambique (wars with the liberation
// movements, not with the states), Mauritania's and Morocco's war in the
// Western Sahara (with the Polisario), and the Congo crisis of 1960–65.
// Wars of these states with a state that is not in the scenario (the
// Ogaden, against Somalia; Britain's Falklands) are wars against states
// outside it, from COW's data (outside.go). No interstate war was under way on 1 January 1960.

func africaEvents() []event {
	return []event{
		entry(1960, 4, "27 April 1960", "Togo independent", "TOG", "independence of Togo from French trusteeship, 27 April 1960"),
		entry(1960, 6, "26 June 1960", "Madagascar independent", "MAG", "independence of the Malagasy Republic, 26 June 1960"),
		entry(1960, 6, "30 June 1960", "Congo (Léopoldville) independent", "DRC", "independence of the Republic of the Congo from Belgium, 30 June 1960"),
		entry(1960, 8, "1 August 1960", "Dahomey independent", "BEN", "independence of Dahomey, 1 August 1960"),
		entry(1960, 8, "3 August 1960", "Niger independent", "NIR", "independence of Niger, 3 August 1960"),
		entry(1960, 8, "5 August 1960", "Upper Volta independent", "BFO", "independence of Upper Volta, 5 August 1960"),
		entry(1960, 8, "7 August 1960", "Côte d'Ivoire independent", "CDI", "independence of Côte d'Ivoire, 7 August 1960"),
		entry(1960, 8, "11 August 1960", "Chad independent", "CHA", "independence of Chad, 11 August 1960"),
		entry(1960, 8, "13 August 1960", "Central African Republic independent", "CEN", "independence of the Central African Republic, 13 August 1960"),
		entry(1960, 8, "15 August 1960", "Congo (Brazzaville) independent", "CON", "independence of the Republic of the Congo, 15 August 1960"),
		entry(1960, 8, "17 August 1960", "Gabon independent", "GAB", "independence of Gabon, 17 August 1960"),
		entry(1960, 8, "20 August 1960", "Senegal independent", "SEN", "Senegal's secession from the Mali Federation, 20 August 1960"),
		entry(1960, 9, "22 September 1960", "Mali independent", "MLI", "proclamation of the Republic of Mali, 22 September 1960"),
		entry(1960, 10, "1 October 1960", "Nigeria independent", "NIG", "Nigeria Independence Act 1960; independence, 1 October 1960"),
		entry(1960, 11, "28 November 1960", "Mauritania independent", "MAA", "independence of the Islamic Republic of Mauritania, 28 November 1960"),
		entry(1961, 4, "27 April 1961", "Sierra Leone independent", "SIE", "Sierra Leone Independence Act 1961; independence, 27 April 1961"),
		entry(1961, 12, "9 December 1961", "Tanganyika independent", "TAZ", "Tanganyika Independence Act 1961; independence, 9 December 1961"),
		entry(1962, 7, "1 July 1962", "Burundi independent", "BUI", "independence of Burundi from Belgian trusteeship, 1 July 1962"),
		entry(1962, 7, "1 July 1962", "Rwanda independent", "RWA", "independence of Rwanda from Belgian trusteeship, 1 July 1962"),
		entry(1962, 7, "3 July 1962", "Algeria independent", "ALG", "France's recognition of Algeria's independence after the referendum of 1 July 1962, 3 July 1962"),
		entry(1962, 10, "9 October 1962", "Uganda independent", "UGA", "Uganda Independence Act 1962; independence, 9 October 1962"),
		entry(1963, 12, "12 December 1963", "Kenya independent", "KEN", "Kenya Independence Act 1963; independence, 12 December 1963"),
		entry(1964, 7, "6 July 1964", "Malawi independent", "MAW", "Malawi Independence Act 1964; independence, 6 July 1964"),
		entry(1964, 10, "24 October 1964", "Zambia independent", "ZAM", "Zambia Independence Act 1964; independence, 24 October 1964"),
		entry(1965, 11, "11 November 1965", "Rhodesia's declaration of independence", "ZIM",
			"Rhodesia's unilateral declaration of independence, 11 November 1965 (COW's year of its system membership)"),
		entry(1966, 9, "30 September 1966", "Botswana independent", "BOT", "Botswana Independence Act 1966; independence, 30 September 1966"),
		entry(1968, 3, "12 March 1968", "Mauritius independent", "MAS", "Mauritius Independence Act 1968; independence, 12 March 1968"),
		entry(1968, 9, "6 September 1968", "Swaziland independent", "SWA", "Swaziland Independence Act 1968; independence, 6 September 1968"),
		entry(1974, 9, "10 September 1974", "Guinea-Bissau recognised", "GNB",
			"Portugal's recognition of the independence of Guinea-Bissau (declared 24 September 1973), 10 September 1974"),
		entry(1975, 6, "25 June 1975", "Mozambique independent", "MZM", "Lusaka Accord of 7 September 1974; independence, 25 June 1975"),
		entry(1975, 11, "11 November 1975", "Angola independent", "ANG", "Alvor Agreement of 15 January 1975; independence, 11 November 1975"),
		entry(1977, 6, "27 June 1977", "Djibouti independent", "DJI", "independence of the Republic of Djibouti from France, 27 June 1977"),
		entry(1990, 3, "21 March 1990", "Namibia independent", "NAM", "UN Security Council resolution 435 (1978); independence, 21 March 1990"),

		// The War over Angola in two phases: South Africa (COW's initiator)
		// and Zaire against Cuba, then Angola too from its independence.
		war(1975, 10, "23 October 1975", "War over Angola", ids("SAF", "DRC"), ids("CUB"), 0.05, "23 October – 11 November 1975",
			"South Africa (Operation Savannah) and Zaire against Cuba, from the war's start to Angola's independence.",
			cowWars+": War over Angola; South Africa (initiator) and Zaire against Cuba and Angola, 23 October 1975 – 12 February 1976"),
		war(1975, 11, "11 November 1975", "War over Angola: Angola independent", ids("SAF", "DRC"), ids("CUB", "ANG"), 0.25,
			"11 November 1975 – 12 February 1976",
			"Angola, independent, beside Cuba against South Africa and Zaire, to the war's end.",
			cowWars+": War over Angola; Angola from its independence, 11 November 1975, to 12 February 1976"),
		war(1978, 10, "28 October 1978", "Ugandan-Tanzanian War", ids("UGA", "LIB"), ids("TAZ"), 0.45, "28 October 1978 – 11 April 1979",
			"Uganda's invasion of the Kagera salient, Libya beside it, against Tanzania, to the fall of Kampala.",
			cowWars+": Ugandan-Tanzanian; Uganda (initiator) and Libya against Tanzania, 28 October 1978 – 11 April 1979"),
		war(1986, 11, "15 November 1986", "War over the Aouzou Strip", ids("CHA"), ids("LIB"), 0.82, "15 November 1986 – 11 September 1987",
			"Chad against Libya in the Tibesti and the Aouzou Strip (the Toyota War), to the ceasefire.",
			cowWars+": War over the Aouzou Strip; Chad (initiator) against Libya, 15 November 1986 – 11 September 1987"),
	}
}
