package main

// The events of the twenty-first-century scenario. Threat magnitudes are
// judgements between 0.1 and 0.3. Beyond the data (Maddison to 2016, SIPRI
// to 2013) a magnitude comes from the event's own record, cited. After the
// target of 2025 the scenario runs on trend. NATO's enlargements, Finland's
// and Sweden's accessions included, are not events: they must emerge.

var (
	// neighbours: Russia's European neighbours by land (Kaliningrad included), Ukraine aside, and
	// the other Baltic Sea littoral states, whose sea Russia shares (Sweden's and Denmark's defence
	// commissions named Russia the main threat from 2014: Swedish Defence Commission, "Resilience",
	// 2017; Danish Defence Agreement 2018–2023).
	neighbours = []string{"NOR", "FIN", "EST", "LAT", "LIT", "POL", "SWD", "DEN", "GMY"}
	// sanctions2014: the other states in the scenario that sanctioned Russia over Crimea (the neighbours aside).
	sanctions2014 = []string{"USA", "CAN", "UKG", "FRN", "BEL", "NTH", "LUX", "ICE", "ITA", "POR", "GRC",
		"SPN", "HUN", "CZR", "SLO", "SLV", "ROM", "BUL", "CRO", "AUS", "IRE", "ALB", "MNG", "JPN", "AUL"}
	// sanctions2022 adds Switzerland, North Macedonia and South Korea.
	sanctions2022 = append(append([]string(nil), sanctions2014...), "SWZ", "MAC", "ROK")
)

const (
	sanctions14src = "EU Council Decisions 2014/145 and 2014/512/CFSP (March and July 2014), " +
		"aligned with by Iceland, Norway, Albania and Montenegro; US, Canadian, Japanese and Australian sanctions, 2014"
	sanctions22src = "EU sanctions packages from 23 February 2022 (adopted by Switzerland on 28 February 2022, " +
		"aligned with by Norway, Iceland, Albania, Montenegro and North Macedonia); US, UK, Canadian, Japanese, " +
		"South Korean and Australian sanctions"
)

