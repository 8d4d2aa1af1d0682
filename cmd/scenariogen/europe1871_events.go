package main

// The events of Europe 1871–1913: entries into the system, the depression
// of 1873, and the wars and crises of the period. Magnitudes of threat
// shocks and détentes are judgements between 0.1 and 0.3, each saying why;
// a war is reversed at its peace, a crisis that left a lasting antagonism is
// not. The strategic rivalries themselves (France–Germany, Austria–Russia,
// Germany–Russia from 1890, Britain–Germany from 1896, …) are not events:
// they come from the rivalry data with their years. No event forms, joins,
// leaves or dissolves an alliance.

func europeEvents(d *dataset, specs []nationSpec) []event {
	byID := index(specs)
	fell := d.fellIn(specs, 1874)
	return []event{
		{year: 1878, month: 7, date: "13 July 1878", kind: "entry", label: "Serbia independent", nation: "SRB",
			source: "Treaty of Berlin, 13 July 1878, art. XXXIV"},
		{year: 1878, month: 7, date: "13 July 1878", kind: "entry", label: "Romania independent", nation: "ROM",
			source: "Treaty of Berlin, 13 July 1878, art. XLIII"},
		{year: 1908, month: 10, date: "5 October 1908", kind: "entry", label: "Bulgaria independent", nation: "BUL",
			source: "proclamation of independence at Tarnovo, 5 October 1908"},

		{year: 1873, month: 5, date: "9 May 1873", kind: "recession", label: "Panic of 1873 and the Long Depression",
			nations: fell, delta: d.shortfall(byID, fell, 1873, 1874), duration: num{2, 0, "1873–1874"},
			why: "The Vienna crash of May 1873 and the New York panic of September: the growth shortfall against trend in\n" +
				"1873–1874 of the states whose GDP fell in 1874 (Maddison).",
			source: "Vienna stock exchange crash, 9 May 1873; failure of Jay Cooke & Company, 18 September 1873"},

		shock(1875, 4, "April 1875", "War-in-Sight crisis", ids("FRN"), ids("GMY"), 0.1,
			"German press threats of a preventive war against a rearming France (0.1).",
			"Die Post, 'Ist der Krieg in Sicht?', 8 April 1875"),
		shock(1877, 4, "24 April 1877", "Russo-Turkish War", ids("RUS"), ids("TUR"), 0.3,
			"Russia declares war on the Ottoman Empire (0.3, reversed at the Congress of Berlin).",
			"Russian declaration of war, 24 April 1877"),
		war(1871, 1, "1 January 1871", "Franco-Prussian War", ids("GMY"), ids("FRN"), 0.36, "1 January – 10 May 1871",
			"Under way at the start (from 19 July 1870), to the Treaty of Frankfurt; the fighting to the preliminary peace of\n"+
				"Versailles (the armistice of 28 January left the east to fight).",
			cowWars+": Franco-Prussian, 19 July 1870 – 26 February 1871; Treaty of Frankfurt, 10 May 1871").
			foughtTo(0.16, "1 January – 26 February 1871"),
		war(1877, 4, "24 April 1877", "Russo-Turkish War", ids("RUS"), ids("TUR"), 1.22, "24 April 1877 – 13 July 1878",
			"The war, to the peace of Berlin, which revised the preliminary peace of San Stefano (3 March 1878; the fighting\n"+
				"ended at the armistice of Adrianople, 31 January 1878), as the shock's détente does; Romania and Serbia, which\n"+
				"fought on Russia's side, enter the system at Berlin: no union joins one side to a side that does not fight.",
			"Russian declaration of war, 24 April 1877; Treaty of Berlin, 13 July 1878"),
		detente(1878, 7, "13 July 1878", "Congress of Berlin", ids("RUS"), ids("TUR"), 0.3,
			"The peace settles the war and takes back its shock.", "Treaty of Berlin, 13 July 1878"),
		shock(1879, 8, "15 August 1879", "Russo-German estrangement after Berlin", ids("RUS"), ids("GMY"), 0.1,
			"Russia resents Germany's part at the Congress; the Tsar's 'slap letter' to Wilhelm I (0.1).",
			"Alexander II to Wilhelm I, 15 August 1879 (the 'Ohrfeigenbrief')"),
		shock(1882, 9, "13 September 1882", "British occupation of Egypt", ids("UKG"), ids("FRN"), 0.1,
			"Britain occupies Egypt alone after Tel el-Kebir; French resentment lasts to 1904 (0.1).",
			"battle of Tel el-Kebir, 13 September 1882"),
		shock(1885, 9, "18 September 1885", "Bulgarian crisis", ids("AUH"), ids("RUS"), 0.1,
			"The unification of Bulgaria and Russia's intervention against Alexander of Battenberg set Austria-Hungary\n"+
				"and Russia against each other in the Balkans (0.1).",
			"Plovdiv revolt, 18 September 1885; abduction of Prince Alexander, August 1886"),
		shock(1887, 4, "20 April 1887", "Schnaebelé affair", ids("FRN"), ids("GMY"), 0.1,
			"The arrest of a French police official at the border, under Boulanger's war ministry (0.1).",
			"arrest of Guillaume Schnaebelé, 20 April 1887"),
		shock(1897, 4, "18 April 1897", "Greco-Turkish War", ids("GRC"), ids("TUR"), 0.3,
			"The Thirty Days' War over Crete (0.3, reversed at the peace).", "Ottoman declaration of war, 18 April 1897"),
		war(1897, 4, "18 April 1897", "Greco-Turkish War", ids("GRC"), ids("TUR"), 0.63, "18 April – 4 December 1897",
			"The war, to the peace; the fighting, the Thirty Days' War, to the armistice of 20 May.",
			"Ottoman declaration of war, 18 April 1897; armistice, 20 May 1897; Treaty of Constantinople, 4 December 1897").
			foughtTo(0.09, "18 April – 20 May 1897"),
		detente(1897, 12, "4 December 1897", "Treaty of Constantinople", ids("GRC"), ids("TUR"), 0.3,
			"The peace takes back the war's shock.", "Treaty of Constantinople, 4 December 1897"),
		shock(1898, 4, "25 April 1898", "Spanish–American War", ids("SPN"), ids("USA"), 0.3,
			"The United States declares war on Spain (0.3, reversed at the peace).", "US declaration of war, 25 April 1898"),
		war(1898, 4, "25 April 1898", "Spanish–American War", ids("SPN"), ids("USA"), 0.63, "25 April – 10 December 1898",
			"The war, to the peace; the fighting to the Protocol of Peace of 12 August.",
			"US declaration of war, 25 April 1898; Protocol of Peace, 12 August 1898; Treaty of Paris, 10 December 1898").
			foughtTo(0.3, "25 April – 12 August 1898"),
		detente(1898, 12, "10 December 1898", "Treaty of Paris (1898)", ids("SPN"), ids("USA"), 0.3,
			"The peace takes back the war's shock.", "Treaty of Paris, 10 December 1898"),
		shock(1898, 9, "18 September 1898", "Fashoda crisis", ids("UKG"), ids("FRN"), 0.1,
			"British and French forces face each other on the Upper Nile (0.1).", "Fashoda incident, 18 September 1898"),
		detente(1904, 4, "8 April 1904", "Entente cordiale", ids("UKG"), ids("FRN"), 0.2,
			"The colonial settlement takes back the Egyptian and Fashoda shocks (0.2; the strategic rivalry ends in\n"+
				"1904 in the rivalry data).", "Anglo-French agreements of 8 April 1904"),
		shock(1904, 2, "8 February 1904", "Russo-Japanese War", ids("JPN"), ids("RUS"), 0.3,
			"Japan attacks Port Arthur (0.3, reversed at the peace).", "attack on Port Arthur, 8 February 1904"),
		war(1904, 2, "8 February 1904", "Russo-Japanese War", ids("JPN"), ids("RUS"), 1.57, "8 February 1904 – 5 September 1905",
			"The war, to the peace.", "attack on Port Arthur, 8 February 1904; Treaty of Portsmouth, 5 September 1905"),
		detente(1905, 9, "5 September 1905", "Treaty of Portsmouth", ids("JPN"), ids("RUS"), 0.3,
			"The peace takes back the war's shock.", "Treaty of Portsmouth, 5 September 1905"),
		shock(1905, 3, "31 March 1905", "First Moroccan crisis", ids("FRN", "UKG"), ids("GMY"), 0.1,
			"Wilhelm II at Tangier challenges the French position in Morocco; Britain backs France at Algeciras (0.1).",
			"Wilhelm II at Tangier, 31 March 1905; Algeciras conference, January–April 1906"),
		detente(1907, 8, "31 August 1907", "Anglo-Russian Convention", ids("UKG"), ids("RUS"), 0.1,
			"Persia, Afghanistan and Tibet settled (0.1).", "Anglo-Russian Convention, 31 August 1907"),
		shock(1908, 10, "6 October 1908", "Bosnian crisis", ids("RUS", "SRB"), ids("AUH"), 0.1,
			"Austria-Hungary annexes Bosnia-Herzegovina; Russia, humiliated, and Serbia protest (0.1).",
			"annexation proclamation, 6 October 1908"),
		shock(1911, 7, "1 July 1911", "Agadir crisis", ids("FRN", "UKG"), ids("GMY"), 0.1,
			"The Panther at Agadir; Lloyd George's Mansion House speech (0.1).",
			"SMS Panther at Agadir, 1 July 1911; Mansion House speech, 21 July 1911"),
		shock(1911, 9, "29 September 1911", "Italo-Turkish War", ids("ITA"), ids("TUR"), 0.3,
			"Italy declares war over Tripolitania (0.3, reversed at the peace).", "Italian declaration of war, 29 September 1911"),
		war(1911, 9, "29 September 1911", "Italo-Turkish War", ids("ITA"), ids("TUR"), 1.05, "29 September 1911 – 18 October 1912",
			"The war, to the peace.", "Italian declaration of war, 29 September 1911; Treaty of Ouchy, 18 October 1912"),
		detente(1912, 10, "18 October 1912", "Treaty of Ouchy", ids("ITA"), ids("TUR"), 0.3,
			"The peace takes back the war's shock.", "Treaty of Ouchy (First Treaty of Lausanne), 18 October 1912"),
		shock(1912, 10, "8 October 1912", "First Balkan War", ids("SRB", "BUL", "GRC"), ids("TUR"), 0.3,
			"The Balkan League attacks the Ottoman Empire (0.3, reversed at the peace).",
			"Montenegrin declaration of war, 8 October 1912; Serbian, Bulgarian and Greek declarations, 17–18 October"),
		war(1912, 10, "8 October 1912", "First Balkan War", ids("SRB", "BUL", "GRC"), ids("TUR"), 0.64, "8 October 1912 – 30 May 1913",
			"The war, to the peace.", "Montenegrin declaration of war, 8 October 1912; Treaty of London, 30 May 1913"),
		detente(1913, 5, "30 May 1913", "Treaty of London (1913)", ids("SRB", "BUL", "GRC"), ids("TUR"), 0.3,
			"The peace takes back the war's shock.", "Treaty of London, 30 May 1913"),
		shock(1913, 6, "29 June 1913", "Second Balkan War", ids("BUL"), ids("SRB", "GRC", "ROM"), 0.3,
			"Bulgaria attacks Serbia and Greece; Romania joins against it (0.3).", "Bulgarian attack of 29 June 1913"),
		war(1913, 6, "29 June 1913", "Second Balkan War", ids("BUL"), ids("SRB", "GRC"), 0.12, "29 June – 10 August 1913",
			"The war, to the peace of Bucharest.", "Bulgarian attack of 29 June 1913; Treaty of Bucharest, 10 August 1913"),
		war(1913, 7, "10 July 1913", "Second Balkan War: Romania", ids("BUL"), ids("ROM"), 0.08, "10 July – 10 August 1913",
			"Romania enters the war against Bulgaria, to the peace of Bucharest.",
			"Romanian declaration of war, 10 July 1913; Treaty of Bucharest, 10 August 1913"),
		war(1913, 7, "12 July 1913", "Second Balkan War: the Ottoman Empire", ids("BUL"), ids("TUR"), 0.22, "12 July – 29 September 1913",
			"The Ottoman Empire enters the war against Bulgaria (Adrianople retaken), to their separate peace.",
			"Ottoman advance on Adrianople, 12 July 1913; Treaty of Constantinople, 29 September 1913"),
	}
}
