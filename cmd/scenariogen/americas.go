package main

// The Americas from 1950 to 1990: the independent states of North, Central
// and South America and the Caribbean that the data cover in those years,
// and the outside powers that fought or were allied there. An era out of
// sample, built by the post-1945 template of East and South Asia (asia.go)
// and the Middle East (middleeast.go): nothing in the model was fitted on
// it, and validation judges it only by the era-independent targets
// (validate/generic.go). Its rivalries and the pacts in force on 1 January
// 1950 come from the data (tss.go, atop.go): the Rio Treaty of 1947 (ATOP
// 3075), the Charter of the Organization of American States of 1948
// (3150) and NATO (3180). Its events are the interstate wars among its
// states (americas_events.go), the entries of the states that became
// independent and the regime changes of Polity. No threat shock, détente
// or doctrine, and no alliance after 1950 is scripted.
//
// The states of the region are the COW system members of 1950–1990 with
// Maddison GDP, NMC military spending and a Polity2 score (the template
// reads the regime from Polity) for most of their years. Left out:
//   - Guyana (1966), the Bahamas (1973), Grenada (1974), Suriname (1975),
//     Saint Vincent and the Grenadines (1979), Antigua and Barbuda (1981),
//     Belize (1981) and Saint Kitts and Nevis (1983): Maddison has no GDP
//     for any year of them;
//   - Barbados (1966), Dominica (1978) and Saint Lucia (1979): Polity IV
//     codes no state of under 500,000 people, so none of their years has a
//     regime score (NMC's spending is nil for Saint Lucia in every year and
//     for Barbados in 1966–1970, missing or nil for Dominica after 1979).
//
// Nicaragua's NMC spending begins in 1957 and Panama's in 1960: their start
// shares are the medians of their first three figures, within the
// template's ten years (values.go).
//
// The outside powers are the states outside the region that fought a COW
// interstate war in the region against one of its states in 1950–1990, or
// held an ATOP defence pact with one on 1 January 1950:
//   - the United Kingdom: the Falklands War with Argentina (1982), and
//     NATO with the United States and Canada;
//   - France, the Netherlands, Belgium, Luxembourg, Portugal, Italy, Norway
//     and Denmark: NATO (ATOP 3180, signed 4 April 1949) with the United
//     States and Canada. Iceland, also a founder, is left out: Polity does
//     not code it and NMC's spending is nil in every year (it has no armed
//     forces).
// The wars the region's states fought outside it do not bring their
// enemies in, as Turkey's war in Korea did not bring China into the
// Middle East's era: the United States, Canada and Colombia in Korea
// (China, North Korea), the United States in Vietnam (North Vietnam), Cuba
// in Angola (South Africa, Zaire) and in the Ogaden (Somalia). The Soviet
// Union is not in: it fought no COW interstate war against a state of the
// region and ATOP records no defence pact of it with one in force on
// 1 January 1950 (its rivalry with the United States is then not in the
// era either; its alignment with Cuba after 1960 is not represented).
//
// Cuba is a command economy from 1961 (the nationalisations of 1960 and
// the central plan's JUCEPLAN; Kornai 1992), but the template's command
// economy holds over a state's whole run and has no date: Asia's era marks
// the states that were communist in their first year (China, North Korea,
// North Vietnam, Mongolia), and Cuba was a market economy in 1950, so it
// is not marked. The mark matters for credit (a command economy does not
// borrow from its allies, sim/credit.go) and for the side a state takes in
// an ideological rivalry between a command and a market economy
// (sim/ideology.go, systemSide), of which this era has none: the Soviet
// Union is not in it, and Cuba's rivalry with the United States is between
// a great and a small power (its polarization scales with the weaker side's
// forces).
//
// Debts: as in the other eras of 1950–1990 (nation1950), the United States,
// Britain and France have orders of magnitude from the IMF HPDD around
// 1950 and every other state the low stand-in below b_safe, Canada and the
// European allies included (the database file is not among the project's
// data).

const (
	amStart = 1950
	amEnd   = 1990
)

