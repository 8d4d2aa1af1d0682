package main

// The events of the Americas 1870–1913: the entries of states, and the
// interstate wars of the Correlates of War (Sarkees & Wayman 2010, Resort
// to War; the participants and dates as the COW inter-state war data v4.0
// list them) with both sides among the era's states (the regime changes
// come from Polity, derived.go; the steps of territory from the data,
// territory.go). No threat shock, détente or doctrine: the era has no
// judgement number but its stand-ins and debts (americas1870.go).
//
// The wars: COW's Inter-State War Data v4.0 (checked for 1870–1913) lists
// five wars with both sides in the era, all here: the First Central
// American War (war 60: Guatemala against El Salvador, 1876), the War of
// the Pacific (64: Chile against Bolivia and Peru, 1879–83), the Second
// Central American War (70: Guatemala against El Salvador, 1885), the
// Third (88: Guatemala against Honduras and El Salvador, 1906) and the
// Fourth (91: Nicaragua against Honduras and El Salvador, 1907). The War of
// the Pacific is written in COW's phases, as the Middle East's Sinai war
// is: Chile against Bolivia from the occupation of Antofagasta, Peru from
// Chile's declaration of war on it, Bolivia alone after Peru's peace. The
// wars of these states against states the era does not model come from
// COW's data (outside.go): the last months of the Paraguayan War (COW's
// López war, 49: Argentina and Brazil against Paraguay, to 1 March 1870),
// the Spanish-American War (79: the United States against Spain, 1898)
// and the Boxer Rebellion (82: the United States against China, 1900), and
// the extra-state wars of COW's other list (extrastate.go). Civil wars
// (Chile 1891, Brazil's naval revolt of 1893–94, Colombia's Thousand Days'
// War of 1899–1902, Mexico from 1910) and the interventions of the United
// States (Panama's secession, 1903; Nicaragua, 1912) are not in COW's
// inter-state list, and none is an event.
//
// The entries: El Salvador (1875), Uruguay (1882), Honduras (1899) and
// Nicaragua (1900) enter in their first year in COW's system; Ecuador, a COW member from 1854, enters in
// 1885, the year of NMC's first figure of its military spending
// (americas1870.go). Such an entry is the data's, not history's: the
// label says so.

func americas1870Events() []event {
	return []event{
		cowEntry(1875, "El Salvador", "SAL"),
		cowEntry(1882, "Uruguay", "URU"),
		dataEntry(1885, "Ecuador", "ECU", 1854),
		cowEntry(1899, "Honduras", "HON"),
		cowEntry(1900, "Nicaragua", "NIC"),

		war(1876, 3, "27 March 1876", "First Central American War", ids("GUA"), ids("SAL"), 0.08, "27 March – 25 April 1876",
			"Guatemala (the initiator, under Justo Rufino Barrios) against El Salvador, COW's dates.",
			cowWars+": First Central American (war 60), Guatemala against El Salvador, 27 March – 25 April 1876"),
		war(1879, 2, "14 February 1879", "War of the Pacific", ids("CHL"), ids("BOL"), 0.14, "14 February – 4 April 1879",
			"Chile (the initiator) against Bolivia, from the occupation of Antofagasta to the day before Peru's entry.",
			cowWars+": War of the Pacific (war 64), Chile against Bolivia from 14 February 1879"),
		war(1879, 4, "5 April 1879", "War of the Pacific: Peru", ids("CHL"), ids("PER", "BOL"), 4.55, "5 April 1879 – 23 October 1883",
			"Chile against Peru and Bolivia, from Chile's declaration of war on Peru to the end of Peru's fighting\n"+
				"(the Treaty of Ancón, 20 October 1883).",
			cowWars+": War of the Pacific (war 64), Peru from 5 April 1879 to 23 October 1883"),
		war(1883, 10, "24 October 1883", "War of the Pacific: Bolivia alone", ids("CHL"), ids("BOL"), 0.13, "24 October – 11 December 1883",
			"Chile against Bolivia after Peru's peace, to COW's end of their war (the truce of Valparaíso followed on\n"+
				"4 April 1884).",
			cowWars+": War of the Pacific (war 64), Chile and Bolivia to 11 December 1883"),
		war(1885, 3, "28 March 1885", "Second Central American War", ids("GUA"), ids("SAL"), 0.05, "28 March – 15 April 1885",
			"Guatemala (the initiator) against El Salvador: Barrios's attempt to unite Central America by force, ended by\n"+
				"his death at Chalchuapa (2 April 1885).",
			cowWars+": Second Central American (war 70), Guatemala against El Salvador, 28 March – 15 April 1885"),
		war(1906, 5, "27 May 1906", "Third Central American War", ids("GUA"), ids("HON", "SAL"), 0.15, "27 May – 20 July 1906",
			"Guatemala against Honduras and El Salvador, to the peace signed aboard USS Marblehead (20 July 1906).",
			cowWars+": Third Central American (war 88), Guatemala against Honduras and El Salvador, 27 May – 20 July 1906"),
		war(1907, 2, "19 February 1907", "Fourth Central American War", ids("NIC"), ids("HON", "SAL"), 0.18, "19 February – 23 April 1907",
			"Nicaragua (the initiator, under José Santos Zelaya) against Honduras and El Salvador, COW's dates.",
			cowWars+": Fourth Central American (war 91), Nicaragua against Honduras and El Salvador, 19 February – 23 April 1907"),
	}
}

// cowEntry is the entry of a state in its first year in COW's system.
func cowEntry(year int, name, id string) event {
	return entry(year, 1, itoa(year)+": COW system membership", name+" enters the system", id,
		"COW State System Membership (as NMC 6.0 carries it): "+name+" is a system member from "+itoa(year))
}
