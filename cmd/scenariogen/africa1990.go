package main

// Africa from 1990 to 2014: the independent states of the continent that
// the data cover in those years, and the outside power allied there. An
// era out of sample, built by the post-1945 template of asia-1990
// (asia1990.go, middleeast.go's postwarNation) over the region of
// africa-1960 (africa.go): nothing in the model was fitted on it, and
// validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1990 come from the data (tss.go, atop.go). Its events are the interstate
// wars among its states (africa1990_events.go), the entries of Namibia
// (1990) and Eritrea (1993) and the regime changes of Polity. No threat
// shock, détente or doctrine, and no alliance after 1 January 1990 is
// scripted.
//
// The region is africa-1960's: the continent west and south of Egypt,
// COW's states 400–599 and those of North Africa COW numbers before Egypt
// (Morocco 600, Algeria 615, Tunisia 616, Libya 620, Sudan 625, South
// Sudan 626). Its states are the COW system members of 1990–2014 with
// Maddison GDP, a defence share (SIPRI, or NMC's spending over Maddison's
// GDP) and a Polity2 score for most of their years in the era (the
// template's reading, asia1990.go; the project's Polity file ends in 2012,
// so 23 of 25 years is every state's most). To africa-1960's forty-three
// states of the region the data of 1990–2014 add the Gambia, Lesotho,
// Equatorial Guinea and Cape Verde (left out of africa-1960 for NMC's nil
// or missing spending: above nil here in 18, 25, 17 and 24 of 25 years,
// and SIPRI covers the Gambia from 1990, Lesotho from 1990, Cape Verde from
// 1992) and Eritrea (1993, below). Equatorial Guinea's NMC spending is nil
// or missing in 1990–1993 and SIPRI's begins in 1994: its start share is
// NMC's figures of its first years, as the data give them. Left out:
//   - Somalia: Maddison has no GDP, nor population, for any year of it (as
//     in africa-1960; besides, NMC's spending is above nil in 9 of 25
//     years). Its rivalries with Ethiopia and Kenya are not in the era;
//   - South Sudan (2011): Maddison has no GDP for any year of it, and
//     Polity codes two of its four years in the data (2011–2012). Sudan
//     stays one state through the secession of 9 July 2011: its GDP is
//     Maddison's Sudan (SDN) throughout;
//   - São Tomé and Príncipe and the Seychelles: Polity IV has no score for
//     any of their years (and NMC's spending is above nil for São Tomé in 2
//     of 25 years); the Comoros: NMC's spending is nil or missing in every
//     year of the era, and SIPRI has no series for it.
//
// Eritrea (COW system member from 24 May 1993) has no series in Maddison.
// Without it the Badme Border War (1998–2000), the one COW interstate war
// of the era between two states of the region, would be Ethiopia's war
// against a state outside the era (outside.go), as the Ogaden war is in
// africa-1960. It is kept by a stand-in, a judgement: its GDP is
// Maddison's Ethiopia's GDP per head times Eritrea's COW population (the
// rule of the eras of Europe and of the two Yemens and Vietnams, with
// Ethiopia's series standing for the territory Eritrea was part of to
// 1993). Eritrea's GDP per head was about that of Ethiopia's in these years
// (the World Bank's GNI per head of the 1990s, at exchange rates, puts it
// somewhat above); the stand-in's level sets Eritrea's GDP and budget, not
// its shares of 1993–2003, which are SIPRI's (12 to 34 % of GDP). NMC's
// Eritrean population moves by more than the territory rule's 0.1 in log
// twice (3.85 million in 2001 to 4.28 in 2002, 6.13 in 2012 to 4.65 in
// 2013): revisions of COW's estimates, not of borders, which the rule reads
// as steps (territory.go), as Uruguay's of 1903 in americas-1870.
//
// Ethiopia has a Polity2 score in the project's file (Polity IV as merged
// with NMC) for 1990–1993 only: Polity IV codes Ethiopia from 1993 under
// another code (529), which the merge with NMC's 530 drops. Its regime is
// the 1990 score and the change of 1991, with no change after 1993 (Polity
// codes it at 1 in 1995–2004 and −3 in 2005–2012). It is kept: its GDP and
// shares are in the data for every year, and it is one side of the era's
// war.
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1990–2014, or
// held an ATOP defence pact with one on 1 January 1990 (the rule of the
// Americas, Africa and Asia, americas.go, africa.go, asia1990.go). No state
// outside the region fought a COW war in it (COW's one war in Africa of
// these years, Badme, is Ethiopia's and Eritrea's), so the outside powers
// are the pacts':
//   - France: its treaties with the Central African Republic (ATOP 3395),
//     Gabon (3410), Senegal (3730) and Djibouti (3790, France alone obliged
//     to defend), in force on 1 January 1990 (and the Comoros, 3830, not in
//     the era).
// The Arab League's treaty of joint defence of 1950 (ATOP 3205) holds, on
// 1 January 1990, Morocco, Algeria, Tunisia, Libya, Sudan, Djibouti and
// Somalia of the region, and Egypt, Iraq, Syria, Lebanon, Jordan, Saudi
// Arabia, the two Yemens, Kuwait, Bahrain, Qatar, the United Arab Emirates
// and Oman outside it. By the rule these thirteen would be outside powers;
// they are left out. With them the era would be the Middle East's again,
// the reason africa-1960 leaves Egypt to the Middle East's era (africa.go):
// Iraq's invasion of Kuwait (1990–91) and the Gulf War's coalition would
// be wars among the era's states, and the two Yemens merge on 22 May 1990;
// the United Arab Emirates, besides, has no Maddison GDP before 1993 (the
// Middle East's era leaves it out). The treaty itself is in the era, among
// its six members here (atop.go). The United States, the United Kingdom
// and Russia are not in: none fought a COW war in the region or held an
// ATOP defence pact with a state of it on 1 January 1990.
//
// Command economies: by asia-1950's and asia-1990's test (communist in the
// first year in the era), Ethiopia (the Workers' Party of Ethiopia's
// People's Democratic Republic, to May 1991), Angola (the MPLA–Labour
// Party's People's Republic, which renounced Marxism–Leninism in 1990–91)
// and Congo (the Congolese Party of Labour's People's Republic, which
// renounced it in July 1990). The mark has no date: their markets from
// 1991 are not represented. Mozambique's Frelimo (July 1989) and Benin's
// Party of the People's Revolution (December 1989) had renounced
// Marxism–Leninism before 1990; they are not marked.
//
// Debts: France has an order of magnitude from the IMF HPDD around 1990
// (debtAf1990); every other state the low stand-in below b_safe (the
// database file is not among the project's data), as in africa-1960.
//
// No neutral: the template marks none.

