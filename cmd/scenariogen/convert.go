package main

import "fmt"

// Conversion of the raw series into the model's units: GDP in billions of
// 2011 USD (Maddison), military spending converted from NMC's thousands of
// current USD into the same unit, defence shares as fractions of GDP.

// factorYears bound the years the conversion factor is pinned on: SIPRI's
// shares run from 1949 to 2013 in the data.
const (
	factorFirst = 1949
	factorLast  = 2013
)

// factor is the conversion from current USD (NMC) to 2011 USD (Maddison) in
// year y, pinned on the United States as the data README describes:
// F(y) = SIPRI share(USA, y) × Maddison GDP(USA, y) / NMC milex(USA, y).
// It is about 8.1 in 1950 and 1.09 in 2011. From 1914 to 1948 it is
// F(1949) and after 2013 F(2013) (no SIPRI share to pin it on); before
// 1914, when NMC counts in pounds, it is the sterling factor
// (sterling.go).
func (d *dataset) factor(y int) float64 {
	if y <= sterlingLast {
		return d.sterlingFactor()
	}
	y = min(max(y, factorFirst), factorLast)
	s, okS := d.sipri[key{"USA", y}]
	g, okG := d.gdp[key{"USA", y}]
	m, okM := d.milex[key{"USA", y}]
	if !okS || !okG || !okM || m <= 0 {
		panic(fmt.Sprintf("conversion factor: the US series lack %d", y))
	}
	return s * g / (m / 1e6)
}

// nmcError is a run of NMC milex values the generator does not use, and why.
type nmcError struct {
	abb      string
	from, to int
	why      string
	// sharesOnly: the values are not used for a defence share (a start
	// share, a reference share) but stay in every era's capability stocks
	// (one rule for all eras), so that the eras calibrated before they were
	// found keep their stocks; the interwar era's stocks hold them too.
	sharesOnly bool
}

