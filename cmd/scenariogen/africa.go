package main

// Africa from 1960 to 1990: the independent states of the continent that
// the data cover in those years, and the outside powers that fought or
// were allied there. An era out of sample, built by the post-1945 template
// of the Middle East, Asia and the Americas (middleeast.go, postwar1950):
// nothing in the model was fitted on it, and validation judges it only by
// the era-independent targets (validate/generic.go). Its rivalries and the
// pacts in force on 1 January 1960 come from the data (tss.go, atop.go):
// Britain's treaties with Libya (ATOP 3235, 1953) and South Africa (3290,
// the Simonstown agreements of 1955) and the Tunisian–Libyan treaty of 1957
// (3325). Its events are the interstate wars among its states
// (africa_events.go), the entries of the states that became independent
// and the regime changes of Polity. No threat shock, détente or doctrine,
// and no alliance after 1 January 1960 is scripted. The outside powers
// bring their own pacts of the start: the United Kingdom's and France's
// (NATO, ATOP 3180; the Brussels treaty, 3130; the Manila Pact, SEATO, 3260)
// as the Americas' European allies do; France's treaties with
// its former colonies (1960–1978), the Conseil de l'Entente's and the West
// African pacts, the OAU's states' bilateral treaties and the Soviet and
// Cuban alignments must emerge.
//
// The states of the region are the African states that are COW system
// members in 1960–1990 and have Maddison GDP, NMC military spending above
// nil and a Polity2 score for most of their years in the era (the template
// reads the regime from Polity and the start share from NMC or SIPRI). The
// region is the continent west and south of Egypt: COW's states 400–599
// and the states of North Africa COW numbers before Egypt (Morocco 600,
// Algeria 615, Tunisia 616, Libya 620, Sudan 625). Egypt (651) is left to
// the Middle East's era: its wars of 1960–1990 were with Israel, and its
// pacts of 1 January 1960 (the Arab League's treaty of 1950, ATOP 3205, and
// its bilateral treaties) were with Syria, Lebanon, Saudi Arabia, North
// Yemen, Iraq and Jordan, so that with Egypt in the region the outside
// powers' rule below would bring in Israel and these six states, and the
// era would be the Middle East's again. (No state of the region here was a
// member of 3205 on 1 January 1960: Morocco joined in 1961, Algeria,
// Tunisia, Libya and Sudan in 1964.) Left out:
//   - Somalia (1960): Maddison has no GDP, nor population, for any year of
//     it. Its wars with Ethiopia (COW's Second Ogaden War, 1977–78, with
//     Cuba beside Ethiopia) and its rivalries with Ethiopia and Kenya are
//     therefore not in the era;
//   - São Tomé and Príncipe (1975) and the Seychelles (1976): Polity IV
//     has no score for any of their years (it codes some states of under
//     500,000 people, Djibouti, Cape Verde and the Comoros, not these);
//     Zanzibar (1963–64, merged into Tanzania) neither, and NMC's spending
//     is nil in both its years;
//   - the Gambia (1965), Lesotho (1966), Equatorial Guinea (1968), Cape
//     Verde (1975) and the Comoros (1975): NMC's spending is nil or missing
//     in most of their years in the era (the Gambia: above nil in 6 of 26;
//     Lesotho 12 of 25, nil from 1966 to 1977; Equatorial Guinea 11 of 23;
//     Cape Verde 6 of 16; the Comoros 5 of 16).
// Botswana (nil from 1966 to 1976, the Botswana Defence Force was raised
// in 1977; above nil in 14 of its 25 years) and Swaziland (nil from 1968 to
// 1973; 17 of 23) are in: their start shares are NMC's nil of their first
// years, as the data give them.
//
// Algeria's Maddison series begins in 1970: its GDP is Maddison's GDP per
// head times the COW population (the rule of the eras of Europe, as for
// Kuwait in the Middle East), the 1970 value carried back 8 years to its
// entry in 1962, within the rule's 15 (interpolate.go); its trend growth is
// from 1970. Carried flat and then grown at the trend of 1970–1989, its GDP
// in the run stands about a sixth above Maddison's in 1970 and a fifth in
// 1990 (as Kuwait's and Qatar's in the Middle East stand off theirs): the
// rule has no better figure for years without one. Angola's begins in 1975, its first year. Rhodesia (Zimbabwe
// from 1980) is one state, COW's 552 from its declaration of independence
// of 1965; Polity codes it from 1970, so its regime is the 1970 score (the
// template's first year coded).
//
// The outside powers are the states outside the region that fought a COW
// interstate war against one of its states in 1960–1990, or held an ATOP
// defence pact with one in force at the era's start:
//   - the United Kingdom: its treaties with Libya (ATOP 3235) and South
//     Africa (3290), in force on 1 January 1960;
//   - Cuba: COW's War over Angola (1975–76), beside Angola against South
//     Africa and Zaire;
//   - France: its treaties with Madagascar (ATOP 3390), the Central African
//     Republic, Chad and Congo (3395), Gabon (3410) and the Mali Federation
//     (3385), each from its partner's independence in June–August 1960.
//     This reads the rule's "at the era's start" as the era's first year,
//     1960, not 1 January: fifteen of the region's states became
//     independent in 1960, after 1 January, and the rule read on 1 January
//     would leave out the one outside power allied with them from their
//     first day. The reading adds France alone (Britain is in on 1 January;
//     its treaty with Nigeria, ATOP 3423, is of November 1960). France's
//     pacts are not written at the start (atop.go's rule is 1 January):
//     they must emerge.
// The United States and the Soviet Union are not in: neither fought a COW
// interstate war against a state of the region in 1960–1990, and ATOP
// records no defence or offence pact of either with a state of the region
// in any year of 1960–1990 (the Soviet treaties of friendship with Angola,
// 1976, Mozambique, 1977, and Ethiopia, 1978, are not among them).
// Their rivalry is then not in the era; neither is the reach of their
// bases.
//
// Cuba is not marked a command economy, as in the Americas' era: it became
// one from 1961 (Kornai 1992) and the template's mark has no date. None of
// the region's states is marked either: the Marxist-Leninist regimes of
// Angola and Mozambique (1977), Ethiopia (1974–), Congo (1969) and Benin
// (1974) were not so in their first year in the era, the template's test.
//
// Debts: the United Kingdom and France have orders of magnitude from the
// IMF HPDD around 1960 (debt1960); every other state, Cuba included, the
// low stand-in below b_safe (the database file is not among the project's
// data), as in the other eras of 1950–1990.

