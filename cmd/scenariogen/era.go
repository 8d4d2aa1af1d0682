package main

// An era is one historical scenario the generator builds: its years, its
// nations and how the scenario is assembled. The cut keeps the data every
// era needs; the reference files cover every era.

type era struct {
	name       string
	start, end int
	specs      func() []nationSpec
	build      func(*dataset) *scenario
}

func eras() []era {
	return []era{
		{"cold-war", cwStart, cwEnd, coldWarSpecs, coldWar},
		{"21st-century", c21Start, c21End, centurySpecs, century},
		{"europe-1871", e71Start, e71End, europeSpecs, europe1871},
		{"europe-1920", e20Start, e20End, interwarSpecs, europe1920},
		{"europe-1846", e46Start, e46End, europe1846Specs, europe1846},
		{"middle-east", meStart, meEnd, middleEastSpecs, middleEast},
		{"asia-1950", asStart, asEnd, asiaSpecs, asia},
		{"americas-1950", amStart, amEnd, americasSpecs, americas},
		{"africa-1960", afStart, afEnd, africaSpecs, africa},
		{"europe-1816", e16Start, e16End, europe1816Specs, europe1816},
		{"asia-1990", as90Start, as90End, asia1990Specs, asia1990},
		{"americas-1870", am70Start, am70End, americas1870Specs, americas1870},
		{"africa-1990", af90Start, af90End, africa1990Specs, africa1990},
		{"middle-east-1990", me90Start, me90End, middleEast1990Specs, middleEast1990},
		{"americas-1990", am90Start, am90End, americas1990Specs, americas1990},
		{"europe-1990", eu90Start, eu90End, europe1990Specs, europe1990},
		{"asia-1870", as70Start, as70End, asia1870Specs, asia1870},
		{"americas-1920", e20Start, e20End, americas1920Specs, americas1920},
		{"asia-1920", e20Start, e20End, asia1920Specs, asia1920},
		{"americas-1846", am46Start, am46End, americas1846Specs, americas1846},
	}
}

// stockStart is the first year of NMC milex counted into a capability
// stock: 47 years before the start (0.92^47 ≈ 2 % weight left), and no
// later than 1900 (the first two eras' stocks).
func stockStart(start int) int { return min(stockFrom, start-47) }