const (
	af90Start = 1990
	af90End   = 2014
)

// nationAf1990 is a state of Africa 1990–2014 by the post-1945 template
// (postwarNation): its trend growth from 1990 (or its entry) to 2013, the
// year before the era's end.
func nationAf1990(id, name, region, iso string) nationSpec {
	return postwarNation(id, name, region, iso, af90Start, af90End, debtAf1990)
}

// enteringAf1990 sets the year a state of Africa 1990–2014 enters the
// system, and why (enteringPostwar).
func enteringAf1990(s nationSpec, year, from int, why string) nationSpec {
	return enteringPostwar(s, year, from, why, debtAf1990)
}

// debtAf1990 holds gross public debt over GDP around 1990 for the outside
// power the database covers, as an order of magnitude (IMF HPDD), as the
// other eras' tables: to be checked against the database (not among the
// project's data) before use as a target.
var debtAf1990 = map[string]float64{"FRN": 0.4}

func africa1990Specs() []nationSpec {
	eri := nationAf1990("ERI", "Eritrea", "africa", "ETH")
	eri.series = series{{from: 0, to: 9999, gdp: "ETH", perHead: []string{"ETH"}, sipri: "ERI", nmc: "ERI",
		standIns: []standIn{{code: "ETH", years: everyYear, why: "Eritrea's GDP per head: Maddison has no Eritrea; " +
			"Ethiopia's GDP per head stands for it (Eritrea was part of Ethiopia to 1993), times Eritrea's COW population"}}}}
	eri = enteringAf1990(eri, 1993, 1993, "independence from Ethiopia after the referendum of April 1993, 24 May 1993 "+
		"(COW system member from 1993); GDP a stand-in, a judgement: Maddison has no Eritrea, so its GDP is "+
		"Maddison's Ethiopia's GDP per head times Eritrea's COW population (africa1990.go)")
	specs := []nationSpec{
		planned(nationAf1990("ETH", "Ethiopia", "africa", "ETH")),
		nationAf1990("LBR", "Liberia", "africa", "LBR"),
		nationAf1990("SAF", "South Africa", "africa", "ZAF"),
		nationAf1990("GHA", "Ghana", "africa", "GHA"),
		nationAf1990("GUI", "Guinea", "africa", "GIN"),
		nationAf1990("MOR", "Morocco", "africa", "MAR"),
		nationAf1990("TUN", "Tunisia", "africa", "TUN"),
		nationAf1990("LIB", "Libya", "africa", "LBY"),
		nationAf1990("SUD", "Sudan", "africa", "SDN"),
		nationAf1990("CAO", "Cameroon", "africa", "CMR"),
		nationAf1990("TOG", "Togo", "africa", "TGO"),
		nationAf1990("MAG", "Madagascar", "africa", "MDG"),
		nationAf1990("DRC", "Democratic Republic of the Congo (Zaire to 1997)", "africa", "COD"),
		nationAf1990("BEN", "Benin", "africa", "BEN"),
		nationAf1990("NIR", "Niger", "africa", "NER"),
		nationAf1990("BFO", "Burkina Faso", "africa", "BFA"),
		nationAf1990("CDI", "Côte d'Ivoire", "africa", "CIV"),
		nationAf1990("CHA", "Chad", "africa", "TCD"),
		nationAf1990("CEN", "Central African Republic", "africa", "CAF"),
		planned(nationAf1990("CON", "Congo (Brazzaville)", "africa", "COG")),
		nationAf1990("GAB", "Gabon", "africa", "GAB"),
		nationAf1990("SEN", "Senegal", "africa", "SEN"),
		nationAf1990("MLI", "Mali", "africa", "MLI"),
		nationAf1990("NIG", "Nigeria", "africa", "NGA"),
		nationAf1990("MAA", "Mauritania", "africa", "MRT"),
		nationAf1990("SIE", "Sierra Leone", "africa", "SLE"),
		nationAf1990("TAZ", "Tanzania", "africa", "TZA"),
		nationAf1990("BUI", "Burundi", "africa", "BDI"),
		nationAf1990("RWA", "Rwanda", "africa", "RWA"),
		nationAf1990("ALG", "Algeria", "africa", "DZA"),
		nationAf1990("UGA", "Uganda", "africa", "UGA"),
		nationAf1990("KEN", "Kenya", "africa", "KEN"),
		nationAf1990("MAW", "Malawi", "africa", "MWI"),
		nationAf1990("ZAM", "Zambia", "africa", "ZMB"),
		nationAf1990("ZIM", "Zimbabwe", "africa", "ZWE"),
		nationAf1990("BOT", "Botswana", "africa", "BWA"),
		nationAf1990("MAS", "Mauritius", "africa", "MUS"),
		nationAf1990("SWA", "Swaziland", "africa", "SWZ"),
		nationAf1990("GNB", "Guinea-Bissau", "africa", "GNB"),
		nationAf1990("MZM", "Mozambique", "africa", "MOZ"),
		planned(nationAf1990("ANG", "Angola", "africa", "AGO")),
		nationAf1990("DJI", "Djibouti", "africa", "DJI"),
		nationAf1990("GAM", "Gambia", "africa", "GMB"),
		nationAf1990("LES", "Lesotho", "africa", "LSO"),
		nationAf1990("EQG", "Equatorial Guinea", "africa", "GNQ"),
		nationAf1990("CAP", "Cape Verde", "africa", "CPV"),
		// Entering after 1 January 1990.
		enteringAf1990(nationAf1990("NAM", "Namibia", "africa", "NAM"), 1990, 1990,
			"independence from South Africa, 21 March 1990 (COW system member from 1990)"),
		eri,
		// The outside power (above).
		nationAf1990("FRN", "France", "europe", "FRA"),
	}
	return withCapitals(withCapitals(specs, afCapitals), af90Capitals)
}