const (
	afStart = 1960
	afEnd   = 1990
)

// nation1960 is a state of Africa 1960–1990 by the post-1945 template
// (postwarNation): its trend growth is from the era's start (or its
// entry) to 1989, as the template's 1950–1989 is from its eras' start.
func nation1960(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, afStart, afEnd, debt1960)
}

// entering1960 sets the year a state of Africa 1960–1990 enters the
// system, and why (enteringPostwar).
func entering1960(s nationSpec, year, from int, why string) nationSpec {
	return enteringPostwar(s, year, from, why, debt1960)
}

// debt1960 holds gross public debt over GDP around 1960 for the outside
// powers the database covers, as orders of magnitude (IMF HPDD), as the
// other eras' tables: to be checked against the database (not among the
// project's data) before use as a target.
var debt1960 = map[string]float64{"UKG": 1.1, "FRN": 0.3}

// in1960 is a state that became independent in 1960 after 1 January: it
// enters by an event of its month (africa_events.go).
func in1960(id, name, iso, why string) nationSpec {
	return entering1960(nation1960(id, name, "africa", iso), 1960, 1960, why)
}

func africaSpecs() []nationSpec {
	alg := nation1960("ALG", "Algeria", "africa", "DZA")
	alg.series[0].perHead = []string{"DZA"}
	alg = entering1960(alg, 1962, 1970, "independence from France, 3 July 1962 (COW system member from 1962); "+
		"GDP per head: Maddison's 1970 value carried back to 1962 (interpolate.go's 15 years)")
	specs := []nationSpec{
		// In the system on 1 January 1960.
		nation1960("ETH", "Ethiopia", "africa", "ETH"),
		nation1960("LBR", "Liberia", "africa", "LBR"),
		nation1960("SAF", "South Africa", "africa", "ZAF"),
		nation1960("GHA", "Ghana", "africa", "GHA"),
		nation1960("GUI", "Guinea", "africa", "GIN"),
		nation1960("MOR", "Morocco", "africa", "MAR"),
		nation1960("TUN", "Tunisia", "africa", "TUN"),
		nation1960("LIB", "Libya", "africa", "LBY"),
		nation1960("SUD", "Sudan", "africa", "SDN"),
		nation1960("CAO", "Cameroon", "africa", "CMR"), // independent on 1 January 1960
		// Independent in 1960.
		in1960("TOG", "Togo", "TGO", "independence from France, 27 April 1960 (COW system member from 1960)"),
		in1960("MAG", "Madagascar", "MDG", "independence from France, 26 June 1960 (COW system member from 1960)"),
		in1960("DRC", "Democratic Republic of the Congo (Zaire 1971–1997)", "COD",
			"independence from Belgium, 30 June 1960 (COW system member from 1960)"),
		in1960("BEN", "Benin (Dahomey to 1975)", "BEN", "independence from France, 1 August 1960 (COW system member from 1960)"),
		in1960("NIR", "Niger", "NER", "independence from France, 3 August 1960 (COW system member from 1960)"),
		in1960("BFO", "Burkina Faso (Upper Volta to 1984)", "BFA",
			"independence from France, 5 August 1960 (COW system member from 1960)"),
		in1960("CDI", "Côte d'Ivoire", "CIV", "independence from France, 7 August 1960 (COW system member from 1960)"),
		in1960("CHA", "Chad", "TCD", "independence from France, 11 August 1960 (COW system member from 1960)"),
		in1960("CEN", "Central African Republic", "CAF", "independence from France, 13 August 1960 (COW system member from 1960)"),
		in1960("CON", "Congo (Brazzaville)", "COG", "independence from France, 15 August 1960 (COW system member from 1960)"),
		in1960("GAB", "Gabon", "GAB", "independence from France, 17 August 1960 (COW system member from 1960)"),
		in1960("SEN", "Senegal", "SEN", "secession from the Mali Federation, 20 August 1960 (COW system member from 1960)"),
		in1960("MLI", "Mali", "MLI", "independence of the Republic of Mali, 22 September 1960 (COW system member from 1960)"),
		in1960("NIG", "Nigeria", "NGA", "independence from Britain, 1 October 1960 (COW system member from 1960)"),
		in1960("MAA", "Mauritania", "MRT", "independence from France, 28 November 1960 (COW system member from 1960)"),
		// Independent after 1960.
		entering1960(nation1960("SIE", "Sierra Leone", "africa", "SLE"), 1961, 1961,
			"independence from Britain, 27 April 1961 (COW system member from 1961)"),
		entering1960(nation1960("TAZ", "Tanzania (Tanganyika to 1964)", "africa", "TZA"), 1961, 1961,
			"independence of Tanganyika from Britain, 9 December 1961 (COW system member from 1961); union with Zanzibar, 26 April 1964"),
		entering1960(nation1960("BUI", "Burundi", "africa", "BDI"), 1962, 1962,
			"independence from Belgium, 1 July 1962 (COW system member from 1962)"),
		entering1960(nation1960("RWA", "Rwanda", "africa", "RWA"), 1962, 1962,
			"independence from Belgium, 1 July 1962 (COW system member from 1962)"),
		alg,
		entering1960(nation1960("UGA", "Uganda", "africa", "UGA"), 1962, 1962,
			"independence from Britain, 9 October 1962 (COW system member from 1962)"),
		entering1960(nation1960("KEN", "Kenya", "africa", "KEN"), 1963, 1963,
			"independence from Britain, 12 December 1963 (COW system member from 1963)"),
		entering1960(nation1960("MAW", "Malawi", "africa", "MWI"), 1964, 1964,
			"independence from Britain, 6 July 1964 (COW system member from 1964)"),
		entering1960(nation1960("ZAM", "Zambia", "africa", "ZMB"), 1964, 1964,
			"independence from Britain, 24 October 1964 (COW system member from 1964)"),
		entering1960(nation1960("ZIM", "Rhodesia (Zimbabwe from 1980)", "africa", "ZWE"), 1965, 1965,
			"the unilateral declaration of independence, 11 November 1965 (COW system member from 1965); Zimbabwe from 18 April 1980"),
		entering1960(nation1960("BOT", "Botswana", "africa", "BWA"), 1966, 1966,
			"independence from Britain, 30 September 1966 (COW system member from 1966)"),
		entering1960(nation1960("MAS", "Mauritius", "africa", "MUS"), 1968, 1968,
			"independence from Britain, 12 March 1968 (COW system member from 1968)"),
		entering1960(nation1960("SWA", "Swaziland", "africa", "SWZ"), 1968, 1968,
			"independence from Britain, 6 September 1968 (COW system member from 1968)"),
		entering1960(nation1960("GNB", "Guinea-Bissau", "africa", "GNB"), 1974, 1974,
			"Portugal's recognition of its independence, 10 September 1974 (COW system member from 1974)"),
		entering1960(nation1960("MZM", "Mozambique", "africa", "MOZ"), 1975, 1975,
			"independence from Portugal, 25 June 1975 (COW system member from 1975)"),
		entering1960(nation1960("ANG", "Angola", "africa", "AGO"), 1975, 1975,
			"independence from Portugal, 11 November 1975 (COW system member from 1975); Maddison's GDP begins in 1975"),
		entering1960(nation1960("DJI", "Djibouti", "africa", "DJI"), 1977, 1977,
			"independence from France, 27 June 1977 (COW system member from 1977)"),
		entering1960(nation1960("NAM", "Namibia", "africa", "NAM"), 1990, 1990,
			"independence from South Africa, 21 March 1990 (COW system member from 1990)"),
		// The outside powers (above).
		nation1960("UKG", "United Kingdom", "europe", "GBR"),
		nation1960("FRN", "France", "europe", "FRA"),
		nation1960("CUB", "Cuba", "americas", "CUB"),
	}
	return withCapitals(specs, afCapitals)
}

