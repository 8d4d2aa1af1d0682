package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The alliances of ATOP v4.01 (Leeds, Ritter, Mitchell & Long 2002): the
// defence and offence pacts, one row per member spell. A historical
// scenario starts with the pacts in force in its start year among its
// states (alliancesAt), and none is scripted after: later alliances must
// emerge. Validation compares the run's co-membership with every pact.

const atopSource = "Leeds, Ritter, Mitchell & Long (2002), Alliance Treaty Obligations and Provisions (ATOP) v4.01"

// atopLast is the last year ATOP v4.01 covers: a spell with yrexit 0 is in
// force then.
const atopLast = 2018

// pactSpell is one member's spell in an ATOP defence or offence pact.
type pactSpell struct {
	atopid    int
	ccode     int
	from, to  int // years, inclusive (to = atopLast while in force)
	fromMonth int // the month of the first year it began in
	obliged   string
	// wartime: ATOP's mark of a pact made during a war a member fought,
	// cowwar that war's COW number (0: none in COW's list), and threats the
	// states the pact names as its specific threats (COW codes).
	wartime bool
	cowwar  int
	threats []int
	// term and renewal: the treaty's specified length and its renewal
	// period in months, when ATOP codes a specified length (speclgth 1);
	// 0: none.
	term, renewal int
	// organ1: whether the treaty provides for an organisation of its
	// members (ATOP's organ1: 0 none; 1 to 3 its kind).
	organ1 int
}

func loadPacts(path string, kind map[int]string) ([]pactSpell, error) {
	rows, err := readTable(path, []string{"atopid", "member", "yrent", "yrexit", "moent", "defense", "offense", "wartime", "cowwar", "statthr1", "statthr2", "speclgth", "length", "renewlgt", "organ1"})
	if err != nil {
		return nil, err
	}
	out := make([]pactSpell, 0, len(rows))
	for k, r := range rows {
		var v [5]int
		for j := range v {
			if v[j], err = strconv.Atoi(r[j]); err != nil {
				return nil, fmt.Errorf("%s row %d: %q: %w", path, k+2, r[j], err)
			}
		}
		p := pactSpell{atopid: v[0], ccode: v[1], from: v[2], to: v[3], fromMonth: v[4], wartime: r[7] == "1"}
		// cowwar, the threats and the term: ATOP leaves them blank where
		// they do not apply; 0 is none.
		var coded [4]int // speclgth, length, renewlgt, organ1
		for j, c := range r[11:15] {
			if c != "" {
				if coded[j], err = strconv.Atoi(c); err != nil {
					return nil, fmt.Errorf("%s row %d: %q: %w", path, k+2, c, err)
				}
			}
		}
		if coded[0] == 1 {
			p.term, p.renewal = coded[1], coded[2]
		}
		p.organ1 = coded[3]
		for j, c := range r[8:11] {
			n := 0
			if c != "" {
				if n, err = strconv.Atoi(c); err != nil {
					return nil, fmt.Errorf("%s row %d: %q: %w", path, k+2, c, err)
				}
			}
			switch {
			case j == 0:
				p.cowwar = n
			case n > 0:
				p.threats = append(p.threats, n)
			}
		}
		if p.to == 0 {
			p.to = atopLast
		}
		var ob []string
		if r[5] == "1" {
			ob = append(ob, "defence")
		}
		if r[6] == "1" {
			ob = append(ob, "offence")
		}
		p.obliged = strings.Join(ob, " and ")
		if kind[p.atopid] == "" || len(p.obliged) > len(kind[p.atopid]) {
			kind[p.atopid] = p.obliged
		}
		out = append(out, p)
	}
	return out, nil
}

// atopNames are the names of the pacts a reader knows by name; the others
// are named after their ATOP id. Events may name an alliance of the start
// (NATO's spending targets).
var atopNames = map[int]string{3180: "NATO", 3285: "Warsaw Pact"}

