package main

// The events of East Asia 1870–1913: the entries of states, Korea's merge
// into Japan, and the interstate wars of the Correlates of War (Sarkees &
// Wayman 2010, Resort to War; the participants and dates as the COW
// inter-state war data v4.0 list them) with both sides among the era's
// states (the regime changes come from Polity, derived.go; the steps of
// territory from the data, territory.go). No threat shock, détente or
// doctrine: the era has no judgement number (asia1870.go).
//
// The wars: COW's Inter-State War Data v4.0 (checked for 1870–1913) lists
// five wars fought in Asia alone in these years (its WhereFought 7), all
// with a state of the era on one side; the Spanish-American War (79),
// fought in the Western Hemisphere and Asia (13), is the United States'
// against Spain, a state outside the region. Three have both sides in the
// era and are here, each as COW gives it: the Boxer Rebellion (war 82: Russia, Japan, the United States,
// the United Kingdom and France against China, 17 June – 14 August 1900),
// the Sino-Russian War (83: Russia against China in Manchuria, 17 July –
// 10 October 1900) and the Russo-Japanese War (85: Japan against Russia,
// 8 February 1904 – 15 September 1905). The Boxer Rebellion and the
// Sino-Russian War overlap for Russia and China from 17 July to 14 August
// 1900; they are COW's two wars and are written as two (a state's war
// share is the largest its wars demand, sim/warbudget.go, and a pair's
// wars without a break are one war's years, sim/war.go). The other two
// were fought against China before it enters (asia1870.go), a state the
// era does not then model, and come from COW's data (outside.go): the
// Sino-French War (67: France, 15 June 1884 – 9 June 1885) and the First
// Sino-Japanese War (73: Japan, 25 July 1894 – 30 March 1895), with the
// wars the era's states fought elsewhere (the Franco-Prussian War, the
// Russo-Turkish War of 1877–78, the Conquest of Egypt, the
// Spanish-American War) and the extra-state wars of COW's other list
// (extrastate.go). Korea is no participant in COW's Sino-Japanese War,
// though it was fought on its soil and Japan's treaty of alliance with it
// of 26 August 1894 (ATOP 1390) was made in it. The Satsuma rebellion
// (1877), the Tonghak rising (1894), the Chinese revolution of 1911 and
// Siam's war with France of 1893 are not in COW's inter-state list, and
// none is an event.
//
// The entries: Korea enters in 1887, its first year in COW's system;
// China (a COW member from 1860) and Siam (from 1887) enter in 1896 and
// 1899, the years of NMC's first figures of their military spending
// (asia1870.go). Such an entry is the data's, not history's: the label
// says so.

func asia1870Events() []event {
	return []event{
		cowEntry(1887, "Korea", "KOR"),
		dataEntry(1896, "China", "CHN", 1860),
		dataEntry(1899, "Siam", "THI", 1887),
		{year: 1905, month: 11, date: "17 November 1905", kind: "merge", label: "Korea a Japanese protectorate", nation: "KOR", into: "JPN",
			source: "Japan–Korea Treaty of 17 November 1905: Japan conducts Korea's foreign relations (COW: Korea leaves " +
				"the state system in 1905, NMC's and Polity's series end then; annexed 22 August 1910)"},

		war(1900, 6, "17 June 1900", "Boxer Rebellion", ids("RUS", "JPN", "USA", "UKG", "FRN"), ids("CHN"), 0.16, "17 June – 14 August 1900",
			"The eight-nation expedition against China (COW's participants: Russia, Japan, the United States, the United\n"+
				"Kingdom and France), from the fall of the Taku forts to the relief of the Peking legations, COW's dates (the\n"+
				"Boxer Protocol followed on 7 September 1901).",
			cowWars+": Boxer Rebellion (war 82), Russia, Japan, the United States, the United Kingdom and France against China, 17 June – 14 August 1900"),
		war(1900, 7, "17 July 1900", "Sino-Russian War", ids("RUS"), ids("CHN"), 0.24, "17 July – 10 October 1900",
			"Russia (COW's initiator) against China in Manchuria, COW's dates; it overlaps the Boxer Rebellion to 14 August.",
			cowWars+": Sino-Russian (war 83), Russia against China, 17 July – 10 October 1900"),
		war(1904, 2, "8 February 1904", "Russo-Japanese War", ids("JPN"), ids("RUS"), 1.60, "8 February 1904 – 15 September 1905",
			"Japan (the initiator) against Russia, from the attack on Port Arthur, COW's dates (the Treaty of Portsmouth\n"+
				"was signed on 5 September 1905).",
			cowWars+": Russo-Japanese (war 85), Japan against Russia, 8 February 1904 – 15 September 1905"),
	}
}
