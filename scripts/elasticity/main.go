// Command elasticity measures what history's defence shares say about the
// budget rule's income term, from the data the scenarios are built from
// (scenarios/data): the ten-year change in the log of each state's share
// (three-year medians, every state-year with a share ten years on) against
// the change in the log of its GDP, split into GDP per head and population,
// and by economic system (the scenarios' command_economy flag).
//
// The rule's income term, (Y/Y_a)^(η−1), says a share moves with total
// GDP at η − 1, whatever part of the growth is population; and one η for
// every state. Run from the repository's root:
//
//	go run ./scripts/elasticity
//
// docs/MODEL-NOTES.md ("Tried and not kept: income per head, and the
// planners' own elasticity") gives what it prints and what was tried on it.
// A descriptive regression, not an estimate of the rule's constants: the
// threat, the wars and the alliances that move shares are left out.
package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

type key struct {
	scenario, id string
}

type change struct {
	share, perHead, pop float64 // ten-year log changes
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "elasticity:", err)
		os.Exit(1)
	}
}

func run() error {
	iso, err := maddisonCodes("cmd/scenariogen")
	if err != nil {
		return err
	}
	command, err := commandEconomies("scenarios/builtin")
	if err != nil {
		return err
	}
	gdp, pop, err := maddison("scenarios/data/maddison.csv")
	if err != nil {
		return err
	}
	shares, err := referenceShares("scenarios/data/reference-shares.csv")
	if err != nil {
		return err
	}
	all, bySystem := []change{}, map[string][]change{}
	for _, k := range sortedKeys(shares) {
		code, ok := iso[k.id]
		if !ok {
			continue
		}
		d := shares[k]
		for y := range d {
			a, b := median3(d, y), median3(d, y+10)
			g0, g1, p0, p1 := gdp[code][y], gdp[code][y+10], pop[code][y], pop[code][y+10]
			if _, later := d[y+10]; !later || a <= 0 || b <= 0 || g0 <= 0 || g1 <= 0 || p0 <= 0 || p1 <= 0 {
				continue
			}
			people := math.Log(p1 / p0)
			c := change{math.Log(b / a), math.Log(g1/g0) - people, people}
			all = append(all, c)
			if y%5 == 0 { // non-overlapping starts for the split by system
				sys := "market"
				if command[k] {
					sys = "command"
				}
				bySystem[sys] = append(bySystem[sys], c)
			}
		}
	}
	b, se := ols(all, func(c change) []float64 { return []float64{1, c.perHead, c.pop} })
	fmt.Printf("ten-year log change of the share, %d state-years, all eras:\n", len(all))
	fmt.Printf("  on GDP per head %+.2f (s.e. %.2f), on population %+.2f (%.2f); a total-GDP income term makes them equal (η − 1)\n", b[1], se[1], b[2], se[2])
	for _, sys := range []string{"market", "command"} {
		cs := bySystem[sys]
		b, se := ols(cs, func(c change) []float64 { return []float64{1, c.perHead + c.pop} })
		fmt.Printf("  %s economies, on total GDP: %+.2f (s.e. %.2f), %d state-decades: η ≈ %.2f\n", sys, b[1], se[1], len(cs), 1+b[1])
	}
	return nil
}

// maddisonCodes reads the scenario generator's nation specs, whose calls
// name a state's id and then its Maddison code: ("UKG", "United
// Kingdom", "europe", "GBR"). The first spec of an id wins.
func maddisonCodes(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	spec := regexp.MustCompile(`\("([A-Z]{3})", "[^"]+", "[a-z_]+", "([A-Z]{3})"`)
	codes := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, m := range spec.FindAllStringSubmatch(string(src), -1) {
			if _, seen := codes[m[1]]; !seen {
				codes[m[1]] = m[2]
			}
		}
	}
	return codes, nil
}

