package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// cut writes the subsets of the full data in src that the generator needs
// into dst: only the scenarios' states and years, and only the columns
// used. scenarios/data/README.md states each cut; keep the two in step.

// The years kept.
const (
	nmcFirst    = stockFrom // capability stocks accumulate from 1900
	dataLast    = 2016      // Maddison, NMC and Polity end here
	cwDataFirst = 1947      // Cold War states: Maddison from the start year
	polityFirst = 1945      // Polity2 for the Cold War states
)

// wanted lists the codes each source is cut to: code → first year kept.
type wanted map[string]int

func (w wanted) add(code string, from int) {
	if code == "" {
		return
	}
	if old, ok := w[code]; !ok || from < old {
		w[code] = from
	}
}

func (w wanted) keep(code string, year, last int) bool {
	from, ok := w[code]
	return ok && year >= from && year <= last
}

// wants gathers the codes of both scenarios' nations.
func wants() (gdp, nmc, polity, sipri wanted) {
	gdp, nmc, polity, sipri = wanted{}, wanted{}, wanted{}, wanted{}
	for _, set := range []struct {
		specs []nationSpec
		first int
	}{{coldWarSpecs(), cwDataFirst}, {centurySpecs(), c21Start}} {
		for _, s := range set.specs {
			for _, sp := range s.series {
				gdp.add(sp.gdp, set.first)
				sipri.add(sp.sipri, 0)
				nmc.add(sp.nmc, nmcFirst)
			}
			for _, r := range s.stock {
				nmc.add(r.nmc, nmcFirst)
			}
			polity.add(s.id, min(set.first, polityFirst))
		}
	}
	gdp.add("USA", cwDataFirst) // the conversion factor
	sipri.add("USA", 0)
	nmc.add("USA", nmcFirst)
	return gdp, nmc, polity, sipri
}

type cutSpec struct {
	in, out string
	cols    []string // columns kept (renamed to outCols)
	outCols []string
	keep    func(r []string) bool
}

func cut(src, dst string) error {
	gdp, nmc, polity, sipri := wants()
	year := func(s string) int { y, _ := strconv.Atoi(s); return y }
	specs := []cutSpec{
		{"maddison-2018.csv", maddisonFile, []string{"countrycode", "year", "rgdpnapc", "pop"}, nil,
			func(r []string) bool { return gdp.keep(r[0], year(r[1]), dataLast) && r[2] != "" && r[3] != "" }},
		{"cow-nmc-6.0-abridged.csv", nmcFile, []string{"stateabb", "year", "milex"}, nil,
			func(r []string) bool { return nmc.keep(r[0], year(r[1]), dataLast) && r[2] != "-9" }},
		{"polity2.csv", polityFile, []string{"stateabb", "year", "polity2"}, nil,
			func(r []string) bool {
				y := year(r[1])
				return polity.keep(r[0], y, dataLast) && (y <= cwEnd || y >= c21Start) && r[2] != "NA" && r[2] != ""
			}},
		{"sipri-milex-share-gdp.csv", sipriFile, []string{"Code", "Year", "Military expenditure (% of GDP)"},
			[]string{"code", "year", "share_pct"},
			func(r []string) bool { return sipri.keep(r[0], year(r[1]), factorLast) && r[2] != "" }},
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, c := range specs {
		rows, err := readTable(filepath.Join(src, c.in), c.cols)
		if err != nil {
			return err
		}
		head := c.outCols
		if head == nil {
			head = c.cols
		}
		out := [][]string{head}
		for _, r := range rows {
			if c.keep(r) {
				out = append(out, r)
			}
		}
		if err := writeCSV(filepath.Join(dst, c.out), out); err != nil {
			return err
		}
	}
	return cutATOP(src, dst)
}

// cutATOP writes the membership spells of NATO (3180) and the Warsaw Pact
// (3285) for the scenarios' states, with their COW stateabb.
func cutATOP(src, dst string) error {
	abbs, err := readTable(filepath.Join(src, "cow-nmc-6.0-abridged.csv"), []string{"ccode", "stateabb"})
	if err != nil {
		return err
	}
	_, nmc, _, _ := wants()
	abbOf := map[string]string{}
	for _, r := range abbs {
		if _, ok := nmc[r[1]]; ok {
			abbOf[r[0]] = r[1]
		}
	}
	rows, err := readTable(filepath.Join(src, "atop-4.01-member-level.csv"),
		[]string{"atopid", "member", "yrent", "moent", "yrexit", "moexit"})
	if err != nil {
		return err
	}
	names := map[string]string{"3180": "NATO", "3285": "Warsaw Pact"}
	out := [][]string{{"atopid", "alliance", "member", "stateabb", "yrent", "moent", "yrexit", "moexit"}}
	for _, r := range rows {
		abb, ok := abbOf[r[1]]
		if name := names[r[0]]; name != "" && ok {
			out = append(out, slices.Concat(r[:1], []string{name}, r[1:2], []string{abb}, r[2:]))
		}
	}
	return writeCSV(filepath.Join(dst, atopFile), out)
}

func writeCSV(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
