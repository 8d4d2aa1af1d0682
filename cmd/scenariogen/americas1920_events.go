package main

// The events of the Americas 1920–1938: Haiti's entry, and the interstate
// wars of the Correlates of War (Sarkees & Wayman 2010, Resort to War; the
// participants and dates as the COW inter-state war data v4.0 list them)
// with both sides among the era's states (the regime changes come from
// Polity, derived.go; the steps of territory from the data, territory.go).
// No threat shock, détente or doctrine: the era has no judgement number but
// its stand-in and debts (americas1920.go).
//
// The wars: COW's Inter-State War Data v4.0 (checked for 1920–1938) list
// one war with both sides in the era, the Chaco War (war 124: Bolivia, the
// initiator, against Paraguay, 15 June 1932 – 12 June 1935), here. As in
// europe-1920 (the interwar template), a war lasts to its peace and its
// fighting to the armistice when one came first: the Chaco War's fighting
// ended with the protocol of 12 June 1935 (COW's end), its state of war with
// the Treaty of Peace, Friendship and Boundaries of 21 July 1938. The
// Leticia conflict of Colombia and Peru (September 1932 – May 1933) is not
// in COW's inter-state list, nor is the Coto War of Costa Rica and Panama
// (February–March 1921): neither is an event, and their rivalries
// (Colombia–Peru to 1935, Costa Rica–Panama from 1921) are in the era from
// the rivalry data. No state of the era fought a COW inter-state war against
// a state outside it in 1920–1938; COW's extra-state list has one war of a
// state of the era, the United States' Caco revolt in Haiti (17 October
// 1918 – 19 May 1920), under way in its first year and so in its start share,
// not an event (extrastate.go). Civil wars (Mexico's Cristero War of 1926–29,
// Brazil's revolutions of 1930 and 1932), the United States' occupations
// (Haiti to 1934, Nicaragua to 1933, the Dominican Republic to 1924) and
// Sandino's war against the marines are in neither of COW's lists of wars
// between a state and another state or an entity outside the system, and
// none is an event.
//
// The entry: Haiti returns to COW's system in 1934, at the end of the
// United States' occupation (americas1920.go).

func americas1920Events() []event {
	return []event{
		entry(1934, 1, "1934: COW system membership", "Haiti returns to the system", "HAI",
			"COW State System Membership (as NMC 6.0 carries it): Haiti is a system member from 1859 to 1915 and again from 1934"),

		war(1932, 6, "15 June 1932", "Chaco War", ids("BOL"), ids("PAR"), 6.10, "15 June 1932 – 21 July 1938",
			"Bolivia (the initiator, from the clash at Laguna Pitiantuta) against Paraguay, to the peace of Buenos Aires;\n"+
				"the fighting to the protocol of 12 June 1935 (COW's end).",
			cowWars+": Chaco (war 124), Bolivia (initiator) against Paraguay, 15 June 1932 – 12 June 1935; "+
				"Treaty of Peace, Friendship and Boundaries, Buenos Aires, 21 July 1938").
			foughtTo(2.99, "15 June 1932 – 12 June 1935"),
	}
}
