package main

// natoEurope1990 are NATO's European members of 1 January 1990 but Iceland
// (no Polity score, no forces) and Turkey, built by an era's nation rule:
// the outside powers that NATO brings into middle-east-1990 (by its pact
// with Turkey) and americas-1990 (by its pact with the United States and
// Canada). West Germany is the state of 1 January 1990, Germany from
// October (westGermany, as in the Cold War).
func natoEurope1990(nation func(id, name, region, iso string) nationSpec) []nationSpec {
	return []nationSpec{
		nation("UKG", "United Kingdom", "europe", "GBR"),
		nation("FRN", "France", "europe", "FRA"),
		westGermany(nation("GFR", "West Germany (Germany from 3 October 1990)", "europe", "DEU")),
		nation("ITA", "Italy", "europe", "ITA"),
		nation("NTH", "Netherlands", "europe", "NLD"),
		nation("BEL", "Belgium", "europe", "BEL"),
		nation("LUX", "Luxembourg", "europe", "LUX"),
		nation("POR", "Portugal", "europe", "PRT"),
		nation("NOR", "Norway", "europe", "NOR"),
		nation("DEN", "Denmark", "europe", "DNK"),
		nation("GRC", "Greece", "europe", "GRC"),
		nation("SPN", "Spain", "europe", "ESP"),
	}
}
