package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
)

// referenceShares is the validation file of defence shares per state-year:
// SIPRI % of GDP where it exists, else NMC milex × F(y) / Maddison GDP
// (the same rule as the scenarios' start values), for the states of an era
// that ends after 1949 from its start to the end of SIPRI's data, 2013
// (the Cold War's, the twenty-first century's, the Middle East's: the years
// after an era's end cost a few rows and are read by no target), and for
// those of an era that ends before over its own years (from their entry),
// under the ids and series the scenarios use. nmc_share is the NMC-based share in every
// year it can be computed, SIPRI or not, so that the two can be compared;
// gdp and pop are the nation's Maddison GDP [billion 2011 USD] and the
// population it counts [thousands] (empty where the data have none), so
// that the shares can be read against income (scripts/elasticity).
func referenceShares(d *dataset) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"scenario", "id", "year", "share", "source", "factor", "nmc_share", "gdp", "pop"})
	for _, e := range eras() {
		last := factorLast // the Cold War's states to the end of SIPRI's data
		if e.end < factorFirst {
			last = e.end // an era before SIPRI's: to its own end
		}
		for _, s := range e.specs() {
			for y := max(e.start, s.start); y <= last; y++ {
				sh, ok := d.shareAt(s.series, y)
				if !ok {
					continue
				}
				src, nmc := "SIPRI", ""
				if !sh.sipri {
					src = "NMC"
				}
				if v, ok := d.nmcShare(s.series, y); ok {
					nmc = fmt.Sprintf("%.5f", v)
				}
				gdp, pop := "", ""
				if v, ok := d.gdpAt(s.series, y); ok {
					gdp = fmt.Sprintf("%.6g", v)
				}
				if v, ok := d.popAt(s.series, y); ok {
					pop = fmt.Sprintf("%.6g", v)
				}
				w.Write([]string{e.name, s.id, itoa(y), fmt.Sprintf("%.5f", sh.value), src,
					fmt.Sprintf("%.3f", d.factor(y)), nmc, gdp, pop})
			}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// stateCodes is the validation file of the scenarios' COW codes: one row
// per scenario, nation and span of years with one code (West Germany is
// 260 to 1990, unified Germany 255 after), so that ATOP's members, which
// are COW codes, can be read as the scenarios' ids.
func stateCodes(d *dataset) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"scenario", "id", "ccode", "from", "to"})
	for _, e := range eras() {
		for _, s := range e.specs() {
			for _, sp := range s.series {
				from, to := max(sp.from, s.start, e.start), min(sp.to, s.end, e.end)
				if from > to {
					continue
				}
				c, ok := d.codeAt(s, from)
				if !ok {
					return nil, fmt.Errorf("%s %s: no COW code for the NMC series %q", e.name, s.id, sp.nmc)
				}
				w.Write([]string{e.name, s.id, itoa(c), itoa(from), itoa(to)})
			}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