// afCapitals are the seats of government of the era's states that
// places.go does not hold, at the era's start or the state's entry
// (GeoNames, rounded to 0.01°).
var afCapitals = map[string]place{
	"ETH": {"Addis Ababa", 9.02, 38.75},
	"LBR": {"Monrovia", 6.30, -10.80},
	"SAF": {"Pretoria (the seat of government; Cape Town the seat of parliament)", -25.74, 28.19},
	"GHA": {"Accra", 5.56, -0.20},
	"GUI": {"Conakry", 9.54, -13.68},
	"MOR": {"Rabat", 34.01, -6.83},
	"TUN": {"Tunis", 36.82, 10.17},
	"LIB": {"Tripoli (capital with Benghazi to 1963)", 32.89, 13.18},
	"SUD": {"Khartoum", 15.55, 32.53},
	"CAO": {"Yaoundé", 3.87, 11.52},
	"TOG": {"Lomé", 6.13, 1.22},
	"MAG": {"Antananarivo (Tananarive)", -18.91, 47.54},
	"DRC": {"Kinshasa (Léopoldville to 1966)", -4.33, 15.31},
	"BEN": {"Cotonou (the seat of government; Porto-Novo the official capital)", 6.37, 2.42},
	"NIR": {"Niamey", 13.51, 2.11},
	"BFO": {"Ouagadougou", 12.37, -1.53},
	"CDI": {"Abidjan (the capital to 1983, the seat of government after; Yamoussoukro the official capital from 1983)", 5.35, -4.00},
	"CHA": {"N'Djamena (Fort-Lamy to 1973)", 12.11, 15.04},
	"CEN": {"Bangui", 4.36, 18.55},
	"CON": {"Brazzaville", -4.27, 15.28},
	"GAB": {"Libreville", 0.39, 9.45},
	"SEN": {"Dakar", 14.69, -17.44},
	"MLI": {"Bamako", 12.65, -8.00},
	"NIG": {"Lagos (the capital to 1991; Abuja after)", 6.45, 3.39},
	"MAA": {"Nouakchott", 18.09, -15.98},
	"SIE": {"Freetown", 8.49, -13.23},
	"TAZ": {"Dar es Salaam", -6.82, 39.27},
	"BUI": {"Bujumbura", -3.38, 29.36},
	"RWA": {"Kigali", -1.95, 30.06},
	"ALG": {"Algiers", 36.75, 3.04},
	"UGA": {"Kampala", 0.32, 32.58},
	"KEN": {"Nairobi", -1.28, 36.82},
	"MAW": {"Zomba (the capital to 1975; Lilongwe after)", -15.39, 35.32},
	"ZAM": {"Lusaka", -15.41, 28.29},
	"ZIM": {"Salisbury (Harare from 1982)", -17.83, 31.05},
	"BOT": {"Gaborone", -24.65, 25.91},
	"MAS": {"Port Louis", -20.16, 57.50},
	"SWA": {"Mbabane", -26.32, 31.13},
	"GNB": {"Bissau", 11.86, -15.60},
	"MZM": {"Maputo (Lourenço Marques to 1976)", -25.97, 32.59},
	"ANG": {"Luanda", -8.84, 13.23},
	"DJI": {"Djibouti", 11.59, 43.15},
	"NAM": {"Windhoek", -22.56, 17.08},
}