// nmcErrors lists the NMC values found to be wrong (data errors, not
// history), each with the reason. They count as missing.
//
// The currency collapses after the First World War: NMC converts each
// year's spending in a currency losing its value at that year's rate, and
// the shares it gives jump by factors of two to thirty from one year to
// the next. The years before each currency was stabilised are not used
// (Germany's Rentenmark, November 1923; Poland's złoty, April 1924;
// Austria's League loan under the Geneva Protocols, October 1922;
// Hungary's League loan and National Bank, 1924). They were found when the
// era of 1920 was built; the Cold War's and the twenty-first century's
// capability stocks, which accumulate from 1900 and were calibrated with
// them, keep them (weighed by 0.92^24 or less there: Hungary's stock of
// 1947 is 7.4 with them and 7.3 without, Poland's 9.3 and 8.9).
var nmcErrors = []nmcError{
	{"GMY", 1919, 1923, "NMC's German milex of the paper-mark inflation: 1922 a third of 1921 and 1923 thirty times 1922 " +
		"(0.06 % and 2.1 % of GDP against 0.24–0.29 % in 1924–1930), before the Rentenmark of November 1923", true},
	{"POL", 1919, 1923, "NMC's Polish milex of the Polish-mark inflation: 0.11 % of GDP in 1920, the year of the " +
		"Polish–Soviet war, with 962,000 men under arms in NMC's own milper, then eight times that in 1921; " +
		"before the złoty of April 1924", true},
	{"AUS", 1919, 1922, "NMC's Austrian milex of the krone's collapse: the same figure in 1920 and 1921, then three times " +
		"it in 1922 and half that in 1923; before the League loan of the Geneva Protocols, October 1922", true},
	{"HUN", 1919, 1923, "NMC's Hungarian milex of the korona's collapse (1923 missing, 1922 2.6 times 1921); before " +
		"the League loan and the National Bank of Hungary, 1924", true},

	{"POL", 1945, 1950, "NMC's Polish milex for 1945–1950 is 3 to 17 times its 1951 value (1949: about 40 % of " +
		"Poland's 1950 GDP), then falls 70 % in a year; most likely a currency conversion across the October 1950 złoty reform", false},

	{"CHL", 1882, 1894, "NMC's Chilean milex of 1882–1894 is 114–414 (thousand current USD) against 544–711 in 1870–1876 " +
		"and 990–1,756 in 1895–1899, while NMC's own military personnel stood higher (8–16 thousand against 4–6 in the 1870s " +
		"and 12–22 after): spending per soldier a fifth to an eighth of the years on either side, and lowest in the War of " +
		"the Pacific's last years (1882–1884, the army three times its size of the 1870s, occupying Lima); the series jumps " +
		"eightfold from 1894 to 1895, a year of no war, with Chile's return to a convertible peso (1895); most likely a " +
		"currency conversion of the paper-money years. Found when americas-1870's errors were read: 53 % of its squared error", false},
	{"ARG", 1871, 1877, "NMC's Argentine milex of 1871–1877 is 90–175 (thousand current USD) against 623–751 in " +
		"1868–1870 and 784–1,708 in 1878–1888, with NMC's own military personnel at 6–10 thousand throughout: spending per " +
		"soldier a third to a fifth of 1868–1870's and a fifth to a tenth of the 1880s'; the series jumps ninefold from 1877 " +
		"to 1878 with the personnel unchanged (10 thousand); most likely a currency conversion of the paper peso's years. " +
		"Found with Chile's, when americas-1870's errors were read: it was two of the three figures of Argentina's start share", false},
	{"URU", 1912, 1912, "NMC's Uruguayan milex of 1912 is 100 (thousand current USD) between 1,002 in 1911 and 999 in 1913, " +
		"with NMC's own military personnel at 5 thousand in 1911 and 1912: one year at a tenth of both its neighbours, most " +
		"likely a digit lost. Found by a scan of NMC for jumps of fivefold or more with the personnel steady, after " +
		"americas-1870's errors were read: it was Uruguay's worst year there", false},
	{"MON", 1948, 1957, "NMC's Mongolian milex of 1948–1957 is 55–101 (million current USD) against 15–37 in 1960–1970, " +
		"while NMC's own military personnel was smaller (10–19 thousand against 24–33): spending per soldier four to twelve " +
		"times the 1960s', and 30–46 % of GDP in years of peace against 3–5 % from 1960; the series falls sixfold across " +
		"its gap of 1958–1959 with the army growing, most likely a change of the currency or rate it was converted at. " +
		"Found by a scan of NMC for jumps of spending per soldier across gaps of up to five years, after asia-1950's " +
		"errors were read: it was Mongolia's start share (45 %), which held the model's Mongolia at the 25 % ceiling", false},
	{"PRK", 1958, 1958, "NMC's North Korean milex of 1958 is 2,210 (million current USD) against 200–350 in 1960–1966 " +
		"with NMC's own military personnel steady (360 thousand against 380–400): eleven times the next figure, 182 % of " +
		"GDP; the only figure of the 1950s. Found with Mongolia's: it was half of asia-1950's squared error", false},
	{"MAA", 2000, 2007, "NMC's Mauritanian milex of 2000–2007 (18–25 million current USD) gives a fifth to a twelfth of " +
		"SIPRI's shares of the same years (0.2–0.5 % of GDP against 2.7–4.0 % in 2000–2006), then jumps sixfold in 2008 " +
		"with NMC's own personnel unchanged (16 thousand); only 2007, a year SIPRI lacks, entered an era's shares (0.23 % " +
		"between SIPRI's 2.7 % and 3.1 %). Found by the scan of nmcscan.go when it was written", false},
	{"CUB", 1994, 1994, "NMC's Cuban milex of 1994 is 356 (thousand current USD) between 1,160,000 in 1991 and 700,000 in " +
		"1995 (1992–1993 missing): 0.001 % of GDP, three orders of magnitude below the years around it; most likely " +
		"digits lost. Found when asia-1990 was built, where it was the third figure of Cuba's start share", false},
	{"CUB", 2009, 2009, "NMC's Cuban milex of 2009 is 19,060,000 (thousand current USD), eight times 2008's 2,296,000 " +
		"with NMC's own personnel unchanged (49 thousand): digits added, most likely. SIPRI's share stands in that " +
		"year, so it entered no era's shares; listed so that the scan of nmcscan.go need not keep 2008", false},
	{"CUB", 2011, 2011, "NMC's Cuban milex of 2011 is 96,000 (thousand current USD), a twentieth of 2008's with the " +
		"personnel unchanged (49 thousand): digits lost, most likely; SIPRI's share stands in that year", false},

	// Found by the scan of nmcscan.go when americas-1920 was built, each a
	// figure of that era's shares. NMC's own personnel is steady across
	// each jump, and the figures on both sides of the run agree with each
	// other, so the data say which side is wrong.
	{"SAL", 1921, 1933, "NMC's Salvadoran milex of 1921–1933 is 115–255 (thousand current USD) against 1,655 in 1914, " +
		"1,529 in 1920 and 972–1,640 in 1934–1939 (1,350–1,802 in 1942–1947), with NMC's own military personnel at 3–4 " +
		"thousand in every year it gives from 1914 to 1939: thirteen years at a tenth of the figures on both sides (spending per soldier ×0.08 from 1920 " +
		"to 1921, ×8.45 from 1933 to 1934, years of no war), most likely a unit or a digit lost in the run's source. " +
		"It would have set El Salvador's start share of 1920 at 0.06 % of GDP (1921–1922) instead of its 1920 figure's 0.5 %", false},
	{"GUA", 1912, 1923, "NMC's Guatemalan milex of 1912–1923 is 105 and 125 (thousand pounds) in 1912–1913 and 114–236 " +
		"(thousand current USD; 1917–1921 missing) in 1914–1923, against 400–502 pounds a year in 1900–1911, 1902's 879 " +
		"aside (about 1,950–2,440 thousand dollars), and 1,400–2,204 thousand dollars in 1926–1939, with NMC's own military " +
		"personnel at 7–8 thousand throughout: a fifth to a twentieth of both sides, in the paper-peso years before the " +
		"quetzal (1924–26), through which the series climbs back (869 in 1924, 1,203 in 1925, 2,204 in 1926; spending " +
		"per soldier ×0.22 from 1911 to 1912, ×7.62 from 1923 to 1924); most likely the depreciated peso converted at " +
		"another rate. Found when americas-1920 was built, where it would have set Guatemala's start share of 1920 at " +
		"0.04 % of GDP (1922–1924); americas-1870, which sees only the run's first two years, had kept them (0.8–0.9 % " +
		"of GDP against 3.5–3.9 % before)", false},
	{"PER", 1920, 1920, "NMC's Peruvian milex of 1920 is 463 (thousand current USD) against 2,854–3,519 in 1915–1917 " +
		"and 5,668–6,874 in 1923–1927 (1918–1919 and 1921–1922 missing), with NMC's own military personnel at 14 " +
		"thousand in 1920 and 1923: one figure at a fourteenth of the next in spending per soldier, in no war; most " +
		"likely digits lost or a part of the year", false},
	{"BRA", 1920, 1920, "NMC's Brazilian milex of 1920 is 9,600 (thousand current USD) between 40,556 in 1919 and " +
		"47,119 in 1921, with NMC's own military personnel at 64, 56 and 55 thousand: one year at a quarter to a fifth " +
		"of both neighbours (spending per soldier ×5.00 from 1920 to 1921), in no war; most likely digits lost", false},

	// Found by the scan of nmcscan.go when asia-1920 was built, a run of
	// figures of that era's shares, with the personnel steady across both
	// of its ends and the figures on both sides agreeing with each other
	// and with Australia's.
	{"NEW", 1928, 1933, "NMC's New Zealand milex of 1928–1933 is 196–224 (thousand current USD) against 2,342–5,499 in " +
		"1920–1927 (4,715 in 1927) and 3,641–11,059 in 1934–1938 (3,641 in 1934), with NMC's own military personnel at 1 " +
		"thousand in every year from 1922 to 1940: six years at a twentieth of the figures on both sides (spending per " +
		"soldier ×0.05 from 1927 to 1928 and ×18.48 from 1933 to 1934, years of no war); a head of NMC's population, " +
		"0.13–0.15 USD against Australia's 1.30–3.80 in the same years, where the two states' figures are of one order " +
		"in 1920–1927 (1.9–4.2 against 2.0–6.5) and 1934–1938 (2.3–6.8 against 1.9–8.0); most likely a digit lost in " +
		"the run's source", false},
}

