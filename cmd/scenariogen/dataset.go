package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

// The subsets in scenarios/data/ (scenarios/data/README.md describes each
// and its cut).
const (
	maddisonFile  = "maddison.csv"         // countrycode, year, rgdpnapc, pop
	nmcFile       = "nmc-milex.csv"        // stateabb, ccode, year, milex, tpop, milper
	polityFile    = "polity2.csv"          // stateabb, year, polity2
	sipriFile     = "sipri-share.csv"      // code, year, share_pct
	tssFile       = "tss-rivalries.csv"    // the strategic rivalries, whole
	atopFile      = "atop-pacts.csv"       // ATOP defence and offence pacts: member spells
	referenceFile = "reference-shares.csv" // validation: defence share per state-year
	codesFile     = "state-codes.csv"      // validation: scenario ids and their COW codes
)

// key is a series code (ISO3 or COW stateabb) and a year.
type key struct {
	code string
	year int
}

// dataset holds the subsets: GDP [billion 2011 USD], GDP per head [2011
// USD] and population [thousands] by Maddison code; NMC milex [thousand
// current USD, current pounds before 1914], population [thousands] and
// Polity2 by COW stateabb; SIPRI shares [fraction of GDP] by ISO3; the
// strategic rivalries and the ATOP pacts. A missing value is absent.
type dataset struct {
	gdp        map[key]float64
	perHead    map[key]float64 // Maddison rgdpnapc
	people     map[key]float64 // Maddison pop
	milex      map[key]float64
	tpop       map[key]float64 // NMC total population
	milper     map[key]float64 // NMC military personnel [thousands] (nmcscan.go)
	popRaw     map[key]float64 // NMC populations mended (poperrors.go), as the data give them
	polity     map[key]float64
	polityFrom int // the first year polity codes: before it the data say nothing
	sipri      map[key]float64
	ccode      map[string]int // COW stateabb → ccode
	rivalry    []tssRivalry
	pacts      []pactSpell
	pactKind   map[int]string // atopid → "defence", "offence" or both
	wars       []cowSpell     // COW's inter-state wars: every participant's spells (outside.go)
}

func newDataset() *dataset {
	return &dataset{
		gdp: map[key]float64{}, perHead: map[key]float64{}, people: map[key]float64{}, milex: map[key]float64{},
		tpop: map[key]float64{}, milper: map[key]float64{}, polity: map[key]float64{}, sipri: map[key]float64{}, ccode: map[string]int{},
		pactKind: map[int]string{},
	}
}

func loadDataset(dir string) (*dataset, error) {
	d := newDataset()
	loads := []struct {
		file string
		cols []string
		put  func(code string, year int, v []float64)
	}{
		{maddisonFile, []string{"countrycode", "year", "rgdpnapc", "pop"}, func(c string, y int, v []float64) {
			if v[0] > 0 {
				d.perHead[key{c, y}] = v[0]
			}
			if v[1] > 0 {
				d.people[key{c, y}] = v[1]
			}
			if v[0] > 0 && v[1] > 0 {
				d.gdp[key{c, y}] = v[0] * v[1] / 1e6 // 2011 USD per head × thousands → billions
			}
		}},
		{nmcFile, []string{"stateabb", "year", "milex", "tpop", "ccode", "milper"}, func(c string, y int, v []float64) {
			if v[0] >= 0 {
				d.milex[key{c, y}] = v[0]
			}
			if v[1] > 0 {
				d.tpop[key{c, y}] = v[1]
			}
			d.ccode[c] = int(v[2])
			if v[3] > 0 {
				d.milper[key{c, y}] = v[3]
			}
		}},
		{polityFile, []string{"stateabb", "year", "polity2"}, func(c string, y int, v []float64) { d.polity[key{c, y}] = v[0] }},
		{sipriFile, []string{"code", "year", "share_pct"}, func(c string, y int, v []float64) { d.sipri[key{c, y}] = v[0] / 100 }},
	}
	for _, l := range loads {
		path := filepath.Join(dir, l.file)
		rows, err := readTable(path, l.cols)
		if err != nil {
			return nil, err
		}
		for i, r := range rows {
			year, err := strconv.Atoi(r[1])
			if err != nil {
				return nil, fmt.Errorf("%s row %d: year %q: %w", path, i+2, r[1], err)
			}
			v := make([]float64, len(r)-2)
			for j := range v {
				if r[j+2] == "" {
					v[j] = -1 // missing
					continue
				}
				if v[j], err = strconv.ParseFloat(r[j+2], 64); err != nil {
					return nil, fmt.Errorf("%s row %d: %s %q: %w", path, i+2, l.cols[j+2], r[j+2], err)
				}
			}
			l.put(r[0], year, v)
		}
	}
	d.polityFrom = math.MaxInt
	for k := range d.polity {
		d.polityFrom = min(d.polityFrom, k.year)
	}
	var err error
	if d.rivalry, err = loadTSS(filepath.Join(dir, tssFile)); err != nil {
		return nil, err
	}
	if d.pacts, err = loadPacts(filepath.Join(dir, atopFile), d.pactKind); err != nil {
		return nil, err
	}
	if err := d.loadOutsideWars(dir); err != nil {
		return nil, err
	}
	d.mendPopulation() // poperrors.go
	return d, nil
}

// readTable reads a CSV file with a header and returns, for every row, the
// fields of the named columns in that order.
func readTable(path string, cols []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(records) == 0 {
		return nil, fmt.Errorf("read %s: no header", path)
	}
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = -1
		for j, h := range records[0] {
			if h == c {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("read %s: no column %q", path, c)
		}
	}
	out := make([][]string, 0, len(records)-1)
	for _, r := range records[1:] {
		row := make([]string, len(cols))
		for i, j := range idx {
			row[i] = r[j]
		}
		out = append(out, row)
	}
	return out, nil
}
