package main

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Wars against states outside a scenario. An era's wars with both sides
// among its states are written in its events file, phase by phase; the
// wars its states fought against states it does not model come from COW's
// inter-state war data (Sarkees & Wayman 2010, scenarios/data/
// cow-interstate-wars-4.0.csv) by one rule for every era: each spell of
// fighting of an era state, in a war none of whose enemies is among the
// era's states, is a war event against its enemies named outside:ABB
// (named as outsideName says). The belligerent has no enemy budget to match
// and pays its own war's costs (sim/warbudget.go), and takes no
// displacement (no rival of the data on the other side). Vietnam
// (1965–73) is the United States' largest war of the Cold War, against a
// state the Cold War scenario does not model; the Korean War's first
// months, against North Korea alone, are not one, as the war's enemies
// include China, which the scenario models (its war event starts with
// China's offensive). An outside enemy is named by its NMC abbreviation
// where the project's NMC subset has it, else by COW's state name, and by
// COW's state name too where the abbreviation is an id of the era's
// states, which the era models in other years only (outsideName).

const cowWarFile = "cow-interstate-wars-4.0.csv"

// cowSpell is one participant's spell of fighting in a COW inter-state war.
type cowSpell struct {
	war      int
	name     string // COW's war name
	ccode    int
	state    string // COW's state name
	side     int
	from, to time.Time
	extra    bool // a war of COW's extra-state data (extrastate.go)
}

// loadCOWWars reads every participant's spells (the second spell, when
// there is one, as a spell of its own). An unknown day (-9) is the
// month's first at a start and its last at an end.
func loadCOWWars(path string) ([]cowSpell, error) {
	cols := []string{"WarNum", "WarName", "ccode", "StateName", "Side",
		"StartYear1", "StartMonth1", "StartDay1", "EndYear1", "EndMonth1", "EndDay1",
		"StartYear2", "StartMonth2", "StartDay2", "EndYear2", "EndMonth2", "EndDay2"}
	rows, err := readTable(path, cols)
	if err != nil {
		return nil, err
	}
	var out []cowSpell
	for k, r := range rows {
		v := make([]int, len(r))
		for j, f := range r {
			if j == 1 || j == 3 {
				continue
			}
			if v[j], err = strconv.Atoi(f); err != nil {
				return nil, fmt.Errorf("%s row %d: %s %q: %w", path, k+2, cols[j], f, err)
			}
		}
		for _, at := range []int{5, 11} {
			if v[at] < 0 {
				continue // no second spell
			}
			from, to := cowDate(v[at], v[at+1], v[at+2], false), cowDate(v[at+3], v[at+4], v[at+5], true)
			if to.Before(from) {
				return nil, fmt.Errorf("%s row %d: a spell of %s ends before it begins", path, k+2, r[3])
			}
			out = append(out, cowSpell{war: v[0], name: r[1], ccode: v[2], state: r[3], side: v[4], from: from, to: to})
		}
	}
	return out, nil
}