func nmcExcluded(abb string, y int) (nmcError, bool) {
	for _, e := range nmcErrors {
		if e.abb == abb && y >= e.from && y <= e.to {
			return e, true
		}
	}
	return nmcError{}, false
}

// budget is state abb's military spending in year y [billion 2011 USD]:
// NMC milex × F(y), or false when NMC lacks it or it is a known error.
func (d *dataset) budget(abb string, y int) (float64, bool) {
	if _, bad := nmcExcluded(abb, y); bad {
		return 0, false
	}
	return d.rawBudget(abb, y)
}

// stockBudget is budget for a capability stock: an error marked
// sharesOnly is kept there.
func (d *dataset) stockBudget(abb string, y int) (float64, bool) {
	if e, bad := nmcExcluded(abb, y); bad && !e.sharesOnly {
		return 0, false
	}
	return d.rawBudget(abb, y)
}

func (d *dataset) rawBudget(abb string, y int) (float64, bool) {
	m, ok := d.milex[key{abb, y}]
	if !ok {
		return 0, false
	}
	return m / 1e6 * d.factor(y), true
}

// span says which series stand for a nation over a range of years.
type span struct {
	from, to int     // inclusive
	gdp      string  // Maddison code
	part     float64 // part of the Maddison series that is this nation's (Germany split); 0 means 1
	sipri    string  // SIPRI code; "" when SIPRI has no series for the state
	nmc      string  // COW stateabb of its NMC series
	// perHead, when set, are the Maddison codes whose GDP per head
	// (population-weighted) stands for the state's: its GDP is then that
	// times its NMC population, so that it covers the state's territory of
	// the time (an empire, or a state with other borders than today's).
	perHead []string
	// standIns are the judgements that carry a per-head series further
	// than the rule (interpolate.go), each with why.
	standIns []standIn
}