func americasSpecs() []nationSpec {
	specs := []nationSpec{
		nation1950("USA", "United States", "americas", "USA"),
		nation1950("CAN", "Canada", "americas", "CAN"),
		nation1950("CUB", "Cuba", "americas", "CUB"),
		nation1950("HAI", "Haiti", "americas", "HTI"),
		nation1950("DOM", "Dominican Republic", "americas", "DOM"),
		entering1950(nation1950("JAM", "Jamaica", "americas", "JAM"), 1962, 1962,
			"independence from Britain, 6 August 1962 (COW system member from 1962)"),
		entering1950(nation1950("TRI", "Trinidad and Tobago", "americas", "TTO"), 1962, 1962,
			"independence from Britain, 31 August 1962 (COW system member from 1962)"),
		nation1950("MEX", "Mexico", "americas", "MEX"),
		nation1950("GUA", "Guatemala", "americas", "GTM"),
		nation1950("HON", "Honduras", "americas", "HND"),
		nation1950("SAL", "El Salvador", "americas", "SLV"),
		nation1950("NIC", "Nicaragua", "americas", "NIC"),
		nation1950("COS", "Costa Rica", "americas", "CRI"),
		nation1950("PAN", "Panama", "americas", "PAN"),
		nation1950("COL", "Colombia", "americas", "COL"),
		nation1950("VEN", "Venezuela", "americas", "VEN"),
		nation1950("ECU", "Ecuador", "americas", "ECU"),
		nation1950("PER", "Peru", "americas", "PER"),
		nation1950("BRA", "Brazil", "americas", "BRA"),
		nation1950("BOL", "Bolivia", "americas", "BOL"),
		nation1950("PAR", "Paraguay", "americas", "PRY"),
		nation1950("CHL", "Chile", "americas", "CHL"),
		nation1950("ARG", "Argentina", "americas", "ARG"),
		nation1950("URU", "Uruguay", "americas", "URY"),
		nation1950("UKG", "United Kingdom", "europe", "GBR"),
		nation1950("FRN", "France", "europe", "FRA"),
		nation1950("NTH", "Netherlands", "europe", "NLD"),
		nation1950("BEL", "Belgium", "europe", "BEL"),
		nation1950("LUX", "Luxembourg", "europe", "LUX"),
		nation1950("POR", "Portugal", "europe", "PRT"),
		nation1950("ITA", "Italy", "europe", "ITA"),
		nation1950("NOR", "Norway", "europe", "NOR"),
		nation1950("DEN", "Denmark", "europe", "DNK"),
	}
	return withCapitals(specs, amCapitals)
}

// amCapitals are the seats of government of the era's states that
// places.go does not hold, and Brazil's of 1950 (GeoNames, rounded to
// 0.01°).
var amCapitals = map[string]place{
	"HAI": {"Port-au-Prince", 18.54, -72.34},
	"DOM": {"Santo Domingo (Ciudad Trujillo 1936–1961)", 18.47, -69.89},
	"JAM": {"Kingston", 18.00, -76.79},
	"TRI": {"Port of Spain", 10.67, -61.52},
	"MEX": {"Mexico City", 19.43, -99.13},
	"GUA": {"Guatemala City", 14.64, -90.51},
	"HON": {"Tegucigalpa", 14.08, -87.21},
	"SAL": {"San Salvador", 13.69, -89.19},
	"NIC": {"Managua", 12.13, -86.25},
	"COS": {"San José", 9.93, -84.08},
	"PAN": {"Panama City", 8.99, -79.52},
	"COL": {"Bogotá", 4.61, -74.08},
	"VEN": {"Caracas", 10.49, -66.88},
	"ECU": {"Quito", -0.23, -78.52},
	"PER": {"Lima", -12.04, -77.03},
	"BRA": {"Rio de Janeiro (the capital to 21 April 1960; Brasília after)", -22.91, -43.18},
	"BOL": {"La Paz (the seat of government; Sucre the constitutional capital)", -16.50, -68.15},
	"PAR": {"Asunción", -25.29, -57.65},
	"CHL": {"Santiago", -33.46, -70.65},
	"ARG": {"Buenos Aires", -34.61, -58.38},
	"URU": {"Montevideo", -34.90, -56.19},
}

// americas builds the era by the template of 1950–1990 (middleeast.go).
func americas(d *dataset) *scenario {
	return d.postwar1950(era1950{
		name: "americas-1950", span: "the Americas, 1950–1990",
		title: "The Americas from data, 1950–1990: an era the model was not fitted on",
		description: `
Thirty-three states from 1950 to 1990: the United States and Canada,
Mexico, the states of Central America, Cuba, Haiti, the Dominican
Republic, Jamaica and Trinidad and Tobago (from 1962), the ten states of
South America, and nine outside powers, the United Kingdom (the
Falklands) and the other European founders of NATO but Iceland (France,
the Netherlands, Belgium, Luxembourg, Portugal, Italy, Norway and
Denmark). Economies, defence budgets, military stocks and regimes come
from historical data; so do the strategic rivalries of the period, with
their years, and the defence pacts in force on 1 January 1950 (the Rio
Treaty, the Charter of the OAS and NATO). The wars among these states
(the Football War of 1969 and the Falklands War of 1982) are events,
and so are the wars its states fought against states it does not model
(from COW's data); nothing else is.

The model was not fitted on this era: it is judged by the targets every
era shares (docs/VALIDATION.md). Watch whether the Rio Treaty holds
(history: it did, Cuba excluded from the OAS in 1962), whether Argentina
and Britain's Falklands war moves the hemisphere's alignments, and what
the budgets of the military regimes of the 1960s and 1970s do.
`,
		start: amStart, end: amEnd, specs: americasSpecs(), events: americasEvents(),
		shares: []string{
			"Start shares: the median of the first three years with a figure (within ten years of a state's first",
			"year: Nicaragua's first NMC figure is of 1957, Panama's of 1960), skipping the years of a war under way",
			"in a state's first year (fought.go); SIPRI's shares begin in the 1950s or later for most of these",
			"states, so many start shares are NMC-based.",
			"GDP: Maddison rgdpnapc × pop.",
		},
	})
}