// alliancesAt is the rule for the alliances at a scenario's start: every
// ATOP defence pact in force on 1 January of the start year (begun in an
// earlier year, or in January), with a member obliged to defend in that
// year, that holds two or more of the scenario's states present at the
// start, with those states as members and its first year as its founding
// year. A pact signed later in the start year is left to the model. The
// model's pacts are defence pacts (each member's forces count in its
// partners' security); a pact that obliges its members only to act, as a
// guarantee of a third state does (ATOP's offence obligations: the
// guarantee of the Ottoman Empire of 1856, those of Belgium of 1870), is no
// such pact and does not start an era. Validation still scores every
// defence or offence pact: the model is judged on the alignments ATOP
// records.
func (d *dataset) alliancesAt(specs []nationSpec, start int) []alliance {
	members := map[int][]string{}
	founded := map[int]int{}
	inForce := func(p pactSpell) bool {
		return p.from < start || (p.from == start && p.fromMonth <= 1)
	}
	// A pact is a defence pact in the years in which one of its members is
	// obliged to defend: the European Union's treaty of 1992 (ATOP 4175)
	// obliged its members only to consult until the Lisbon treaty's mutual
	// assistance clause of 2007.
	obliged := map[int]bool{}
	for _, p := range d.pacts {
		if inForce(p) && p.to >= start && strings.Contains(p.obliged, "defence") {
			obliged[p.atopid] = true
		}
	}
	for _, p := range d.pacts {
		if !inForce(p) || p.to < start || !obliged[p.atopid] {
			continue
		}
		for _, s := range specs {
			if s.start > start {
				continue
			}
			if c, ok := d.codeAt(s, start); ok && c == p.ccode && !slices.Contains(members[p.atopid], s.id) {
				members[p.atopid] = append(members[p.atopid], s.id)
			}
		}
	}
	for _, p := range d.pacts {
		if _, ok := members[p.atopid]; ok && (founded[p.atopid] == 0 || p.from < founded[p.atopid]) {
			founded[p.atopid] = p.from
		}
	}
	var out []alliance
	for id, ms := range members {
		if len(ms) < 2 {
			continue
		}
		slices.Sort(ms)
		name := fmt.Sprintf("ATOP %d", id)
		if known, ok := atopNames[id]; ok {
			name = known
		}
		var war *warPact
		if wp, ok := d.warPactOf(specs, start, id); ok {
			war = &wp
		}
		var renew *renewal
		if y, m, note, ok := d.renewalOf(start, id); ok {
			renew = &renewal{y, m, note}
		}
		out = append(out, alliance{
			war:       war,
			renewal:   renew,
			organised: d.organisedOf(id),
			bilateral: d.bilateralAt(id, start),
			atopid:    id,
			name:      name,
			members:   ms, founded: founded[id],
			foundedSource: fmt.Sprintf("first member spell in ATOP v4.01, atopid %d", id),
			why: fmt.Sprintf("ATOP %d, a pact with %s obligations in force on 1 January %d (its members among this scenario's states).",
				id, d.pactKind[id], start),
			source: fmt.Sprintf("%s, atopid %d", atopSource, id),
		})
	}
	slices.SortFunc(out, func(a, b alliance) int { return cmp.Compare(a.name, b.name) })
	return out
}

// bilateralAt reports whether pact id binds two parties on 1 January of
// start: its ATOP spells in force then (as alliancesAt reads them) are of
// two states, in the scenario or not. Such a treaty admits no third state
// in the run (sim.AllianceConfig.Bilateral): of ATOP's defence and offence
// pacts founded by two states (the members whose first spell begins within
// a month of the pact's first), 4 of 219 ever gained a member, against 16
// of the 70 founded by three or more. A pact with more parties, some of
// them outside the scenario (the Triple Alliance of 1865 in the Americas of
// 1870, Uruguay entering in 1882), is not one.
func (d *dataset) bilateralAt(id, start int) bool {
	var parties []int
	for _, p := range d.pacts {
		inForce := p.from < start || (p.from == start && p.fromMonth <= 1)
		if p.atopid == id && inForce && p.to >= start && !slices.Contains(parties, p.ccode) {
			parties = append(parties, p.ccode)
		}
	}
	return len(parties) == 2
}

// organisedOf reports whether pact id is a multilateral pact with an
// organisation of its members (ATOP's organ1 above 0 on any of its spells,
// and three or more members over its spells): such a pact holds its
// members across rivalries with its leader that are not over political
// systems (sim/exit.go, heldByOrganisation). ATOP's members leave
// multilateral pacts with an organisation at 1.5 % a year and those
// without at 14 %; bilateral pacts lose them at about the same rate with
// an organisation or without (5.4 % and 6.3 %), so a pact of two is not
// marked.
func (d *dataset) organisedOf(id int) bool {
	organised := false
	var members []int
	for _, p := range d.pacts {
		if p.atopid != id {
			continue
		}
		organised = organised || p.organ1 > 0
		if !slices.Contains(members, p.ccode) {
			members = append(members, p.ccode)
		}
	}
	return organised && len(members) >= 3
}

// entryPacts sets, on each entry event of evs, the pact of the start that
// the entering state was a member of before it entered: a state the
// scenario takes in when its data begin (Saxony in 1830, a member of the
// German Confederation since 1815) is the member it was, as the start's
// states are of the start's pacts; a state new to the system, which can
// have been in no pact before, enters in none. Of several such pacts the
// earliest founded (ATOP's order) is named; an event names one.
func (d *dataset) entryPacts(evs []event, byID map[string]nationSpec, pacts []alliance) {
	for k := range evs {
		e := &evs[k]
		if e.kind != "entry" || e.alliance != "" {
			continue
		}
		code, ok := d.codeAt(byID[e.nation], e.year)
		if !ok {
			continue
		}
		best, bestFrom, since := "", 0, 0
		for _, a := range pacts {
			for _, p := range d.pacts {
				if p.atopid == a.atopid && p.ccode == code && p.from < e.year && p.to >= e.year &&
					(best == "" || a.founded < bestFrom) {
					best, bestFrom, since = a.name, a.founded, p.from
				}
			}
		}
		if best != "" {
			e.alliance = best
			e.why = strings.TrimSpace(e.why + fmt.Sprintf("\n%s is a member of %s from %d in ATOP v4.01, before it enters: it enters as that member (atop.go, entryPacts).",
				e.nation, best, since))
		}
	}
}