func (s span) fraction() float64 {
	if s.part == 0 {
		return 1
	}
	return s.part
}

// series is the list of spans of a nation, in order.
type series []span

func (ss series) at(y int) (span, bool) {
	for _, s := range ss {
		if y >= s.from && y <= s.to {
			return s, true
		}
	}
	return span{}, false
}

// gdpAt is the nation's GDP in year y [billion 2011 USD].
func (d *dataset) gdpAt(ss series, y int) (float64, bool) {
	s, ok := ss.at(y)
	if !ok {
		return 0, false
	}
	return d.spanGDP(s, y)
}

// spanGDP is the GDP span s stands for in year y, whether or not y is
// among its years (a series' level before it takes over: territory.go).
func (d *dataset) spanGDP(s span, y int) (float64, bool) {
	if s.perHead != nil {
		pc, okPC := d.perHeadAt(s, y)
		pop, okPop := d.tpop[key{s.nmc, y}]
		return pc * pop / 1e6, okPC && okPop
	}
	g, ok := d.gdp[key{s.gdp, y}]
	return g * s.fraction(), ok
}

// popAt is the population the nation's GDP in year y counts [thousands]:
// the NMC population its GDP per head is multiplied by, or the part of
// the Maddison population its GDP is.
func (d *dataset) popAt(ss series, y int) (float64, bool) {
	s, ok := ss.at(y)
	if !ok {
		return 0, false
	}
	if s.perHead != nil {
		pop, ok := d.tpop[key{s.nmc, y}]
		return pop, ok
	}
	pop, ok := d.people[key{s.gdp, y}]
	return pop * s.fraction(), ok
}

// share is a defence share of GDP and where it comes from.
type share struct {
	value float64
	sipri bool // SIPRI; else NMC milex × F / Maddison GDP
}

// shareAt is the nation's defence share in year y: SIPRI where it exists,
// else NMC milex × F(y) / Maddison GDP.
func (d *dataset) shareAt(ss series, y int) (share, bool) {
	s, ok := ss.at(y)
	if !ok {
		return share{}, false
	}
	if v, ok := d.sipri[key{s.sipri, y}]; ok && s.sipri != "" {
		return share{value: v, sipri: true}, true
	}
	v, ok := d.nmcShare(ss, y)
	return share{value: v}, ok
}

// nmcShare is NMC milex × F(y) / Maddison GDP in year y.
func (d *dataset) nmcShare(ss series, y int) (float64, bool) {
	s, ok := ss.at(y)
	if !ok {
		return 0, false
	}
	b, okB := d.budget(s.nmc, y)
	g, okG := d.gdpAt(ss, y)
	if !okB || !okG || g <= 0 {
		return 0, false
	}
	return b / g, true
}