// cowDate is a COW date; an unknown day is the month's first (a start) or
// last (an end).
func cowDate(y, m, d int, end bool) time.Time {
	if d < 1 {
		if end {
			return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		d = 1
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// loadOutsideWars adds the COW wars to d.
func (d *dataset) loadOutsideWars(dir string) (err error) {
	if d.wars, err = loadCOWWars(filepath.Join(dir, cowWarFile)); err != nil {
		return err
	}
	return d.loadExtraStateWars(dir)
}

// eraSpell is an era state's spell of fighting in a COW war, from the
// era's start or the state's entry, with its enemies of the spell: their
// names, and whether any of them is among the era's states.
type eraSpell struct {
	spell   cowSpell
	id      string
	from    time.Time
	enemies []string
	inside  bool
}

// eraSpells returns the spells of fighting of the era's states in COW's
// wars (each state in the system at the spell's start, or entering during
// it: then from the first day of its entry year), with their enemies.
func (d *dataset) eraSpells(specs []nationSpec, start, end int) []eraSpell {
	eraFrom := time.Date(start, 1, 1, 0, 0, 0, 0, time.UTC)
	eraTo := time.Date(end+1, 1, 1, 0, 0, 0, 0, time.UTC)
	abb := d.abbreviations()
	var out []eraSpell
	for _, p := range d.wars {
		if !p.to.After(eraFrom) || !p.from.Before(eraTo) {
			continue
		}
		from := maxTime(p.from, eraFrom)
		id, ok := d.stateOfCode(specs, p.ccode, from.Year())
		for y := from.Year() + 1; !ok && y <= min(p.to.Year(), end); y++ {
			if id, ok = d.stateOfCode(specs, p.ccode, y); ok { // it enters during its spell
				from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			}
		}
		if !ok {
			continue
		}
		x := eraSpell{spell: p, id: id, from: from}
		for _, e := range d.wars {
			// The enemies that fought while it did, within the era.
			if e.war != p.war || e.side == p.side || !e.to.After(from) || !e.from.Before(p.to) {
				continue
			}
			for y := max(e.from.Year(), from.Year()); y <= min(e.to.Year(), p.to.Year(), end); y++ {
				if _, in := d.stateOfCode(specs, e.ccode, y); in {
					x.inside = true
				}
			}
			if name := d.outsideName(abb, specs, e); !slices.Contains(x.enemies, name) {
				x.enemies = append(x.enemies, name)
			}
		}
		out = append(out, x)
	}
	return out
}

// outsideWars returns the era's wars against states outside it: each spell
// of an era state whose enemies include none of the era's states is a war
// event from the spell's start (or the era's, or the state's entry) to its
// last day; the era's states on one side with the same spell share an
// event. The spells with an enemy among the era's states are its events
// file's wars (TestEveryWarOfTheEraIsAnEvent checks that it has them).
func (d *dataset) outsideWars(specs []nationSpec, start, end int) []event {
	type group struct {
		eraSpell
		ids []string
	}
	var groups []*group
	first := map[string]int{}
	for _, s := range specs {
		first[s.id] = s.start
	}
	for _, x := range d.eraSpells(specs, start, end) {
		if x.inside || len(x.enemies) == 0 {
			continue
		}
		if x.spell.extra && x.spell.from.Year() <= first[x.id] {
			// A colonial war under way in the state's first year is in its
			// start share as the data measure it (extrastate.go).
			continue
		}
		k := slices.IndexFunc(groups, func(g *group) bool {
			return g.spell.war == x.spell.war && g.spell.side == x.spell.side && g.from.Equal(x.from) && g.spell.to.Equal(x.spell.to)
		})
		if k < 0 {
			groups = append(groups, &group{eraSpell: x})
			k = len(groups) - 1
		}
		groups[k].ids = append(groups[k].ids, x.id)
	}
	var out []event
	for _, g := range groups {
		span := cowSpan(g.from, g.spell.to)
		last := g.spell.to.AddDate(0, 0, 1) // COW's last day is a day of fighting
		years := math.Round(last.Sub(g.from).Hours()/24/365.25*100) / 100
		why := fmt.Sprintf("%s against %s, which the scenario does not model: COW's spell of fighting%s.",
			strings.Join(g.ids, ", "), strings.Join(g.enemies, ", "), cowClipped(g.spell.from, g.from))
		out = append(out, war(g.from.Year(), int(g.from.Month()), cowDay(g.from), g.spell.name+" ("+strings.Join(g.ids, ", ")+")",
			g.ids, outside(g.enemies...), max(years, 0.01), span, why,
			fmt.Sprintf("%s: %s (war %d), %s", g.spell.source(), g.spell.name, g.spell.number(), span)))
	}
	return out
}

// abbreviations maps each COW code of the project's NMC subset to its
// abbreviation (the first in order where a code has several).
func (d *dataset) abbreviations() map[int]string {
	abb := map[int]string{}
	for s, c := range d.ccode {
		if old, ok := abb[c]; !ok || s < old {
			abb[c] = s
		}
	}
	return abb
}

// cowAbb is a COW participant's name in an outside:NAME: its NMC
// abbreviation when the project's NMC subset has the state (DRV, PAK), else
// COW's state name without spaces (Somalia, PapalStates).
func (d *dataset) cowAbb(abb map[int]string, s cowSpell) string {
	if a, ok := abb[s.ccode]; ok {
		return a
	}
	if s.ccode < 0 { // a non-state side (extrastate.go)
		return entityName(s.state)
	}
	return strings.ReplaceAll(s.state, " ", "")
}

// outsideName is an enemy's name in an outside:NAME: cowAbb's, or COW's
// state name without spaces when that abbreviation is an id of the era's
// states (a state the era models in other years only, which is outside it
// while the war is fought: China, which enters Asia 1870 with its military
// spending in 1896, against France in 1884–85 and Japan in 1894–95). The
// loader refuses outside:ID for an id of the scenario.
func (d *dataset) outsideName(abb map[int]string, specs []nationSpec, s cowSpell) string {
	name := d.cowAbb(abb, s)
	if slices.ContainsFunc(specs, func(sp nationSpec) bool { return sp.id == name }) {
		return strings.ReplaceAll(s.state, " ", "")
	}
	return name
}

// outside names states outside the scenario as a war's side.
func outside(names ...string) []string {
	out := make([]string, len(names))
	for k, n := range names {
		out[k] = "outside:" + n
	}
	return out
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func cowDay(t time.Time) string { return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year()) }

func cowSpan(from, to time.Time) string { return cowDay(from) + " – " + cowDay(to) }

// cowClipped says when a spell is counted from later than COW's start (the
// era's start or the state's entry).
func cowClipped(cow, from time.Time) string {
	if from.After(cow) {
		return ", counted from " + cowDay(from) + " (COW: from " + cowDay(cow) + ")"
	}
	return ""
}

// source is the data a spell's war comes from.
func (p cowSpell) source() string {
	if p.extra {
		return cowExtraWars
	}
	return cowWars
}

// number is the war's number in its COW data set.
func (p cowSpell) number() int {
	if p.extra {
		return p.war - cowExtraBase
	}
	return p.war
}
