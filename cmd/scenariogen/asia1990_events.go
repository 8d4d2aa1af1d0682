package main

// The events of East and South Asia 1990–2014: the interstate wars of the
// Correlates of War (Sarkees & Wayman 2010, Resort to War) with both sides
// among the era's states (the regime changes come from Polity, derived.go;
// no state enters or leaves). No threat shock, détente or doctrine: the era
// has no judgement number.
//
// Checked against COW's Inter-State War Data v4.0 (Inter-StateWarData_v4.0,
// its rows for the wars that begin in 1990–2007; the list ends in 2007):
// the Gulf War (1990–91), Bosnian Independence (1992), Azeri-Armenian
// (1993–94), Cenepa Valley (1995), Badme Border (1998–2000), the War for
// Kosovo (1999), the Kargil War (India and Pakistan, 8 May – 17 July 1999),
// the Invasion of Afghanistan (2001: the United States, the United
// Kingdom, Canada, France and Australia against Afghanistan) and the
// Invasion of Iraq (2003: the United States, the United Kingdom and
// Australia against Iraq). Only Kargil has both sides among the era's
// states. The United States' and Australia's wars in Afghanistan and Iraq,
// the Gulf War and Kosovo are wars against states outside the era, from
// COW's data (outside.go). COW's list stops in 2007: the clashes of Cambodia and
// Thailand over Preah Vihear (2008–2011) are not in it, and no war of
// 2008–2014 is an event. Civil wars have no enemy state either: Sri
// Lanka's, Nepal's, Cambodia's to 1998, the insurgencies of Kashmir,
// Mindanao, Aceh and Myanmar's borderlands. No interstate war was under
// way on 1 January 1990.

func asia1990Events() []event {
	return []event{
		war(1999, 5, "8 May 1999", "Kargil War", ids("PAK"), ids("IND"), 0.19, "8 May – 17 July 1999",
			"Pakistan's forces across the Line of Control at Kargil against India, from the first battles to the withdrawal.",
			cowWars+": Kargil War; India and Pakistan, 8 May – 17 July 1999"),
	}
}