// commandEconomies reads which states of each built-in scenario are
// command economies.
func commandEconomies(dir string) (map[key]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	name := regexp.MustCompile(`(?m)^name = "([^"]+)"`)
	id := regexp.MustCompile(`(?m)^id = "(\w+)"`)
	flag := regexp.MustCompile(`(?m)^command_economy = true`)
	out := map[key]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		m := name.FindSubmatch(src)
		if m == nil {
			continue
		}
		for _, block := range bytes.Split(src, []byte("[[nation]]"))[1:] {
			if n := id.FindSubmatch(block); n != nil && flag.Match(block) {
				out[key{string(m[1]), string(n[1])}] = true
			}
		}
	}
	return out, nil
}

func maddison(path string) (gdp, pop map[string]map[int]float64, err error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, nil, err
	}
	gdp, pop = map[string]map[int]float64{}, map[string]map[int]float64{}
	for _, r := range rows[1:] { // countrycode, year, rgdpnapc, pop
		y, err1 := strconv.Atoi(r[1])
		perHead, err2 := strconv.ParseFloat(r[2], 64)
		people, err3 := strconv.ParseFloat(r[3], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		if gdp[r[0]] == nil {
			gdp[r[0]], pop[r[0]] = map[int]float64{}, map[int]float64{}
		}
		gdp[r[0]][y], pop[r[0]][y] = perHead*people, people
	}
	return gdp, pop, nil
}

func referenceShares(path string) (map[key]map[int]float64, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	out := map[key]map[int]float64{}
	for _, r := range rows[1:] { // scenario, id, year, share, …
		y, err1 := strconv.Atoi(r[2])
		s, err2 := strconv.ParseFloat(r[3], 64)
		if err1 != nil || err2 != nil || s <= 0 {
			continue
		}
		k := key{r[0], r[1]}
		if out[k] == nil {
			out[k] = map[int]float64{}
		}
		out[k][y] = s
	}
	return out, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	return r.ReadAll()
}

// median3 is the median of a state's shares in the three years about y
// (0 when it has none).
func median3(d map[int]float64, y int) float64 {
	var v []float64
	for t := y - 1; t <= y+1; t++ {
		if s, ok := d[t]; ok {
			v = append(v, s)
		}
	}
	if len(v) == 0 {
		return 0
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// ols fits the log change of the share on the regressors x(c) by least
// squares, returning the coefficients and their standard errors.
func ols(cs []change, x func(change) []float64) (b, se []float64) {
	p := len(x(change{}))
	xtx, xty := make([][]float64, p), make([]float64, p)
	for i := range xtx {
		xtx[i] = make([]float64, p)
	}
	for _, c := range cs {
		row := x(c)
		for i := range row {
			xty[i] += row[i] * c.share
			for j := range row {
				xtx[i][j] += row[i] * row[j]
			}
		}
	}
	inv := invert(xtx)
	b = make([]float64, p)
	for i := range b {
		for j := range b {
			b[i] += inv[i][j] * xty[j]
		}
	}
	rss := 0.0
	for _, c := range cs {
		e := c.share
		for i, v := range x(c) {
			e -= b[i] * v
		}
		rss += e * e
	}
	s2 := rss / float64(len(cs)-p)
	se = make([]float64, p)
	for i := range se {
		se[i] = math.Sqrt(s2 * inv[i][i])
	}
	return b, se
}

// invert inverts a small symmetric positive-definite matrix by
// Gauss–Jordan elimination.
func invert(m [][]float64) [][]float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, 2*n)
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		piv := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[piv][c]) {
				piv = r
			}
		}
		a[c], a[piv] = a[piv], a[c]
		d := a[c][c]
		for j := range a[c] {
			a[c][j] /= d
		}
		for r := 0; r < n; r++ {
			if r != c {
				f := a[r][c]
				for j := range a[r] {
					a[r][j] -= f * a[c][j]
				}
			}
		}
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = a[i][n:]
	}
	return out
}

func sortedKeys(m map[key]map[int]float64) []key {
	ks := make([]key, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].scenario != ks[j].scenario {
			return ks[i].scenario < ks[j].scenario
		}
		return ks[i].id < ks[j].id
	})
	return ks
}
