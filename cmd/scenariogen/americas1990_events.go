package main

// The events of the Americas 1990–2014: the interstate wars of the
// Correlates of War (Sarkees & Wayman 2010, Resort to War; the
// participants, sides and dates as the COW inter-state war data v4.0 list
// them) with both sides among the era's states (the regime changes come
// from Polity, derived.go; no state enters or leaves). No threat shock,
// détente or doctrine: the era has no judgement number.
//
// Checked against COW's Inter-State War Data v4.0 (its rows for the wars
// that begin in 1990–2007; the list ends in 2007): the one war fought in
// the Western Hemisphere (COW's region 1) is the Cenepa Valley war
// (Ecuador, the initiator, against Peru, 9 January – 27 February 1995).
// The Gulf War (the United States and Canada, from 16 January 1991), the
// War for Kosovo (the United States, 1999), the Invasion of Afghanistan
// (the United States and Canada, 2001) and the Invasion of Iraq (the
// United States, 2003) were fought outside the region against states the
// era does not model: they are wars against states outside it, from COW's
// data (outside.go), as are the United States' and Canada's extra-state
// wars in Afghanistan and Iraq after them (extrastate.go). The United
// States' invasion of Panama (20 December 1989 – 31 January 1990) and its
// intervention in Haiti (1994) are not among COW's interstate wars, nor
// are the civil wars of Colombia, Peru, El Salvador (to 1992) and
// Guatemala (to 1996): none is an event. COW's list stops in 2007: no war
// of 2008–2014 is an event (none of the region's clashes of those years,
// Colombia's raid into Ecuador of March 2008 among them, is a war in
// COW's sense). No interstate war was under way on 1 January 1990.

func americas1990Events() []event {
	return []event{
		war(1995, 1, "9 January 1995", "Cenepa War", ids("ECU"), ids("PER"), 0.14, "9 January – 27 February 1995",
			"Ecuador and Peru in the upper Cenepa valley of the Cordillera del Cóndor, to the ceasefire of the Itamaraty\n"+
				"declaration's guarantors (the peace of Brasília followed on 26 October 1998).",
			cowWars+": Cenepa Valley; Ecuador (initiator) against Peru, 9 January – 27 February 1995"),
	}
}
