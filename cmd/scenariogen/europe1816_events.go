package main

// The events of Europe 1816–1845: the entries of states, and the
// interstate wars of the Correlates of War (Sarkees & Wayman 2010, Resort
// to War) with both sides among the era's states (the regime changes come
// from Polity, derived.go). No threat shock, détente or doctrine: the era
// has no judgement number but its two stand-ins (europe1816.go).
//
// The wars: COW's Inter-State War Data v4.0 (Inter-StateWarData_v4.0.csv,
// checked for this era) lists two wars that begin in 1816–1845, war 1, the
// Franco-Spanish War (France against Spain, 7 April – 13 November 1823),
// and war 4, the First Russo-Turkish War (Russia against the Ottoman
// Empire, 26 April 1828 – 14 September 1829); its next, war 7, is the
// Mexican–American War of 1846. The Russo-Turkish war has no enemy state in
// the era (the Ottoman Empire is not in it: NMC has no military spending
// for it before 1851): it is a war against a state outside the era, from
// COW's data (outside.go). The Greek War of Independence
// (Navarino, 1827), the Egyptian–Ottoman wars of 1831–33 and 1839–41, the
// Belgian revolution and the Dutch campaign of 1831, Austria's
// interventions in Naples and Piedmont (1821) and the Carlist and
// Miguelist civil wars are not in COW's inter-state list (wars 1 and 4 are
// its only ones of these years), and none is an event.
//
// The entries: Belgium enters on its independence (COW's system member
// from 1830); Saxony, Portugal, Denmark, Sweden, Baden (in the system from
// 1816) and Greece (from 1828) enter in the year of NMC's first figure of
// their military spending, as europe1816.go says. Such an entry is the
// data's, not history's: the label says so.

func europe1816Events() []event {
	return []event{
		entry(1830, 10, "4 October 1830", "Belgium independent", "BEL",
			"proclamation of independence by the Provisional Government, 4 October 1830 (COW system member from 1830)"),
		dataEntry(1830, "Saxony", "SAX", 1816),
		dataEntry(1835, "Portugal", "POR", 1816),
		dataEntry(1835, "Denmark", "DEN", 1816),
		dataEntry(1842, "Sweden", "SWD", 1816),
		dataEntry(1843, "Baden", "BAD", 1816),
		dataEntry(1843, "Greece", "GRC", 1828),

		war(1823, 4, "7 April 1823", "Franco-Spanish War", ids("FRN"), ids("SPN"), 0.60, "7 April – 13 November 1823",
			"France, mandated by the Congress of Verona, against the constitutional government of Spain, from the crossing\n"+
				"of the Bidassoa to the end of the fighting (COW's dates; no peace treaty ended it).",
			cowWars+": Franco-Spanish War (war 1), France against Spain, 7 April – 13 November 1823"),
	}
}

// dataEntry is the entry of a state that is in COW's system from member
// but whose NMC military spending begins in year: it enters the scenario
// then (a state needs a defence share within ten years of its first year).
func dataEntry(year int, name, id string, member int) event {
	return entry(year, 1, itoa(year)+": NMC's first figure", name+" enters the data", id,
		"COW NMC 6.0: "+name+"'s military expenditure begins in "+itoa(year)+" (a COW system member from "+itoa(member)+")")
}
