package main

// The events of Europe 1990–2014: the entries of the Soviet Union's,
// Yugoslavia's and Czechoslovakia's successor states (europe1990.go) and
// the interstate wars of the Correlates of War (Sarkees & Wayman 2010,
// Resort to War; the participants, sides and dates as the COW inter-state
// war data v4.0 list them) with both sides among the era's states (the
// regime changes come from Polity, derived.go, and the steps of territory
// from the data, territory.go). No threat shock, détente or doctrine: the
// era has no judgement number.
//
// Checked against COW's Inter-State War Data v4.0 (its rows for the wars
// that begin in 1990–2007; the list ends in 2007): the wars fought in
// Europe (COW's region 2) are Bosnian Independence (war 215: Croatia and
// Bosnia against Yugoslavia, the initiator, 7 April – 13 May 1992), the
// Azeri–Armenian war (216: Armenia, the initiator, against Azerbaijan, 6
// February 1993 – 12 May 1994) and the War for Kosovo (221: the United
// States, the United Kingdom, France, Germany, Italy, the Netherlands and
// Turkey, the initiators, against Yugoslavia, 24 March – 10 June 1999).
// All three have both sides among the era's states but Bosnia (left out,
// europe1990.go): its part in the war of 1992 is not represented, as
// Morocco's in the Gulf War is not in middle-east-1990. Croatia enters in
// January 1992, before the war; the war is under way in its first year, so
// its start share skips 1992 (fought.go).
//
// The other wars of these states in COW's list were fought outside the
// region against states the era does not model: the Gulf War (the United
// States, Canada, the United Kingdom, Italy and France, 16 January – 11
// April 1991), the Invasion of Afghanistan (2001) and the Invasion of Iraq
// (2003). They are wars against states outside it, from COW's data
// (outside.go), and so are COW's extra-state wars of these states
// (extrastate.go: the Afghan and Iraqi resistances, Turkey's against the
// PKK in Iraq). Not COW interstate wars, so not events: the Ten-Day War in
// Slovenia (1991) and the Croatian war of 1991 (before COW has Croatia and
// Slovenia in the system; COW codes them among the intra-state wars), the
// wars in Transnistria (1992), Abkhazia and South Ossetia (1992–93),
// Chechnya (1994–96, 1999–2009), Bosnia after May 1992 (its civil war),
// Macedonia (2001) and Ukraine's Donbas (2014); COW's list stops in 2007,
// so the Russo-Georgian war of August 2008 is not an event either. No
// interstate war was under way on 1 January 1990.

func europe1990Events() []event {
	baltic := "the Soviet State Council's recognition of independence, 6 September 1991"
	ussr := "the Soviet Union dissolved (the Alma-Ata protocol of 21 December; the Supreme Soviet's declaration 142-N of 26 December 1991)"
	return []event{
		entry(1991, 9, "6 September 1991", "Estonia independent", "EST", baltic),
		entry(1991, 9, "6 September 1991", "Latvia independent", "LAT", baltic),
		entry(1991, 9, "6 September 1991", "Lithuania independent", "LIT", baltic),
		entry(1991, 12, "26 December 1991", "Ukraine independent", "UKR", "referendum on independence, 1 December 1991; "+ussr),
		entry(1991, 12, "26 December 1991", "Belarus independent", "BLR", ussr),
		entry(1991, 12, "26 December 1991", "Moldova independent", "MLD", ussr),
		entry(1991, 12, "26 December 1991", "Armenia independent", "ARM", ussr),
		entry(1991, 12, "26 December 1991", "Georgia independent", "GRG", ussr),
		entry(1991, 12, "26 December 1991", "Azerbaijan independent", "AZE", ussr),
		entry(1992, 1, "15 January 1992", "Slovenia independent", "SLV", "recognised by the member states of the European Community, 15 January 1992"),
		entry(1992, 1, "15 January 1992", "Croatia independent", "CRO", "recognised by the member states of the European Community, 15 January 1992"),
		entry(1993, 1, "1 January 1993", "Slovakia independent", "SLO", "Constitutional Act on the Dissolution of the Czech and Slovak Federal Republic (no. 542/1992), in force 1 January 1993"),
		entry(1993, 4, "8 April 1993", "Macedonia independent", "MAC", "UN General Assembly resolution 47/225, 8 April 1993: admitted to the United Nations"),
		entry(2006, 6, "3 June 2006", "Montenegro independent", "MNG", "referendum of 21 May 2006; independence declared 3 June 2006"),

		war(1992, 4, "7 April 1992", "Bosnian Independence", ids("YUG"), ids("CRO"), 0.10, "7 April – 13 May 1992",
			"Yugoslavia's army against Croatia in Bosnia, from the recognition of Bosnia's independence to the army's\n"+
				"withdrawal (COW's participants in the era: Bosnia is left out).",
			cowWars+": Bosnian Independence (war 215); Yugoslavia (initiator) against Croatia and Bosnia, 7 April – 13 May 1992"),
		war(1993, 2, "6 February 1993", "Azeri-Armenian War", ids("ARM"), ids("AZE"), 1.26, "6 February 1993 – 12 May 1994",
			"Armenia and Azerbaijan over Nagorno-Karabakh and the districts around it, to the Bishkek ceasefire.",
			cowWars+": Azeri-Armenian (war 216); Armenia (initiator) against Azerbaijan, 6 February 1993 – 12 May 1994"),
		war(1999, 3, "24 March 1999", "War for Kosovo", ids("USA", "UKG", "FRN", "GFR", "ITA", "NTH", "TUR"), ids("YUG"), 0.22,
			"24 March – 10 June 1999",
			"NATO's air campaign against Yugoslavia, from the first strikes to the withdrawal of its forces from Kosovo\n"+
				"(Security Council resolution 1244).",
			cowWars+": War for Kosovo (war 221); the United States, the United Kingdom, France, Germany, Italy, the Netherlands "+
				"and Turkey (initiators) against Yugoslavia, 24 March – 10 June 1999"),
	}
}