// af90Capitals are the seats of government of the era's states as of 1990
// where they differ from africa-1960's (afCapitals: a capital moved, or
// its name's history since 1960 is not 1990's to tell) and of the states
// africa-1960 does not have (GeoNames, rounded to 0.01°).
var af90Capitals = map[string]place{
	"LIB": {"Tripoli", 32.89, 13.18},
	"MAG": {"Antananarivo", -18.91, 47.54},
	"DRC": {"Kinshasa", -4.33, 15.31},
	"CDI": {"Abidjan (the seat of government; Yamoussoukro the official capital)", 5.35, -4.00},
	"CHA": {"N'Djamena", 12.11, 15.04},
	"NIG": {"Lagos (the capital to December 1991; Abuja after)", 6.45, 3.39},
	"TAZ": {"Dar es Salaam (the seat of government; Dodoma the official capital from 1996)", -6.82, 39.27},
	"MAW": {"Lilongwe", -13.97, 33.79},
	"ZIM": {"Harare", -17.83, 31.05},
	"MZM": {"Maputo", -25.97, 32.59},
	"GAM": {"Banjul", 13.45, -16.58},
	"LES": {"Maseru", -29.32, 27.48},
	"EQG": {"Malabo", 3.75, 8.78},
	"CAP": {"Praia", 14.93, -23.51},
	"ERI": {"Asmara", 15.34, 38.93},
}

