package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Wars against no state: COW's extra-state wars (Sarkees & Wayman 2010,
// scenarios/data/cow-extrastate-wars-4.0.csv), a state of the system
// against a colony, a nation without a state or an empire outside the
// system (Britain in Malaya and Kenya, France in Indochina and Algeria,
// Portugal in Angola and Mozambique, the Boer War, the USSR in
// Afghanistan). They enter by the rule of the wars against states outside
// a scenario (outside.go): each spell of an era state whose enemies include
// none of the era's states is a war event against them, named
// outside:NAME, the non-state side by its name in the data; the
// belligerent pays its own war's costs (sim/warbudget.go). A war COW has
// under way when its data end (−7) is taken to its last year, 2007. A war
// under way in the state's first year is in its start share as the data
// measure it, and is not an event (outside.go): a colonial war lasts a
// decade, and the start-share rule's skipping of a war's years
// (fought.go), made for wars between states, would start France in 1947
// at the Algerian war's level of 1955–57. An extra-state war with a state
// of the era on the other side is left out (the Western Saharan war, in
// which Algeria fought beside the Polisario in 1976).

const (
	cowExtraFile = "cow-extrastate-wars-4.0.csv"
	cowExtraWars = "Sarkees & Wayman (2010), Resort to War (COW extra-state wars, v4.0)"
	// cowExtraBase sets the extra-state wars' numbers apart from the
	// inter-state ones (COW numbers them 300 and up, the inter-state ones
	// below 300; the offset keeps them apart whatever the releases do).
	cowExtraBase = 10000
)

// cowDataEnd is the last day of COW's war data v4.0, the end of a war
// under way when they end.
var cowDataEnd = time.Date(2007, 12, 31, 0, 0, 0, 0, time.UTC)

// loadCOWExtraWars reads the state participants' spells of COW's
// extra-state wars, in the data's order, and then, for each war, its
// non-state side as a participant of its own (a negative ccode, named by
// the data, once per war, side and name), fighting from the war's first
// day to its last.
func loadCOWExtraWars(path string) ([]cowSpell, error) {
	cols := []string{"WarNum", "WarName", "ccode1", "SideA", "ccode2", "SideB",
		"StartYear1", "StartMonth1", "StartDay1", "EndYear1", "EndMonth1", "EndDay1",
		"StartYear2", "StartMonth2", "StartDay2", "EndYear2", "EndMonth2", "EndDay2 "}
	rows, err := readTable(path, cols)
	if err != nil {
		return nil, err
	}
	var out, entities []cowSpell
	span := map[int][2]time.Time{} // per war: its first and last day
	for k, r := range rows {
		v := make([]int, len(r))
		for j, f := range r {
			if j == 1 || j == 3 || j == 5 {
				continue
			}
			if v[j], err = strconv.Atoi(strings.TrimSpace(f)); err != nil {
				return nil, fmt.Errorf("%s row %d: %s %q: %w", path, k+2, cols[j], f, err)
			}
		}
		war, name := cowExtraBase+v[0], cp1252(r[1])
		for _, at := range []int{6, 12} {
			if v[at] < 0 {
				continue // no second spell
			}
			from := cowExtraDate(v[at], v[at+1], v[at+2], false)
			to := cowExtraDate(v[at+3], v[at+4], v[at+5], true)
			if to.Before(from) {
				return nil, fmt.Errorf("%s row %d: a spell of %s ends before it begins", path, k+2, r[1])
			}
			s := span[war]
			if s[0].IsZero() || from.Before(s[0]) {
				s[0] = from
			}
			s[1] = maxTime(s[1], to)
			span[war] = s
			for side := 1; side <= 2; side++ { // ccode1, SideA; ccode2, SideB
				if c := v[2*side]; c >= 0 {
					out = append(out, cowSpell{war: war, name: name, ccode: c, state: cp1252(r[2*side+1]), side: side, from: from, to: to, extra: true})
				}
			}
		}
		for side := 1; side <= 2; side++ {
			entity := cp1252(r[2*side+1])
			if v[2*side] >= 0 || entity == "-8" || entity == "-9" || slices.ContainsFunc(entities, func(e cowSpell) bool {
				return e.war == war && e.side == side && e.state == entity
			}) {
				continue
			}
			entities = append(entities, cowSpell{war: war, name: name, state: entity, side: side, extra: true})
		}
	}
	for k := range entities {
		e := &entities[k]
		e.ccode, e.from, e.to = -1-k, span[e.war][0], span[e.war][1]
	}
	return append(out, entities...), nil
}

// cowExtraDate is cowDate for the extra-state data, whose months may be
// unknown too (−9: January at a start, December at an end) and whose
// wars under way when the data end (year −7) end with them.
func cowExtraDate(y, m, d int, end bool) time.Time {
	if y == -7 {
		return cowDataEnd
	}
	if m < 1 {
		if end {
			m, d = 12, 31
		} else {
			m, d = 1, 1
		}
	}
	return cowDate(y, m, d, end)
}

// cp1252 reads the data's one non-ASCII character, Windows-1252's right
// single quotation mark (0x92), as an apostrophe.
func cp1252(s string) string { return strings.ReplaceAll(s, "\x92", "'") }

// entityName is a non-state side as an outside:NAME: its words joined,
// each capitalised, letters and digits only ("Malayan Communists" →
// MalayanCommunists, "al-Qaeda & Taliban" → AlQaedaTaliban).
func entityName(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if up {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			up = false
		case r == '\'':
		default:
			up = true
		}
	}
	return b.String()
}

// loadExtraStateWars adds COW's extra-state wars to d's wars.
func (d *dataset) loadExtraStateWars(dir string) error {
	extra, err := loadCOWExtraWars(filepath.Join(dir, cowExtraFile))
	d.wars = append(d.wars, extra...)
	return err
}
