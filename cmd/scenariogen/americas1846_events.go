package main

// The events of the Americas 1846–1869: the entries of states, and the
// interstate wars of the Correlates of War (Sarkees & Wayman 2010, Resort
// to War; the participants and dates as the COW inter-state war data v4.0
// list them) with both sides among the era's states (the regime changes
// come from Polity, derived.go; the steps of territory from the data,
// territory.go). No threat shock, détente or doctrine: the era has no
// judgement number but its debts (americas1846.go).
//
// The wars: COW's Inter-State War Data v4.0 (checked for 1846–1869) list
// six wars fought in the Western Hemisphere; four have both sides in the
// era, all here: the Mexican–American War (war 7: the United States, the
// initiator, against Mexico), the War of La Plata (19: Brazil, the
// initiator, against Argentina, to Caseros), the Franco-Mexican War (40:
// France, the initiator, against Mexico) and the Naval War (52: Spain, the
// initiator, against Chile and, from 14 January 1866, Peru), written in
// COW's phases as americas-1870 writes the War of the Pacific. The other
// two have a side the era does not hold: the Ecuadorian–Colombian War (43,
// 1863: Ecuador is left out, and Colombia enters in 1865) and the López War
// (49: Paraguay, left out, against Brazil and Argentina, to 1 March 1870),
// a war against a state outside the era (outside.go), as are France's and
// Spain's wars in Europe and Africa, and the extra-state wars of COW's
// other list (extrastate.go). As in europe-1846 (the template of these
// years), a war lasts to its peace and its fighting to COW's end when the
// peace came later: the Mexican–American War's fighting ended with the fall
// of Mexico City (14 September 1847, COW's end), its state of war with the
// Treaty of Guadalupe Hidalgo (2 February 1848). The Naval War is written to
// COW's end (9 May 1866, after the bombardment of Callao): Spain's truce
// with Peru, Chile, Bolivia and Ecuador was signed in Washington on 11 April
// 1871, after the era, and its peace treaties later still, while the
// fighting had ended in 1866. Civil wars (the United States' of 1861–65,
// Mexico's War of Reform of 1857–61, Argentina's between Buenos Aires and
// the Confederation, Colombia's of 1860–62) are in neither of COW's lists
// of wars between a state and another state or an entity outside the
// system, and none is an event.
//
// The entries: Colombia (a COW member from 1831) enters in 1865 and
// Venezuela (from 1841) in 1867, the years of NMC's first figures of their
// military spending in the era (americas1846.go). Such an entry is the
// data's, not history's: the label says so.

func americas1846Events() []event {
	return []event{
		dataEntry(1865, "Colombia", "COL", 1831),
		dataEntry(1867, "Venezuela", "VEN", 1841),

		war(1846, 4, "25 April 1846", "Mexican–American War", ids("USA"), ids("MEX"), 1.78, "25 April 1846 – 2 February 1848",
			"The United States (the initiator) against Mexico, from the Thornton affair to the Treaty of Guadalupe Hidalgo;\n"+
				"the fighting to the fall of Mexico City (COW's end).",
			cowWars+": Mexican-American (war 7), the United States (initiator) against Mexico, 25 April 1846 – 14 September 1847; "+
				"Treaty of Guadalupe Hidalgo, 2 February 1848").
			foughtTo(1.39, "25 April 1846 – 14 September 1847"),
		war(1851, 7, "19 July 1851", "War of La Plata", ids("BRA"), ids("ARG"), 0.55, "19 July 1851 – 3 February 1852",
			"Brazil (the initiator, allied with Uruguay and the provinces of Entre Ríos and Corrientes) against Rosas's\n"+
				"Argentina, to the battle of Caseros and Rosas's fall.",
			cowWars+": La Plata (war 19), Brazil (initiator) against Argentina, 19 July 1851 – 3 February 1852"),
		war(1862, 4, "16 April 1862", "Franco-Mexican War", ids("FRN"), ids("MEX"), 4.81, "16 April 1862 – 5 February 1867",
			"France (the initiator) against Mexico, from the break of the London convention's allies to the French\n"+
				"evacuation of Mexico City (COW's end); Maximilian's empire fell in June 1867.",
			cowWars+": Franco-Mexican (war 40), France (initiator) against Mexico, 16 April 1862 – 5 February 1867"),
		war(1865, 9, "25 September 1865", "Naval War", ids("SPN"), ids("CHL"), 0.30, "25 September 1865 – 13 January 1866",
			"Spain (the initiator) against Chile, from Chile's declaration of war to the day before Peru's entry.",
			cowWars+": Naval War (war 52), Spain (initiator) against Chile from 25 September 1865"),
		war(1866, 1, "14 January 1866", "Naval War: Peru", ids("SPN"), ids("CHL", "PER"), 0.32, "14 January – 9 May 1866",
			"Spain against Chile and Peru, from Peru's declaration of war to COW's end, after the bombardment of Callao\n"+
				"(2 May 1866); the truce of Washington followed on 11 April 1871.",
			cowWars+": Naval War (war 52), Peru from 14 January 1866, to 9 May 1866"),
	}
}
