package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

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