func centuryEvents(d *dataset, specs []nationSpec) []event {
	byID := index(specs)
	all := []string{"all"}
	ev := []event{
		{year: 2006, month: 6, date: "3 June 2006", kind: "entry", label: "Montenegro independent", nation: "MNG",
			source: "declaration of independence, 3 June 2006, after the referendum of 21 May 2006"},
		shock(2001, 9, "11 September 2001", "September 11 and the 'war on terror'", []string{"USA"}, []string{"IRN"}, 0.1,
			"The attacks had no state author in this world; the antagonism they opened with a state here is the\n"+
				"United States' with Iran, named in the 'axis of evil' (0.1).",
			"attacks of 11 September 2001; State of the Union address, 29 January 2002"),
		shock(2003, 3, "20 March 2003", "Iraq war and the Iranian nuclear file", []string{"USA", "ISR"}, []string{"IRN"}, 0.1,
			"The invasion of Iraq and the discovery of Iran's undeclared enrichment programme (0.1).",
			"US-led invasion of Iraq, 20 March 2003; IAEA Board of Governors resolution on Iran, 12 September 2003"),
		{year: 2006, month: 6, date: "June 2006", kind: "target", label: "NATO 2 % guideline", alliance: "NATO",
			value:  num{0.02, 3, "2 % of GDP"},
			why:    "NATO defence ministers commit to spending at least 2 % of GDP on defence.",
			source: "NATO defence ministers, June 2006; Riga Summit, November 2006"},
		{year: 2008, month: 9, date: "15 September 2008", kind: "recession", label: "Great Recession",
			nations: d.fellIn(specs, 2009), delta: d.shortfall(byID, d.fellIn(specs, 2009), 2008, 2009),
			duration: num{2, 0, "2008–2009"},
			why:      "The financial crisis: the growth shortfall against trend in 2008–2009 of the states whose GDP fell in 2009.",
			source:   "collapse of Lehman Brothers, 15 September 2008; Maddison 2018"},
		shock(2012, 9, "11 September 2012", "Senkaku crisis", []string{"CHN"}, []string{"JPN"}, 0.1,
			"Japan buys three of the disputed islands; mass protests in China (0.1).",
			"Japanese government purchase of three Senkaku/Diaoyu islands, 11 September 2012"),
		shock(2014, 3, "18 March 2014", "Annexation of Crimea", []string{"RUS"}, []string{"UKR"}, 0.3,
			"Russia annexes Crimea and arms the Donbas separatists: 0.3 with Ukraine.",
			"annexation of Crimea, 18 March 2014; war in the Donbas from April 2014"),
		shock(2014, 3, "18 March 2014", "Crimea: Russia's neighbours", []string{"RUS"}, neighbours, 0.2,
			"Crimea: 0.2 with Russia's European neighbours, whose borders it tests (snap exercises, airspace).",
			"annexation of Crimea, 18 March 2014; NATO Wales Summit Declaration, 5 September 2014"),
		shock(2014, 3, "March–July 2014", "Crimea: the sanctions", []string{"RUS"}, sanctions2014, 0.1,
			"Crimea: 0.1 with the other states that sanctioned Russia.", sanctions14src),
		{year: 2014, month: 9, date: "5 September 2014", kind: "target", label: "Wales pledge: 2 % within a decade", alliance: "NATO",
			value:  num{0.02, 3, "2 % of GDP, reaffirmed"},
			why:    "The Wales Summit reaffirms the 2 % guideline: members below it aim to reach it within a decade.",
			source: "Wales Summit Declaration, 5 September 2014, paragraph 14"},
		shock(2017, 12, "18 December 2017", "Great-power competition", []string{"USA"}, []string{"CHN", "RUS"}, 0.1,
			"The United States names China and Russia revisionist powers and strategic competitors (0.1).",
			"National Security Strategy of the United States, 18 December 2017"),
		{year: 2020, month: 3, date: "11 March 2020", kind: "recession", label: "COVID-19 pandemic", nations: all,
			delta:    num{0.05, 3, "IMF WEO April 2021: world output −3.3 % in 2020 against about +3 % a year before (shortfall ~5 points)"},
			duration: num{1, 0, "2020"},
			why:      "The pandemic recession, beyond the data: its magnitude from the IMF's World Economic Outlook.",
			source:   "WHO declares a pandemic, 11 March 2020; IMF World Economic Outlook, April 2021"},
		shock(2020, 6, "15 June 2020", "Galwan Valley clash", []string{"IND"}, []string{"CHN"}, 0.2,
			"The first deadly clash on the border since 1975 (0.2).", "Galwan Valley clash, 15 June 2020"),
		{year: 2021, kind: "growth", date: "2021", label: "Post-pandemic rebound", nations: all,
			delta:    num{0.03, 3, "IMF WEO April 2022: world output +6.1 % in 2021, about 3 points above the pre-pandemic pace"},
			duration: num{1, 0, "2021"},
			why:      "The rebound of 2021, beyond the data: its magnitude from the IMF's World Economic Outlook.",
			source:   "IMF World Economic Outlook, April 2022"},
		shock(2022, 2, "24 February 2022", "Invasion of Ukraine", []string{"RUS"}, []string{"UKR"}, 0.3,
			"Russia's full-scale invasion: 0.3 with Ukraine.", "Russian invasion of Ukraine, 24 February 2022"),
		war(2022, 2, "24 February 2022", "Russo-Ukrainian war", []string{"RUS"}, []string{"UKR"}, 0, "",
			"The full-scale war, still under way when the data end: no union joins one side to a side that does not fight.",
			"Russian invasion of Ukraine, 24 February 2022"),
		shock(2022, 2, "24 February 2022", "Invasion of Ukraine: Russia's neighbours", []string{"RUS"}, neighbours, 0.3,
			"0.3 with Russia's European neighbours (Finland and Sweden apply to NATO in May 2022: that must emerge).",
			"Russian invasion of Ukraine, 24 February 2022; NATO Madrid Summit Declaration, 29 June 2022 "+
				"('the most significant and direct threat')"),
		shock(2022, 2, "from 24 February 2022", "Invasion of Ukraine: the sanctions", []string{"RUS"}, sanctions2022, 0.2,
			"0.2 with the other states that sanctioned Russia.", sanctions22src),
		war(2025, 6, "13 June 2025", "Israel–Iran war", []string{"ISR"}, []string{"IRN"}, 0.03, "13–24 June 2025",
			"The twelve days' war, to the ceasefire.", "Israeli strikes on Iran, 13 June 2025; ceasefire, 24 June 2025"),
		war(2025, 6, "22 June 2025", "Israel–Iran war: the United States", []string{"USA"}, []string{"IRN"}, 0.01, "22–24 June 2025",
			"The United States strikes Iran's nuclear sites, to the ceasefire.",
			"US strikes on Fordow, Natanz and Isfahan, 22 June 2025; ceasefire, 24 June 2025"),
		{year: 2025, month: 6, date: "25 June 2025", kind: "target", label: "The Hague: 5 % by 2035", alliance: "NATO",
			value: num{0.035, 3, "3.5 % of GDP on core defence (NATO's definition, comparable to SIPRI's)"},
			why: "The Hague commitment: 5 % of GDP by 2035, of which 3.5 % on core defence requirements and up to 1.5 % on\n" +
				"defence- and security-related spending (infrastructure, resilience) that the model's share does not count.\n" +
				"The target is the 3.5 %. After this event the scenario runs on trend.",
			source: "The Hague Summit Declaration, 25 June 2025"},
	}
	return ev
}

// fellIn lists the nations whose Maddison GDP fell in year y, in order.
func (d *dataset) fellIn(specs []nationSpec, y int) []string {
	var out []string
	for _, s := range specs {
		g0, ok0 := d.gdpAt(s.series, y-1)
		g1, ok1 := d.gdpAt(s.series, y)
		if ok0 && ok1 && g1 < g0 {
			out = append(out, s.id)
		}
	}
	return out
}

func index(specs []nationSpec) map[string]nationSpec {
	m := make(map[string]nationSpec, len(specs))
	for _, s := range specs {
		m[s.id] = s
	}
	return m
}
