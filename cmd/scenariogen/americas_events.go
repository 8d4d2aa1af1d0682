package main

// The events of the Americas 1950–1990: the entries of the states that
// became independent, and the interstate wars of the Correlates of War
// (Sarkees & Wayman 2010, Resort to War; the participants and dates as the
// COW inter-state war data v4.0 list them) with both sides among the era's
// states (the regime changes come from Polity, derived.go). No threat
// shock, détente or doctrine: the era has no judgement number.
//
// COW lists two interstate wars fought in the Western Hemisphere in
// 1950–1990, and both are here: the Football War (El Salvador against
// Honduras, 1969) and the Falklands War (Argentina against the United
// Kingdom, 1982). The clash of Ecuador and Peru in the Cordillera del
// Cóndor in January–February 1981 (Paquisha) is not among COW's interstate
// wars, nor are the United States' interventions in Guatemala (1954), the
// Dominican Republic (1965), Grenada (1983) and Panama (1989), or the Bay
// of Pigs (1961): none is an event. Wars of these states with a state that
// is not in the scenario are wars against states outside it, from COW's
// data (outside.go): Korea (the
// United States, Canada and Colombia; Britain, France, the Netherlands and
// Belgium), Vietnam (the United States), Cuba's wars in Angola (1975–76)
// and the Ogaden (1977–78), and the Gulf War (the coalition's phase, from
// 16 January 1991, is after the era's end). Civil wars have none either
// (Cuba 1958–59, Colombia's Violencia, Guatemala, Nicaragua, El Salvador).
// No interstate war was under way on 1 January 1950.

func americasEvents() []event {
	return []event{
		entry(1962, 8, "6 August 1962", "Jamaica independent", "JAM",
			"Jamaica Independence Act 1962; independence, 6 August 1962 (COW's date of its system membership)"),
		entry(1962, 8, "31 August 1962", "Trinidad and Tobago independent", "TRI",
			"Trinidad and Tobago Independence Act 1962; independence, 31 August 1962 (COW's date of its system membership)"),

		war(1969, 7, "14 July 1969", "Football War", ids("SAL"), ids("HON"), 0.01, "14–18 July 1969",
			"El Salvador's invasion of Honduras, to the ceasefire the OAS brokered.",
			cowWars+": Football War; El Salvador (initiator) against Honduras, 14–18 July 1969"),
		war(1982, 3, "25 March 1982", "Falklands War", ids("ARG"), ids("UKG"), 0.22, "25 March – 15 June 1982",
			"Argentina against the United Kingdom, from the landing on South Georgia and the invasion of the Falklands\n"+
				"(2 April) to the surrender at Port Stanley (14 June).",
			cowWars+": Falkland Islands; Argentina (initiator) against the United Kingdom, 25 March – 15 June 1982"),
	}
}
