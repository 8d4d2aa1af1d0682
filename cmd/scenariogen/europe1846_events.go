package main

// The events of Europe 1846–1869: the interstate wars
// of the Correlates of War (Sarkees & Wayman 2010, Resort to War) with both
// sides among the era's states (the regime changes come from Polity,
// derived.go). No threat shock, détente or doctrine: the era has no
// judgement number but its two stand-ins (europe1846.go). Wars fought
// with a state that is not in the scenario (the Mexican–American War, the
// Roman Republic's of 1849, Sardinia's with the Papal States and the Two
// Sicilies in 1860, Spain's with Morocco and with Peru and Chile, France's
// in Mexico) are wars against states outside it, from COW's data
// (outside.go); the American Civil War
// is not an interstate war. A war lasts to its peace, its fighting to the
// armistice when one came first; a war fought in two campaigns with a truce
// between them has a second event for the second campaign's fighting.

func europe1846Events() []event {
	return []event{
		war(1848, 3, "23 March 1848", "Austro-Sardinian War", ids("ITA"), ids("AUH"), 1.37, "23 March 1848 – 6 August 1849",
			"The war, to the Peace of Milan; the fighting of 1848 to the armistice of Salasco.",
			cowWars+": Austro-Sardinian War; Sardinian declaration of war, 23 March 1848; armistice of Salasco, "+
				"9 August 1848; Peace of Milan, 6 August 1849").
			foughtTo(0.38, "23 March – 9 August 1848"),
		war(1849, 3, "20 March 1849", "Austro-Sardinian War: the campaign of 1849", ids("ITA"), ids("AUH"), 0.01, "20–24 March 1849",
			"Sardinia ends the truce; Novara (23 March) and the armistice of Vignale. The state of war runs to the peace\n"+
				"under the event of 1848.",
			cowWars+": Austro-Sardinian War; hostilities resumed 20 March 1849; armistice of Vignale, 24 March 1849"),
		war(1848, 4, "23 April 1848", "First Schleswig War", ids("PRU"), ids("DEN"), 2.19, "23 April 1848 – 2 July 1850",
			"Prussia, for the German Confederation, against Denmark, to the Peace of Berlin; the fighting of 1848 to the\n"+
				"armistice of Malmö.",
			cowWars+": First Schleswig-Holstein War; battle of Schleswig, 23 April 1848; armistice of Malmö, "+
				"26 August 1848; Peace of Berlin, 2 July 1850").
			foughtTo(0.34, "23 April – 26 August 1848"),
		war(1849, 4, "3 April 1849", "First Schleswig War: the campaign of 1849", ids("PRU"), ids("DEN"), 0.27, "3 April – 10 July 1849",
			"The fighting resumed after the truce of Malmö, to the armistice of Berlin. The state of war runs to the peace\n"+
				"under the event of 1848.",
			cowWars+": First Schleswig-Holstein War; hostilities resumed 3 April 1849; armistice of Berlin, 10 July 1849"),
		// The Crimean War in three phases, each with the coalition then at
		// war: a side matches the other side's spending over its own
		// members' incomes, so a state that fought beside Britain and France
		// is one member of their side, not a side alone against Russia.
		war(1853, 10, "23 October 1853", "Crimean War", ids("TUR"), ids("RUS"), 0.43, "23 October 1853 – 28 March 1854",
			"The Ottoman Empire alone against Russia, from the first fighting on the Danube to Britain's and France's\n"+
				"entry; the next phases carry the state of war to the Peace of Paris.",
			cowWars+": Crimean War; Ottoman declaration of war, October 1853, hostilities from 23 October 1853; "+
				"French and British declarations of war, 27 and 28 March 1854"),
		war(1854, 3, "28 March 1854", "Crimean War: Britain and France", ids("TUR", "UKG", "FRN"), ids("RUS"), 0.83,
			"28 March 1854 – 26 January 1855",
			"Britain and France enter the war beside the Ottoman Empire, to Sardinia's accession.",
			cowWars+": Crimean War; French and British declarations of war, 27 and 28 March 1854; Sardinia's accession, "+
				"26 January 1855"),
		war(1855, 1, "26 January 1855", "Crimean War: Sardinia", ids("TUR", "UKG", "FRN", "ITA"), ids("RUS"), 1.17,
			"26 January 1855 – 30 March 1856",
			"Sardinia joins the allies against Russia, to the Peace of Paris.",
			cowWars+": Crimean War; Sardinia's accession to the Anglo-French alliance, 26 January 1855; Treaty of Paris, 30 March 1856"),
		war(1859, 4, "29 April 1859", "War of 1859", ids("ITA", "FRN"), ids("AUH"), 0.53, "29 April – 10 November 1859",
			"Austria invades Piedmont and France joins Sardinia (its declaration of war, 3 May), to the Peace of Zurich; the\n"+
				"fighting to the preliminaries of Villafranca.",
			cowWars+": War of Italian Unification; Austrian troops cross the Ticino, 29 April 1859; preliminary peace of "+
				"Villafranca, 11 July 1859; Treaty of Zurich, 10 November 1859").
			foughtTo(0.20, "29 April – 11 July 1859"),
		war(1864, 2, "1 February 1864", "Second Schleswig War", ids("PRU", "AUH"), ids("DEN"), 0.74, "1 February – 30 October 1864",
			"Prussia and Austria against Denmark, to the Peace of Vienna; the fighting (with the truce of the London conference,\n"+
				"12 May – 26 June) to the preliminary peace.",
			cowWars+": Second Schleswig-Holstein War; Prussian and Austrian troops cross the Eider, 1 February 1864; "+
				"preliminary peace, 1 August 1864; Treaty of Vienna, 30 October 1864").
			foughtTo(0.50, "1 February – 1 August 1864"),
		war(1866, 6, "14 June 1866", "Seven Weeks' War", ids("PRU"), ids("AUH"), 0.19, "14 June – 23 August 1866",
			"Prussia against Austria, from the Federal Diet's vote to mobilise against Prussia to the Peace of Prague; the\n"+
				"fighting to the preliminary peace of Nikolsburg.",
			cowWars+": Seven Weeks' War; Federal Diet's vote, 14 June 1866; preliminary peace of Nikolsburg, 26 July 1866; "+
				"Peace of Prague, 23 August 1866").
			foughtTo(0.11, "14 June – 26 July 1866"),
		war(1866, 6, "20 June 1866", "Seven Weeks' War: Italy", ids("ITA"), ids("AUH"), 0.29, "20 June – 3 October 1866",
			"Italy, Prussia's ally, against Austria, to the Peace of Vienna; the fighting to the armistice of Cormons.",
			cowWars+": Seven Weeks' War; Italian declaration of war, 20 June 1866; armistice of Cormons, 12 August 1866; "+
				"Treaty of Vienna, 3 October 1866").
			foughtTo(0.15, "20 June – 12 August 1866"),
	}
}
