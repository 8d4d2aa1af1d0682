package main

import (
	"fmt"
	"slices"
)

// A break in NMC's spending series. The errors nmcErrors lists were found
// by one sign: NMC's own military personnel says the army did not change,
// while its spending per soldier jumped by four or more, a change of unit
// or of exchange rate (Chile's paper-money years, Argentina's, Mongolia's
// series before 1960) or digits lost or added (Uruguay's 1912, North
// Korea's 1958). Wars jump too, and some jumps are history (an army
// founded anew). The generator finds every such jump in the figures an era
// uses for a share and asks that each be reviewed: read as an error
// (nmcErrors), kept with its reason (nmcKept), or in a year the state is at
// war in the era's events. An era built from the data with a jump nobody
// has looked at is reported when it is generated, and the test of the
// built-in eras fails.

// Thresholds of a jump: spending per soldier up or down by jumpRatio or
// more between two figures at most jumpGap years apart, with personnel
// within steadyLow–steadyHigh times.
const (
	jumpRatio  = 4.0
	jumpGap    = 5
	steadyLow  = 0.6
	steadyHigh = 1.7
)

// nmcJump is a jump of a state's NMC spending per soldier (converted to
// constant dollars, so that NMC's change from pounds to dollars in 1914
// is none) between two neighbouring figures, from and to.
type nmcJump struct {
	abb                   string
	from, to              int
	perSoldier, personnel float64 // the ratios, to over from
}

func (j nmcJump) String() string {
	return fmt.Sprintf("NMC's %s spending per soldier %d → %d ×%.2f with personnel ×%.2f", j.abb, j.from, j.to, j.perSoldier, j.personnel)
}

// nmcJumps lists the jumps of abb's series among its figures in
// [first, last] (rawBudget: the listed errors too, so that the list is the
// data's).
func (d *dataset) nmcJumps(abb string, first, last int) []nmcJump {
	var out []nmcJump
	prev, prevPer, prevMen := 0, 0.0, 0.0
	for y := first; y <= last; y++ {
		b, ok := d.rawBudget(abb, y)
		men := d.milper[key{abb, y}]
		if !ok || b <= 0 || men <= 0 {
			continue
		}
		per := b / men
		if prev > 0 && y-prev <= jumpGap {
			r, p := per/prevPer, men/prevMen
			if (r >= jumpRatio || r <= 1/jumpRatio) && p >= steadyLow && p <= steadyHigh {
				out = append(out, nmcJump{abb, prev, y, r, p})
			}
		}
		prev, prevPer, prevMen = y, per, men
	}
	return out
}

// nmcKeep is a jump looked at and kept as the data give it, and why.
type nmcKeep struct {
	abb      string
	from, to int
	why      string
}

// nmcKept lists the jumps in figures the eras use that are kept.
var nmcKept = []nmcKeep{
	{"AUS", 1955, 1956, "the Austrian army founded anew after the State Treaty of May 1955 (the Bundesheer, 1955–56): history"},
	{"COL", 1876, 1877, "Colombia's civil war of 1876–77, a war the era's events (inter-state wars) do not hold: history, most likely"},
	{"CHN", 1897, 1898, "the Qing's new armies after the defeat of 1895 (spending four and a half times 1897's, the personnel " +
		"count unchanged, as NMC carries it): most likely history"},
	{"PAN", 1971, 1972, "Panama's National Guard under Torrijos; 0.1 % of GDP before against 0.4–0.5 % after, neither " +
		"checked by a second source (SIPRI has none before 1990)"},
	{"LBR", 2001, 2002, "Liberia's civil war (1999–2003) and the state's collapse; NMC's 1,000 of 2002–03 has no second " +
		"source (SIPRI's begins in 2004)"},
	{"MYA", 2007, 2010, "the kyat converted at another rate (the official rate was about a hundred and fifty times below the " +
		"market's); no second source for 2007"},
	{"MLD", 1992, 1993, "the rouble zone's hyperinflation of 1992–93; SIPRI stands in from 1993 with shares as low, so the " +
		"data do not say which year is wrong"},
	{"UKR", 1992, 1993, "the karbovanets' hyperinflation; SIPRI stands in from 1993 with a share as low as NMC's would be"},
	{"BOL", 1953, 1954, "NMC's Bolivian series is four times SIPRI's in 1953 and a quarter to a half of it in every year " +
		"both have from 1955 to 1981: its level, not one year, is in question; SIPRI stands in where it has a figure, and " +
		"NMC's years between (1954, 1958–60, 1964–67) are kept as the data give them"},
}

func kept(j nmcJump) bool {
	return slices.ContainsFunc(nmcKept, func(k nmcKeep) bool { return k.abb == j.abb && k.from == j.from && k.to == j.to })
}

// unreviewedJumps lists, for era e built as sc, the jumps in the NMC
// figures its shares use (a year whose share is NMC's, not SIPRI's, from
// the state's start to the era's end) that are neither listed (nmcErrors,
// nmcKept) nor next to a war the state fights in the era's events (a year
// at war or the year after, its demobilisation).
func (d *dataset) unreviewedJumps(e era, sc *scenario) []string {
	var out []string
	for _, s := range e.specs() {
		war := warYears(sc.events, s.id, e.end)
		for _, sp := range s.series {
			first, last := max(e.start, s.start, sp.from), min(e.end, sp.to)
			if sp.nmc == "" || first > last {
				continue
			}
			used := func(y int) bool {
				sh, ok := d.shareAt(s.series, y)
				return ok && !sh.sipri && y >= first && y <= last
			}
			for _, j := range d.nmcJumps(sp.nmc, first-jumpGap, last) {
				_, errFrom := nmcExcluded(j.abb, j.from)
				_, errTo := nmcExcluded(j.abb, j.to)
				if (used(j.from) || used(j.to)) && !errFrom && !errTo && !kept(j) && !war[j.from] && !war[j.to] {
					out = append(out, fmt.Sprintf("%s %s: %v, used for a share", e.name, s.id, j))
				}
			}
		}
	}
	return out
}

// warYears is the set of years id fights a war of evs in (warSpan: to its
// armistice, when the event gives one), each with the year after it, its
// demobilisation. A war with no duration counts to the era's end, last.
func warYears(evs []event, id string, last int) map[int]bool {
	out := map[int]bool{}
	for _, e := range evs {
		if e.kind != "war" || !slices.Contains(e.a, id) && !slices.Contains(e.b, id) {
			continue
		}
		from, to := warSpan(e)
		for y := int(from); y <= min(lastYear(to)+1, last+1); y++ {
			out[y] = true
		}
	}
	return out
}
