package main

// The events of the Middle East 1950–1990: the entries of the states that
// became independent, Yemen's unification, and the interstate wars of the
// Correlates of War (Sarkees & Wayman 2010, Resort to War; the
// participants as COW v4.0 lists them) with both sides among the era's
// states (the regime changes come from Polity, derived.go). No threat
// shock, détente or doctrine: the era has no judgement number.
//
// Wars of these states with a state that is not in the scenario are wars
// against states outside it, from COW's data (outside.go): the Korean War (the United States, Britain,
// Turkey and, from 1951, France against China and North Korea), Vietnam
// (the United States), the Soviet intervention in Hungary (1956), France's
// Ifni war with Morocco (1958), Turkey's invasion of Cyprus (1974), Libya's
// wars with Tanzania (1979) and Chad (1986–87), the Falklands (1982). Civil
// and colonial wars have none either: Algeria's war of independence
// (France), the civil wars of North Yemen (1962–70, with Egypt's
// expeditionary force) and Lebanon (1975–90, with Syria's), the Dhofar
// rebellion (Oman). No interstate war was under way on 1 January 1950 (the
// armistices of 1949 ended the war of 1948). A war lasts to its peace or
// its ceasefire as COW dates it; the coalition phase of the Gulf War
// (January–February 1991) is after the era's end.

func middleEastEvents() []event {
	return []event{
		{year: 1951, month: 12, date: "24 December 1951", kind: "entry", label: "Libya independent", nation: "LIB",
			source: "proclamation of the independence of the United Kingdom of Libya, 24 December 1951 (UN General Assembly resolution 289 (IV))"},
		{year: 1961, month: 6, date: "19 June 1961", kind: "entry", label: "Kuwait independent", nation: "KUW",
			source: "exchange of notes between Kuwait and the United Kingdom ending the agreement of 1899, 19 June 1961"},
		{year: 1967, month: 11, date: "30 November 1967", kind: "entry", label: "South Yemen independent", nation: "YPR",
			source: "independence of the People's Republic of South Yemen from Britain, 30 November 1967"},
		{year: 1971, month: 8, date: "15 August 1971", kind: "entry", label: "Bahrain independent", nation: "BAH",
			source: "treaty of friendship with the United Kingdom ending the protectorate, 15 August 1971"},
		{year: 1971, month: 9, date: "3 September 1971", kind: "entry", label: "Qatar independent", nation: "QAT",
			source: "Qatar's declaration of independence, 3 September 1971"},
		{year: 1971, month: 10, date: "7 October 1971", kind: "entry", label: "Oman admitted to the United Nations", nation: "OMA",
			source: "UN General Assembly resolution 2754 (XXVI), 7 October 1971 (COW's date of Oman's system membership)"},
		{year: 1990, month: 5, date: "22 May 1990", kind: "merge", label: "Yemeni unification", nation: "YPR", into: "YAR",
			source: "proclamation of the Republic of Yemen, 22 May 1990 (COW: the two Yemens leave the system and Yemen, 679, enters)"},

		// The Sinai War in two phases, each with the coalition then at war:
		// a side matches the other side's spending over its own members'
		// incomes, so Britain and France join Israel's side.
		war(1956, 10, "29 October 1956", "Sinai War", ids("ISR"), ids("EGY"), 0.01, "29–31 October 1956",
			"Israel alone against Egypt, from the paratroop drop at the Mitla Pass to the Anglo-French air offensive.",
			cowWars+": Sinai War; Israeli attack, 29 October 1956; Anglo-French bombing from 31 October 1956"),
		war(1956, 10, "31 October 1956", "Sinai War: Britain and France", ids("ISR", "UKG", "FRN"), ids("EGY"), 0.02,
			"31 October – 6 November 1956",
			"Britain and France enter the war beside Israel, to the ceasefire.",
			cowWars+": Sinai War; Anglo-French air offensive from 31 October, landings at Port Said 5–6 November; "+
				"ceasefire of 6 November 1956 (UN General Assembly resolution 997 (ES-I))"),
		war(1967, 6, "5 June 1967", "Six-Day War", ids("ISR"), ids("EGY", "SYR", "JOR"), 0.01, "5–10 June 1967",
			"Israel against Egypt, Syria and Jordan (COW's participants), to the ceasefires.",
			cowWars+": Six Day War; Israeli air strikes, 5 June 1967; ceasefire with Syria, 10 June 1967"),
		war(1969, 3, "March 1969", "War of Attrition", ids("EGY"), ids("ISR"), 1.42, "March 1969 – 7 August 1970",
			"Egypt against Israel along the Suez Canal, from Egypt's artillery offensive to the ceasefire.",
			cowWars+": War of Attrition; Egyptian artillery offensive along the canal, March 1969; ceasefire of 7 August 1970 (Rogers plan)"),
		// The October War in two phases: Egypt and Syria attacked; the
		// expeditionary forces of Iraq, Jordan and Saudi Arabia (COW's
		// other participants) fought on the Golan front from 12 October.
		war(1973, 10, "6 October 1973", "Yom Kippur War", ids("EGY", "SYR"), ids("ISR"), 0.02, "6–12 October 1973",
			"Egypt and Syria against Israel, from the crossing of the canal and the Golan offensive to the arrival of Iraq's\n"+
				"armour on the Golan front.",
			cowWars+": Yom Kippur War; Egyptian and Syrian offensives, 6 October 1973; Iraqi armour in action on the Golan, 12 October 1973"),
		war(1973, 10, "12 October 1973", "Yom Kippur War: Iraq, Jordan, Saudi Arabia", ids("EGY", "SYR", "IRQ", "JOR", "SAU"), ids("ISR"),
			0.03, "12–24 October 1973",
			"Iraq's, Jordan's and Saudi Arabia's expeditionary forces join Syria on the Golan front, to the ceasefire (all three\n"+
				"dated from Iraq's first action; Jordan's brigade fought from 16 October).",
			cowWars+": Yom Kippur War; participants Egypt, Syria, Iraq, Jordan and Saudi Arabia against Israel; "+
				"ceasefire of 24 October 1973 (UN Security Council resolutions 338 and 339)"),
		war(1980, 9, "22 September 1980", "Iran–Iraq War", ids("IRQ"), ids("IRN"), 7.91, "22 September 1980 – 20 August 1988",
			"Iraq's invasion of Iran, to the ceasefire.",
			cowWars+": Iran-Iraq War; Iraqi invasion, 22 September 1980; ceasefire of 20 August 1988 (UN Security Council resolution 598)"),
		war(1982, 6, "6 June 1982", "War over Lebanon", ids("ISR"), ids("SYR"), 0.01, "6–11 June 1982",
			"Israel against Syria in Lebanon (COW's participants), from the invasion to the Israeli–Syrian ceasefire\n"+
				"(clashes on the Beirut–Damascus road went on into late June).",
			cowWars+": War over Lebanon; Israeli invasion of Lebanon, 6 June 1982; Israeli–Syrian ceasefire, 11 June 1982"),
		war(1990, 8, "2 August 1990", "Gulf War: Iraq's invasion of Kuwait", ids("IRQ"), ids("KUW"), 0.58, "2 August 1990 – 28 February 1991",
			"Iraq against Kuwait, from the invasion to Kuwait's liberation (the coalition's phase, from 17 January 1991, is after\n"+
				"the era's end).",
			cowWars+": Gulf War; Iraqi invasion of Kuwait, 2 August 1990; coalition offensive from 17 January 1991; ceasefire of "+
				"28 February 1991"),
	}
}
