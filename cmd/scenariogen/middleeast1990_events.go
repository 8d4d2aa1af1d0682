package main

// The events of the Middle East 1990–2014: the interstate wars of the
// Correlates of War (Sarkees & Wayman 2010, Resort to War; the
// participants, sides and dates as the COW inter-state war data v4.0 list
// them) with both sides among the era's states (the regime changes come
// from Polity, derived.go, and the steps of territory from the data,
// territory.go; no state enters or leaves). No threat shock, détente or
// doctrine: the era has no judgement number.
//
// Checked against COW's Inter-State War Data v4.0 (its rows for the wars
// that begin in 1990–2007; the list ends in 2007): the wars fought in the
// Middle East (COW's region 6) are the Gulf War (war 211: Iraq against
// Kuwait from 2 August 1990, and the coalition from 16 January 1991, to 11
// April 1991) and the Invasion of Iraq (war 227: the United States, the
// United Kingdom and Australia against Iraq, 19 March – 2 May 2003). Both
// have both sides among the era's states, but Morocco's part in the Gulf
// War's coalition (Morocco is left out, middleeast1990.go). The Gulf War is
// written in two phases, each with the coalition then at war, as the Sinai
// and October wars are in the Middle East's era (a side matches the other
// side's spending over its own members' incomes). COW ends it on 11 April
// 1991, the formal ceasefire (Security Council resolution 687, accepted by
// Iraq on 6 April), where the Middle East's era ends its phase of 1990 on
// 28 February, the end of the coalition's offensive: the dates here are
// COW's, as the template's (asia1990_events.go, africa1990_events.go).
//
// The other wars of these states in COW's list were fought outside the
// region against states the era does not model: the War for Kosovo (1999:
// Turkey with the United States, the United Kingdom, France, Germany, Italy
// and the Netherlands against Yugoslavia) and the Invasion of Afghanistan
// (2001: the United States, the United Kingdom, France, Canada and
// Australia). They are wars against states outside it, from COW's data
// (outside.go), and so are COW's extra-state wars of these states
// (extrastate.go): Turkey's against the PKK in Iraq (1991–92, 1997),
// Israel's against the Al Aqsa intifada (2000–03), and the Afghan and
// Iraqi resistances (2001–07; 2003–07, the Netherlands, Spain and Italy
// from March 2004 and Iraq's government from June 2004). Not COW
// interstate wars, so not events of the era's own: Israel's wars in
// Lebanon (1993, 1996, 2006: against Hezbollah, and Lebanon is not in the
// era) and in Gaza (2008–09, 2012, 2014), Turkey's operations in northern
// Iraq against the PKK, the civil wars of Yemen (1994), Iraq, Syria and
// Libya (2011) and the intervention of 2011 in Libya (COW's list stops in
// 2007: no war of 2008–2014 is an event). No interstate war was under way
// on 1 January 1990 (the Iran–Iraq war's ceasefire of 20 August 1988).

func middleEast1990Events() []event {
	return []event{
		war(1990, 8, "2 August 1990", "Gulf War: Iraq's invasion of Kuwait", ids("IRQ"), ids("KUW"), 0.46,
			"2 August 1990 – 15 January 1991",
			"Iraq against Kuwait, from the invasion to the eve of the coalition's offensive.",
			cowWars+": Gulf War (war 211); Iraq (initiator) against Kuwait from 2 August 1990; the coalition from 16 January 1991"),
		war(1991, 1, "16 January 1991", "Gulf War: the coalition", ids("IRQ"),
			ids("KUW", "USA", "CAN", "UKG", "ITA", "EGY", "OMA", "FRN", "UAE", "QAT", "SAU", "SYR"), 0.24,
			"16 January – 11 April 1991",
			"The coalition against Iraq (COW's participants in the era: Morocco's contingent is not), from the air offensive\n"+
				"to the ceasefire.",
			cowWars+": Gulf War (war 211); Kuwait, the United States, Canada, the United Kingdom, Italy, Morocco, Egypt, Oman, "+
				"France, the United Arab Emirates, Qatar, Saudi Arabia and Syria against Iraq, 16 January – 11 April 1991"),
		war(2003, 3, "19 March 2003", "Invasion of Iraq", ids("USA", "UKG", "AUL"), ids("IRQ"), 0.12, "19 March – 2 May 2003",
			"The United States, the United Kingdom and Australia against Iraq, from the invasion to the end of major combat\n"+
				"operations (COW's end).",
			cowWars+": Invasion of Iraq (war 227); the United States, the United Kingdom and Australia (initiators) against Iraq, "+
				"19 March – 2 May 2003"),
	}
}
