package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The strategic rivalries of Thompson, Sakuwa & Suhas (2021), as the
// peacesciencer R package distributes them (Miller 2022): pairs of states
// that regarded each other as competitors, enemies or threats, with the
// years and the kinds of each rivalry. Every historical scenario takes its
// rivalries from them by one rule (rivalriesOf): no rivalry is written by
// hand, and none is given a level, which is the model's h_rival.

const tssSource = "Thompson, Sakuwa & Suhas (2021), Analyzing Strategic Rivalries in World Politics " +
	"(strategic rivalries as distributed with peacesciencer, Miller 2022)"

// tssRivalry is one spell of a strategic rivalry.
type tssRivalry struct {
	label    string // as the file names it: "Britain-France 2"
	a, b     string // the sides' names
	from, to int    // years, inclusive
	earlier  bool   // began before the file's coverage ("P1494", "P1816")
	ongoing  bool   // in force at the end of the coverage (2020)
	kinds    []string
	line     int
}

// tssLast is the last year the rivalry file covers ("ongoing" means in
// force then).
const tssLast = 2020

var tssSpell = regexp.MustCompile(` \d+$`)

func loadTSS(path string) ([]tssRivalry, error) {
	cols := []string{"rivalry", "start", "end", "positional", "spatial", "ideological", "interventionary", "principal", "aprin"}
	rows, err := readTable(path, cols)
	if err != nil {
		return nil, err
	}
	var out []tssRivalry
	for k, r := range rows {
		name := tssSpell.ReplaceAllString(r[0], "")
		a, b, ok := strings.Cut(name, "-")
		if !ok {
			return nil, fmt.Errorf("%s row %d: rivalry %q is not \"A-B\"", path, k+2, r[0])
		}
		t := tssRivalry{label: r[0], a: a, b: b, line: k + 2}
		start := r[1]
		if strings.HasPrefix(start, "P") {
			t.earlier, start = true, start[1:]
		}
		if t.from, err = strconv.Atoi(start); err != nil {
			return nil, fmt.Errorf("%s row %d: start %q: %w", path, k+2, r[1], err)
		}
		if r[2] == "ongoing" {
			t.ongoing, t.to = true, tssLast
		} else if t.to, err = strconv.Atoi(r[2]); err != nil {
			return nil, fmt.Errorf("%s row %d: end %q: %w", path, k+2, r[2], err)
		}
		for j, kind := range cols[3:] {
			if r[3+j] == "1" {
				t.kinds = append(t.kinds, kind)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

func (t tssRivalry) has(kind string) bool { return slices.Contains(t.kinds, kind) }

// tssCode maps a side's name to its COW ccode over a span of years.
type tssCode struct {
	ccode    int
	from, to int
}

// tssCodes are the COW state codes of the names the rivalry file uses
// (the data README's mapping: "Austria (Hungary)" = 300, "Ottoman E" = 640,
// "Prussia" = 255, "Serbia" = 345, "USSR" and "Russia" = 365). "Germany" is
// the German state of the time: Prussia and the Reich (255) before 1945,
// West Germany (260) from 1949 to 1990, Germany (255) after. Venice is not
// a COW state. "Yemen" is the state of the time too: the Yemen Arab
// Republic (COW 678, from 1926: the rivalries of 1931–34 and of the civil
// war of 1962–69 with Saudi Arabia and Jordan) before 1990, unified Yemen
// (679) from 1990.
var tssCodes = map[string][]tssCode{
	"Afghanistan": {{700, 0, 9999}}, "Albania": {{339, 0, 9999}}, "Algeria": {{615, 0, 9999}},
	"Angola": {{540, 0, 9999}}, "Argentina": {{160, 0, 9999}}, "Armenia": {{371, 0, 9999}},
	"Austria": {{300, 0, 1918}, {305, 1919, 9999}}, "Austria (Hungary)": {{300, 0, 1918}, {305, 1919, 9999}},
	"Azerbaijan": {{373, 0, 9999}}, "Bahrain": {{692, 0, 9999}}, "Belize": {{80, 0, 9999}},
	"Bolivia": {{145, 0, 9999}}, "Bosnia": {{346, 0, 9999}}, "Brazil": {{140, 0, 9999}},
	"Britain": {{200, 0, 9999}}, "Bulgaria": {{355, 0, 9999}}, "Burkina Faso": {{439, 0, 9999}},
	"Burma": {{775, 0, 9999}}, "Burundi": {{516, 0, 9999}}, "Cambodia": {{811, 0, 9999}},
	"Cameroon": {{471, 0, 9999}}, "Central African Republic": {{482, 0, 9999}}, "Chad": {{483, 0, 9999}},
	"Chile": {{155, 0, 9999}}, "China": {{710, 0, 9999}}, "Colombia": {{100, 0, 9999}},
	"Costa Rica": {{94, 0, 9999}}, "Croatia": {{344, 0, 9999}}, "Cuba": {{40, 0, 9999}},
	"Cyprus": {{352, 0, 9999}}, "Czechoslovakia": {{315, 0, 9999}}, "DRC": {{490, 0, 9999}},
	"Djibouti": {{522, 0, 9999}}, "Dominican Rep": {{42, 0, 9999}}, "E. Germany": {{265, 0, 9999}},
	"Ecuador": {{130, 0, 9999}}, "Eguatorial Guinea": {{411, 0, 9999}}, "Egypt": {{651, 0, 9999}},
	"El Salvador": {{92, 0, 9999}}, "Eritrea": {{531, 0, 9999}}, "Ethiopia": {{530, 0, 9999}},
	"France": {{220, 0, 9999}}, "Gabon": {{481, 0, 9999}},
	"Germany": {{255, 0, 1945}, {260, 1949, 1990}, {255, 1991, 9999}},
	"Ghana":   {{452, 0, 9999}}, "Greece": {{350, 0, 9999}}, "Guatemala": {{90, 0, 9999}},
	"Guinea": {{438, 0, 9999}}, "Guyana": {{110, 0, 9999}}, "Haiti": {{41, 0, 9999}},
	"Honduras": {{91, 0, 9999}}, "Hungary": {{310, 0, 9999}}, "India": {{750, 0, 9999}},
	"Indonesia": {{850, 0, 9999}}, "Iran": {{630, 0, 9999}}, "Iraq": {{645, 0, 9999}},
	"Israel": {{666, 0, 9999}}, "Italy": {{325, 0, 9999}}, "Ivory Coast": {{437, 0, 9999}},
	"Japan": {{740, 0, 9999}}, "Jordan": {{663, 0, 9999}}, "Kazakhstan": {{705, 0, 9999}},
	"Kenya": {{501, 0, 9999}}, "Kosovo": {{347, 0, 9999}}, "Kuwait": {{690, 0, 9999}},
	"Kyrgyzstan": {{703, 0, 9999}}, "Laos": {{812, 0, 9999}}, "Lebanon": {{660, 0, 9999}},
	"Liberia": {{450, 0, 9999}}, "Libya": {{620, 0, 9999}}, "Lithuania": {{368, 0, 9999}},
	"Malawi": {{553, 0, 9999}}, "Malaysia": {{820, 0, 9999}}, "Mali": {{432, 0, 9999}},
	"Mauritania": {{435, 0, 9999}}, "Mexico": {{70, 0, 9999}}, "Morocco": {{600, 0, 9999}},
	"Mozambique": {{541, 0, 9999}}, "N. Vietnam": {{816, 0, 9999}}, "N. Yemen": {{678, 0, 9999}},
	"Namibia": {{565, 0, 9999}}, "Netherlands": {{210, 0, 9999}}, "Nicaragua": {{93, 0, 9999}},
	"Nigeria": {{475, 0, 9999}}, "North Korea": {{731, 0, 9999}}, "Oman": {{698, 0, 9999}},
	"Ottoman E": {{640, 0, 9999}}, "Pakistan": {{770, 0, 9999}}, "Panama": {{95, 0, 9999}},
	"Paraguay": {{150, 0, 9999}}, "Peru": {{135, 0, 9999}}, "Poland": {{290, 0, 9999}},
	"Portugal": {{235, 0, 9999}}, "Prussia": {{255, 0, 9999}}, "Qatar": {{694, 0, 9999}},
	"Romania": {{360, 0, 9999}}, "Russia": {{365, 0, 9999}}, "Rwanda": {{517, 0, 9999}},
	"S. Vietnam": {{817, 0, 9999}}, "S. Yemen": {{680, 0, 9999}}, "Saudi Arabia": {{670, 0, 9999}},
	"Senegal": {{433, 0, 9999}}, "Serbia": {{345, 0, 9999}}, "Sierra Leone": {{451, 0, 9999}},
	"Singapore": {{830, 0, 9999}}, "Somalia": {{520, 0, 9999}}, "South Africa": {{560, 0, 9999}},
	"South Korea": {{732, 0, 9999}}, "South Sudan": {{626, 0, 9999}}, "Spain": {{230, 0, 9999}},
	"Sudan": {{625, 0, 9999}}, "Sweden": {{380, 0, 9999}}, "Syria": {{652, 0, 9999}},
	"Taiwan": {{713, 0, 9999}}, "Tanzania": {{510, 0, 9999}}, "Thailand": {{800, 0, 9999}},
	"Togo": {{461, 0, 9999}}, "Tunisia": {{616, 0, 9999}}, "Turkey": {{640, 0, 9999}},
	"UAE": {{696, 0, 9999}}, "USSR": {{365, 0, 9999}}, "Uganda": {{500, 0, 9999}},
	"Ukraine": {{369, 0, 9999}}, "United States": {{2, 0, 9999}}, "Uzbekistan": {{704, 0, 9999}},
	"Venezuela": {{101, 0, 9999}}, "Venice": nil, "Vietnam": {{816, 0, 9999}},
	"W. Germany": {{260, 0, 9999}}, "Yemen": {{678, 0, 1989}, {679, 1990, 9999}}, "Yugoslavia": {{345, 0, 9999}},
	"Zambia": {{551, 0, 9999}}, "Zimbabwe": {{552, 0, 9999}},
}

// codeOf returns the ccode a side's name stands for in year y.
func codeOf(name string, y int) (int, bool) {
	for _, c := range tssCodes[name] {
		if y >= c.from && y <= c.to {
			return c.ccode, true
		}
	}
	return 0, false
}

// tssMisnamed lists the rows of the rivalry file whose sides cannot be the
// states it names, with why: rivalriesOf skips them as data errors, as it
// skips a spell that ends before it starts.
var tssMisnamed = map[string]string{
	"Malawi-Tunisia": "a spatial rivalry (1964–1994) of two states 3,000 km apart with no border, lake or sea between them; " +
		"probably Malawi–Tanzania (the Lake Nyasa border; Banda's claims against Nyerere), not read as either",
}

// rivalriesOf is the one rule: every spell of a strategic rivalry between
// two of the scenario's states that is in force in some year of [start,
// end] becomes a [[rivalry]] over those years, with the model's level
// (h_rival) and its kinds; an ideological rivalry is marked so. A side is
// the scenario state whose COW code it maps to in each year (the state's
// code may change: West Germany and Germany). A spell whose end precedes
// its start in the file is a data error and is skipped (tssErrors lists
// them), and so is a row whose sides are misnamed (tssMisnamed).
func (d *dataset) rivalriesOf(specs []nationSpec, start, end int) (rels []relation) {
	for _, t := range d.rivalry {
		if t.to < t.from || tssMisnamed[t.label] != "" {
			continue
		}
		lastYear := t.to
		if t.ongoing {
			lastYear = end // in force when the data end, so to the scenario's end
		}
		// The years both sides are scenario states, grouped into runs with
		// the same pair of states.
		var cur *relation
		for y := max(start, t.from); y <= min(end, lastYear); y++ {
			a, okA := d.stateAt(specs, t.a, y)
			b, okB := d.stateAt(specs, t.b, y)
			if !okA || !okB || a == b {
				cur = nil
				continue
			}
			if cur != nil && cur.a == a && cur.b == b && cur.to == y-1 {
				cur.to = y
				continue
			}
			rels = append(rels, relation{a: a, b: b, from: y, to: y, ideological: t.has("ideological"),
				kinds: strings.Join(t.kinds, ", "), fromTSS: true,
				why:    fmt.Sprintf("%s, %s–%s (%s).", t.label, tssYear(t.from, t.earlier), tssEnd(t), strings.Join(t.kinds, ", ")),
				source: fmt.Sprintf("%s: %q, row %d", tssSource, t.label, t.line)})
			cur = &rels[len(rels)-1]
		}
	}
	return rels
}

// tssErrors lists the spells of the rivalry file whose end precedes their
// start, which rivalriesOf skips.
func (d *dataset) tssErrors() []string {
	var out []string
	for _, t := range d.rivalry {
		if t.to < t.from {
			out = append(out, fmt.Sprintf("%s (row %d): ends %d before it starts %d", t.label, t.line, t.to, t.from))
		}
	}
	return out
}

func tssYear(y int, earlier bool) string {
	if earlier {
		return fmt.Sprintf("before %d", y)
	}
	return strconv.Itoa(y)
}

func tssEnd(t tssRivalry) string {
	if t.ongoing {
		return "ongoing"
	}
	return strconv.Itoa(t.to)
}

// stateAt returns the id of the scenario state a rivalry side's name
// stands for in year y: the state whose NMC series in y has the name's
// COW code, and which is in the system in y.
func (d *dataset) stateAt(specs []nationSpec, name string, y int) (string, bool) {
	code, ok := codeOf(name, y)
	if !ok {
		return "", false
	}
	return d.stateOfCode(specs, code, y)
}

// stateOfCode returns the id of the scenario state whose NMC series in
// year y has COW code code, and which is in the system in y.
func (d *dataset) stateOfCode(specs []nationSpec, code, y int) (string, bool) {
	for _, s := range specs {
		if y < s.start || y > s.end {
			continue
		}
		if c, ok := d.codeAt(s, y); ok && c == code {
			return s.id, true
		}
	}
	return "", false
}

// codeAt is a nation's COW ccode in year y: that of its NMC series then.
func (d *dataset) codeAt(s nationSpec, y int) (int, bool) {
	sp, ok := s.series.at(y)
	if !ok {
		return 0, false
	}
	if s.ccode != 0 {
		return s.ccode, true
	}
	c, ok := d.ccode[sp.nmc]
	return c, ok
}
