package main

// Inputs that are not in the data files, each with its citation: camps,
// neutrality, reach, islands, command economies. MODEL.md section 5: they
// are inputs with a source, never tuned to produce an alliance outcome.

// Camps of the Cold War (MODEL.md section 1: an ideological alignment; a
// neutral state has none). Portugal and Spain were anticommunist autocracies
// (data README).
const (
	anti = "anticommunist"
	comm = "communist"
)

var campSources = map[string]string{
	"USA": "Truman Doctrine, address to Congress, 12 March 1947",
	"CAN": "Gouzenko affair and the Kellock–Taschereau Royal Commission report, 1946",
	"UKG": "Attlee–Bevin government: Marshall Plan (CEEC, July 1947); Information Research Department, 1948",
	"FRN": "Ramadier dismissed the communist ministers, 5 May 1947",
	"BEL": "the communist ministers left the government, March 1947; Marshall Plan (CEEC, July 1947)",
	"NTH": "Marshall Plan (CEEC, July 1947)",
	"LUX": "Marshall Plan (CEEC, July 1947)",
	"NOR": "Marshall Plan (CEEC, July 1947); Gerhardsen's Kråkerøy speech against the communists, 29 February 1948",
	"DEN": "Marshall Plan (CEEC, July 1947)",
	"ICE": "Marshall Plan (CEEC, July 1947); Keflavík Agreement with the United States, 1946",
	"ITA": "De Gasperi excluded the PCI from government, May 1947; election of 18 April 1948",
	"POR": "Salazar's Estado Novo, an anticommunist dictatorship (data README)",
	"GRC": "civil war against the communist Democratic Army (1946–1949); Truman Doctrine aid, 1947",
	"TUR": "Soviet demands on the Straits (1945–1946); Truman Doctrine aid, 1947",
	"GFR": "Adenauer's Westbindung; Basic Law of 23 May 1949",
	"SPN": "Franco's regime, anticommunist since the civil war of 1936–1939 (data README)",
	"JPN": "Yoshida governments and the 'Red Purge' of 1949–1950; peace treaty of San Francisco, 1951",
	"RUS": "CPSU one-party state; Zhdanov's 'two camps' report at the founding of the Cominform, September 1947",
	"POL": "founding member of the Cominform, September 1947",
	"CZE": "founding member of the Cominform, September 1947; withdrew from the Marshall Plan conference under Soviet pressure, July 1947",
	"HUN": "founding member of the Cominform, September 1947",
	"ROM": "founding member of the Cominform, September 1947",
	"BUL": "founding member of the Cominform, September 1947",
	"ALB": "Hoxha's communist regime since November 1944",
	"GDR": "SED one-party state, founded 7 October 1949",
	"CHN": "Chinese Communist Party; People's Republic proclaimed 1 October 1949",
	"YUG": "founding member of the Cominform, September 1947 (expelled 28 June 1948: see the camp event)",
}

// Neutrality: a declared policy, with its source. Non-alignment is not
// neutrality (India: Nehru, address to the US Congress, 13 October 1949:
// "where freedom is menaced or justice threatened … we cannot and shall not
// be neutral"; the Indo-Soviet Treaty of 1971).
var neutralSources = map[string]string{
	"SWD": "policy of non-participation in alliances in peace aiming at neutrality in war (Undén); stayed out of NATO in 1949 after the failed Scandinavian defence union talks",
	"SWZ": "permanent neutrality recognised by the Powers in the Act of Paris, 20 November 1815; Federal Constitution",
	"FIN": "Paasikivi line of neutrality; the 1948 Treaty of Friendship records Finland's wish to stay outside great-power conflicts",
	"AUS": "Federal Constitutional Law on the Neutrality of Austria, 26 October 1955",
	"IRE": "neutral in the Second World War; declined NATO in 1949 over partition (aide-mémoire of 8 February 1949)",
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
)

// Islands: sheltered by the sea from short-reach land powers.
var islands = map[string]string{
	"UKG": "island: Great Britain (geography)",
	"IRE": "island: Ireland (geography)",
	"ICE": "island: Iceland (geography)",
	"JPN": "island: the Japanese archipelago (geography)",
	"AUL": "island continent (geography)",
}

// commandSource: Soviet-type economies financed the state by plan, not by
// borrowing on markets (Kornai 1992, The Socialist System).
const commandSource = "Soviet-type central planning (Kornai 1992, The Socialist System)"
