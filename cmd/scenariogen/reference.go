package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
)

// referenceShares is the validation file of defence shares per state-year:
// SIPRI % of GDP where it exists, else NMC milex × F(y) / Maddison GDP
// (the same rule as the scenarios' start values), for the Cold War states
// 1947–2013 and the twenty-first-century states 2000–2013, under the ids
// and series the scenarios use. nmc_share is the NMC-based share in every
// year it can be computed, SIPRI or not, so that the two can be compared.
func referenceShares(d *dataset) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"scenario", "id", "year", "share", "source", "factor", "nmc_share"})
	for _, set := range []struct {
		name  string
		specs []nationSpec
		from  int
	}{{"cold-war", coldWarSpecs(), cwStart}, {"21st-century", centurySpecs(), c21Start}} {
		for _, s := range set.specs {
			for y := set.from; y <= factorLast; y++ {
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
				w.Write([]string{set.name, s.id, itoa(y), fmt.Sprintf("%.5f", sh.value), src,
					fmt.Sprintf("%.3f", d.factor(y)), nmc})
			}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