// africa builds the era by the template of 1950–1990 (middleeast.go).
func africa(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "africa-1960", span: "Africa, 1960–1990",
		title: "Africa from data, 1960–1990: an era the model was not fitted on",
		description: `
Forty-six states from 1960 to 1990: the forty-three independent states of
Africa west and south of Egypt that the data cover (ten in the system on
1 January 1960, fifteen independent later that year, eighteen from 1961 to
1990), and three outside powers, the United Kingdom (its treaties with
Libya and South Africa), France (its treaties with its former colonies
from 1960) and Cuba (the war over Angola). Economies, defence budgets,
military stocks and regimes come from historical data; so do the
strategic rivalries of the period, with their years, and the defence
pacts in force on 1 January 1960. The interstate wars among these states
(the war over Angola of 1975-76, Uganda and Libya against Tanzania in
1978-79, Chad against Libya over the Aouzou Strip in 1986-87) are
events, and so are the wars its states fought against states it does not
model (from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether France's former colonies
ally with it (history: its defence treaties of 1960-1978), whether the
front-line states ally against South Africa and Rhodesia, and what the
budgets of the states at war do.
`,
		start: afStart, end: afEnd, specs: africaSpecs(), events: africaEvents(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go); SIPRI's shares begin",
			"in the 1960s or later for most of these states, so many start shares are NMC-based; NMC's spending is",
			"nil in the first year of several states of 1960 and in Botswana's and Swaziland's first years.",
			"GDP: Maddison rgdpnapc × pop; Algeria's is Maddison's GDP per head times the COW population (its",
			"series begins in 1970, carried back to 1962).",
		},
	})
}
