package main

// The events of Africa 1990–2014: the entries of Namibia and Eritrea, and
// the interstate wars of the Correlates of War (Sarkees & Wayman 2010,
// Resort to War; the participants, sides and dates as the COW inter-state
// war data v4.0 list them) with both sides among the era's states (the
// regime changes come from Polity, derived.go). No threat shock, détente
// or doctrine: the era has no judgement number but Eritrea's stand-in and
// the debts (africa1990.go).
//
// Checked against COW's Inter-State War Data v4.0 (its rows for the wars
// that begin in 1990–2007; the list ends in 2007): the one war fought in
// Africa (COW's region 4) is the Badme Border War (Eritrea, the initiator,
// against Ethiopia, 6 May 1998 – 12 December 2000). The Gulf War (Morocco
// among the coalition against Iraq, 16 January – 11 April 1991) and
// France's wars (the Gulf War, Kosovo 1999, Afghanistan 2001) were fought
// outside the region against states the era does not model: they are wars
// against states outside it, from COW's data (outside.go).
//
// Not COW interstate wars, so not events: the Second Congo War
// (1998–2002, "Africa's World War": the DRC with Zimbabwe, Angola, Namibia
// and Chad against Rwanda, Uganda and Burundi) and the First (1996–97),
// which are not among COW's inter-state wars v4.0 (COW codes the Congo's
// wars of these years among its intra-state wars, internationalised);
// Nigeria and Cameroon over Bakassi (1994, 1996), the Senegal–Mauritania
// crisis (1989–91), Chad and Sudan (2005–10), Djibouti and Eritrea
// (2008), Sudan and South Sudan over Heglig (2012, and South Sudan is not
// in the era); the civil wars of Liberia, Sierra Leone, Somalia, Rwanda,
// Burundi, Angola, Sudan and Côte d'Ivoire. COW's list stops in 2007: no
// war of 2008–2014 is an event. No interstate war was under way on
// 1 January 1990.

func africa1990Events() []event {
	return []event{
		entry(1990, 3, "21 March 1990", "Namibia independent", "NAM", "UN Security Council resolution 435 (1978); independence, 21 March 1990"),
		entry(1993, 5, "24 May 1993", "Eritrea independent", "ERI",
			"referendum of 23–25 April 1993 (UN observed); independence from Ethiopia, 24 May 1993"),

		war(1998, 5, "6 May 1998", "Badme Border War", ids("ERI"), ids("ETH"), 2.60, "6 May 1998 – 12 December 2000",
			"Eritrea's occupation of Badme and Ethiopia's counter-offensives, to the Algiers agreement.",
			cowWars+": Badme Border; Eritrea (initiator) against Ethiopia, 6 May 1998 – 12 December 2000"),
	}
}
