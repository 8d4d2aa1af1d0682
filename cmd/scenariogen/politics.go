package main

// Inputs that are not in the data files, each with its citation:
// neutrality, reach, islands, command economies. They are inputs with a
// source, never tuned to produce an alliance outcome. There are no camps:
// who sides with whom comes from the rivalries and, within an ideological
// rivalry, from the regimes (Polity2).

// Neutrality: a declared policy of staying out of military alliances, with
// its source: neutrality proper, or non-alignment (India and Yugoslavia,
// founders of the Non-Aligned Movement: they declared they would join
// neither bloc, whatever their sympathies).
var neutralSources = map[string]string{
	"IND": "non-alignment: Nehru's policy of staying out of the military blocs (Lok Sabha, 1949–1954); founder of the Non-Aligned Movement, Belgrade, September 1961",
	"YUG": "non-alignment after the break with the Cominform (1948): no bloc membership; Brioni declaration with India and Egypt, July 1956; host of the Non-Aligned Movement's founding conference, Belgrade, September 1961",
	"SWD": "policy of non-participation in alliances in peace aiming at neutrality in war (Undén); stayed out of NATO in 1949 after the failed Scandinavian defence union talks",
	"SWZ": "permanent neutrality recognised by the Powers in the Act of Paris, 20 November 1815; Federal Constitution",
	"FIN": "Paasikivi line of neutrality; the 1948 Treaty of Friendship records Finland's wish to stay outside great-power conflicts",
	"AUS": "Federal Constitutional Law on the Neutrality of Austria, 26 October 1955",
	"IRE": "neutral in the Second World War; declined NATO in 1949 over partition (aide-mémoire of 8 February 1949)",
	// A state of the Soviet Union's successors, in no era before 1991.
	"MLD": "permanent neutrality proclaimed by the Constitution of the Republic of Moldova, 29 July 1994, Article 11; no foreign troops admitted on its territory",
}

// Neutrality in the twenty-first century: declared military non-alignment.
var neutralSources21 = map[string]string{
	"SWD": "military non-alignment (Government Statement of Foreign Policy, from 1992) until the NATO application of May 2022",
	"FIN": "military non-alignment (Government security and defence policy reports, 1995–2017) until the NATO application of May 2022",
	"AUS": "Federal Constitutional Law on the Neutrality of Austria, 26 October 1955 (in force)",
	"SWZ": "permanent neutrality (Act of Paris, 1815; Federal Constitution of 1999, arts. 173 and 185)",
	"IRE": "policy of military neutrality (National Declaration at the Seville European Council, June 2002)",
}

// Reach: the power-projection range of the global powers.
var (
	reachUSA = fact{6800, "global projection: overseas bases and strategic air and naval forces " +
		"(Harkavy 1989, Bases Abroad); 6800 km as MODEL.md's starting constants"}
	reachRUS = fact{6800, "global projection: forward-deployed groups of forces, long-range aviation and " +
		"strategic missile forces (Harkavy 1989, Bases Abroad); 6800 km as MODEL.md's starting constants"}
	// The Royal Navy projected British power worldwide.
	reachUK1871 = fact{6800, "global projection: the Royal Navy's stations and coaling bases worldwide (Kennedy 1976, " +
		"The Rise and Fall of British Naval Mastery); the global reach of the other eras"}
	// Between the wars its stations and bases still spanned the world.
	reachUK1920 = fact{6800, "global projection: the Royal Navy's stations and bases worldwide (Kennedy 1976, " +
		"The Rise and Fall of British Naval Mastery); the global reach of the other eras"}
)

// globalReach lists, for each state, the years in which its reach was
// global, so that every era, an added one included, gives it the reach of
// its start without a line in its generator: Britain's navy to the Second
// World War, the two superpowers' bases, aviation and missiles after it.
var globalReach = []struct {
	id       string
	from, to int // years, inclusive
	reach    *fact
}{
	{"UKG", 1816, 1913, &reachUK1871},
	{"UKG", 1914, 1945, &reachUK1920},
	{"USA", 1946, 9999, &reachUSA},
	{"RUS", 1946, 9999, &reachRUS},
}

// reachAt is a state's global reach in a year (nil: its reach is d0's).
func reachAt(id string, year int) *fact {
	for _, g := range globalReach {
		if g.id == id && g.from <= year && year <= g.to {
			return g.reach
		}
	}
	return nil
}

// Islands: sheltered by the sea from short-reach land powers. Every
// sovereign state of the COW system whose territory lies on islands with
// no land border, so that an era added later finds its islands here
// (geography); Britain and Ireland, whose one border is in Ireland, are
// counted. States that share an island with a neighbour (Haiti and the
// Dominican Republic, Indonesia, Papua New Guinea, East Timor, Brunei)
// are not.
var islands = map[string]string{
	"UKG": "island: Great Britain (geography)",
	"IRE": "island: Ireland (geography)",
	"ICE": "island: Iceland (geography)",
	"JPN": "island: the Japanese archipelago (geography)",
	"AUL": "island continent (geography)",
	"NEW": "islands: New Zealand (geography)",
	"TAW": "island: Taiwan (geography)",
	"PHI": "archipelago: the Philippines (geography)",
	"SRI": "island: Sri Lanka (geography)",
	"SIN": "island: Singapore (geography)",
	"CYP": "island: Cyprus (geography)",
	"MLT": "islands: Malta (geography)",
	"BAH": "island: Bahrain (geography)",
	"MAD": "islands: the Maldives (geography)",
	"CUB": "island: Cuba (geography)",
	"JAM": "island: Jamaica (geography)",
	"TRI": "islands: Trinidad and Tobago (geography)",
	"BHM": "islands: the Bahamas (geography)",
	"BAR": "island: Barbados (geography)",
	"GRN": "island: Grenada (geography)",
	"SLU": "island: Saint Lucia (geography)",
	"SVG": "islands: Saint Vincent and the Grenadines (geography)",
	"AAB": "islands: Antigua and Barbuda (geography)",
	"SKN": "islands: Saint Kitts and Nevis (geography)",
	"DMA": "island: Dominica (geography)",
	"MAG": "island: Madagascar (geography)",
	"MAS": "island: Mauritius (geography)",
	"COM": "islands: the Comoros (geography)",
	"CAP": "islands: Cape Verde (geography)",
	"STP": "islands: São Tomé and Príncipe (geography)",
	"SEY": "islands: the Seychelles (geography)",
	"FIJ": "islands: Fiji (geography)",
	"SOL": "islands: the Solomon Islands (geography)",
	"VAN": "islands: Vanuatu (geography)",
	"WSM": "islands: Samoa (geography)",
	"TON": "islands: Tonga (geography)",
	"KIR": "islands: Kiribati (geography)",
	"TUV": "islands: Tuvalu (geography)",
	"NAU": "island: Nauru (geography)",
	"MSI": "islands: the Marshall Islands (geography)",
	"FSM": "islands: the Federated States of Micronesia (geography)",
	"PAL": "islands: Palau (geography)",
}

// commandSource: Soviet-type economies financed the state by plan, not by
// borrowing on markets (Kornai 1992, The Socialist System).
const commandSource = "Soviet-type central planning (Kornai 1992, The Socialist System)"