// africa1990 builds the era by the post-1945 template (middleeast.go).
func africa1990(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "africa-1990", span: "Africa, 1990–2014",
		title: "Africa from data, 1990–2014: an era the model was not fitted on",
		description: `
Forty-nine states from 1990 to 2014: the forty-eight independent states of
Africa west and south of Egypt that the data cover (forty-six in the
system on 1 January 1990, Namibia from March 1990 and Eritrea from May
1993), and one outside power, France (its treaties with the Central
African Republic, Gabon, Senegal and Djibouti). Economies, defence budgets,
military stocks and regimes come from historical data (Eritrea's GDP is a
stand-in: Ethiopia's GDP per head times its population); so do the
strategic rivalries of the period, with their years, and the defence
pacts in force on 1 January 1990. The one interstate war among these
states in COW's data, Eritrea against Ethiopia over Badme (1998-2000), is
an event, and so are the wars its states fought against states it does
not model (from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether France's treaties and the
West African and Arab League pacts hold (history: they did), whether new
pacts form where history has few (the SADC's defence pact of 2003), and
what the budgets of Ethiopia, Eritrea, Angola and the states of the Great
Lakes do.
`,
		start: af90Start, end: af90End, specs: africa1990Specs(), events: africa1990Events(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year), skipping the years of a war under way in a state's first year (fought.go); SIPRI's shares cover",
			"most of these states from 1990 (not all: NMC's stand in where SIPRI has none).",
			"GDP: Maddison rgdpnapc × pop; Eritrea's is a stand-in, a judgement: Maddison's Ethiopia's GDP per head",
			"times Eritrea's COW population (Maddison has no Eritrea).",
		},
	})
}
