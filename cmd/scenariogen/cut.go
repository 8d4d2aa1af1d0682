package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// cut writes the subsets of the full data in src that the generator needs
// into dst: only the scenarios' states and years, and only the columns
// used. scenarios/data/README.md states each cut; keep the two in step.

// The years kept.
const (
	dataLast   = 2016 // Maddison, NMC and Polity end here
	polityLead = 5    // Polity2 years kept before an era's start
)

// wanted lists, for each code of a source, the spans of years kept.
type wanted map[string][][2]int

func (w wanted) add(code string, from, to int) {
	if code != "" {
		w[code] = append(w[code], [2]int{from, to})
	}
}

func (w wanted) keep(code string, year int) bool {
	for _, r := range w[code] {
		if year >= r[0] && year <= r[1] {
			return true
		}
	}
	return false
}

// wants gathers the codes and years every era's nations need: Maddison
// from the start (the years around it too for a series read per head, which
// may be interpolated), NMC from the first year a stock accumulates, Polity
// over the era, SIPRI whole.
func wants() (gdp, nmc, polity, sipri wanted) {
	gdp, nmc, polity, sipri = wanted{}, wanted{}, wanted{}, wanted{}
	for _, e := range eras() {
		for _, s := range e.specs() {
			for _, sp := range s.series {
				gdp.add(sp.gdp, e.start, dataLast)
				for _, c := range sp.perHead {
					gdp.add(c, e.start-maxGap, min(dataLast, e.end+maxGap))
				}
				sipri.add(sp.sipri, 0, factorLast)
				nmc.add(sp.nmc, stockStart(e.start), dataLast)
				polity.add(sp.nmc, e.start-polityLead, min(e.end, dataLast))
			}
			for _, r := range s.stock {
				nmc.add(r.nmc, stockStart(e.start), dataLast)
			}
		}
	}
	// The conversion factors: the US series pin both.
	gdp.add("USA", sterlingLast, dataLast)
	sipri.add("USA", 0, factorLast)
	nmc.add("USA", stockFrom, dataLast)
	return gdp, nmc, polity, sipri
}

type cutSpec struct {
	in, out string
	cols    []string // columns kept (renamed to outCols)
	outCols []string
	keep    func(r []string) bool
	edit    func(r []string) []string // nil: rows as read
}

func cut(src, dst string) error {
	gdp, nmc, polity, sipri := wants()
	year := func(s string) int { y, _ := strconv.Atoi(s); return y }
	missing := func(v string) string {
		if v == "-9" {
			return ""
		}
		return v
	}
	specs := []cutSpec{
		{"maddison-2018.csv", maddisonFile, []string{"countrycode", "year", "rgdpnapc", "pop"}, nil,
			func(r []string) bool { return gdp.keep(r[0], year(r[1])) && (r[2] != "" || r[3] != "") }, nil},
		{"cow-nmc-6.0-abridged.csv", nmcFile, []string{"stateabb", "ccode", "year", "milex", "tpop", "milper"}, nil,
			func(r []string) bool { return nmc.keep(r[0], year(r[2])) && (r[3] != "-9" || r[4] != "-9") },
			func(r []string) []string {
				return []string{r[0], r[1], r[2], missing(r[3]), missing(r[4]), missing(r[5])}
			}},
		{"polity2.csv", polityFile, []string{"stateabb", "year", "polity2"}, nil,
			func(r []string) bool { return polity.keep(r[0], year(r[1])) && r[2] != "NA" && r[2] != "" }, nil},
		{"sipri-milex-share-gdp.csv", sipriFile, []string{"Code", "Year", "Military expenditure (% of GDP)"},
			[]string{"code", "year", "share_pct"},
			func(r []string) bool { return sipri.keep(r[0], year(r[1])) && r[2] != "" }, nil},
		{"tss-strategic-rivalries-2021.csv", tssFile,
			[]string{"rivalry", "start", "end", "positional", "spatial", "ideological", "interventionary", "principal", "aprin", "note"}, nil,
			func([]string) bool { return true }, nil},
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
			if !c.keep(r) {
				continue
			}
			if c.edit != nil {
				r = c.edit(r)
			}
			out = append(out, r)
		}
		if err := writeCSV(filepath.Join(dst, c.out), out); err != nil {
			return err
		}
	}
	return cutATOP(src, dst)
}

// cutATOP writes the member spells of every ATOP pact with a defence or an
// offence obligation (alliance level), whatever its members: validation
// compares a run with all of them, and a new era needs no new cut.
func cutATOP(src, dst string) error {
	pacts, err := readTable(filepath.Join(src, "atop-4.01-alliance-level.csv"), []string{"atopid", "defense", "offense"})
	if err != nil {
		return err
	}
	kept := map[string]bool{}
	for _, r := range pacts {
		if r[1] == "1" || r[2] == "1" {
			kept[r[0]] = true
		}
	}
	cols := []string{"atopid", "member", "yrent", "moent", "yrexit", "moexit", "defense", "offense", "wartime", "cowwar", "statthr1", "statthr2", "speclgth", "length", "renewlgt", "organ1"}
	rows, err := readTable(filepath.Join(src, "atop-4.01-member-level.csv"), cols)
	if err != nil {
		return err
	}
	out := [][]string{cols}
	for _, r := range rows {
		if kept[r[0]] {
			out = append(out, r)
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
