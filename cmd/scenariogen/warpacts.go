package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// A pact of the start made in a war against states the era does not model
// (ATOP's wartime pacts whose named specific threats, statthr1 and
// statthr2, are all outside the era at its start) is marked made_in_war:
// the value its members showed in making and keeping it was the war's, and
// the model sees neither that war's enemy nor that value. The engine keeps
// the start's fixed effects of such a pact only while its war lasts
// (sim/startpacts.go), to the last day of fighting of its COW inter-state
// war (ATOP's cowwar, coded on its members' spells): the Triple Alliance
// of 1865 against Paraguay, to 1 March 1870; the Pacific alliance of 1865
// against Spain, to 9 May 1866 (COW's Naval War); the Soviet Union's
// treaties of 1941–1945 with Britain, France, Czechoslovakia, Yugoslavia
// and Poland against Germany, to 1945, before every era that holds them. A
// pact whose spells name no war of COW's inter-state list is taken as over
// by the start, and no date is written. A pact that names no threat (the
// ANZUS treaty, made in the Korean War), or names one the era models at
// its start, is not marked: its adversary, if any, is the model's to see. Japan, out of
// COW's system from 1945 to 1952, is outside East Asia 1950 at its start,
// and the Sino-Soviet treaty of 1945 against it is marked there.

// warPact is what marks a start pact made in a war against states the era
// does not model: the note for made_in_war, and the war's end (zero time
// when COW does not date it) with its note.
type warPact struct {
	why     string
	ends    time.Time
	endsWhy string
}

// warPactOf returns the mark of start pact id, whose members at the start
// are the era's, and whether it is one. ATOP codes wartime, cowwar and the
// threats member by member: the pact's are those of all its spells (the
// Pacific alliance's war is Chile's spell's, COW's Naval War; the Soviet
// treaties' the Soviet Union's, the Second World War), and its war ends
// on the last day of fighting of the latest of its members' COW wars.
func (d *dataset) warPactOf(specs []nationSpec, start, id int) (warPact, bool) {
	var threats, wars []int
	wartime := false
	for _, p := range d.pacts {
		if p.atopid != id {
			continue
		}
		wartime = wartime || p.wartime
		for _, c := range p.threats {
			if !slices.Contains(threats, c) {
				threats = append(threats, c)
			}
		}
		if p.cowwar > 0 && !slices.Contains(wars, p.cowwar) {
			wars = append(wars, p.cowwar)
		}
	}
	if !wartime || len(threats) == 0 {
		return warPact{}, false
	}
	slices.Sort(threats)
	abb := d.abbreviations()
	var names []string
	for _, c := range threats {
		for _, s := range specs {
			if code, ok := d.codeAt(s, start); ok && code == c && s.start <= start {
				return warPact{}, false // a threat the era models
			}
		}
		names = append(names, stateName(abb, c))
	}
	out := warPact{why: fmt.Sprintf("made in a war (ATOP's wartime) against %s, which the scenario does not model: its start's fixed effects last only while that war does",
		strings.Join(names, " and "))}
	var last *cowSpell
	for k := range d.wars {
		if w := &d.wars[k]; slices.Contains(wars, w.war) && !w.extra && (last == nil || w.to.After(last.to)) {
			last = w
		}
	}
	if last == nil {
		out.why += "; none of its members' spells names a war of COW's inter-state list (ATOP's cowwar): over by the start"
		return out, true
	}
	out.ends = last.to
	out.endsWhy = fmt.Sprintf("%s: %s (war %d), its last day of fighting, %s", last.source(), last.name, last.number(), cowDay(last.to))
	return out, true
}

// stateName is COW code c's NMC abbreviation with the code, or the code
// alone when the project's NMC subset does not have it.
func stateName(abb map[int]string, c int) string {
	if a, ok := abb[c]; ok {
		return fmt.Sprintf("%s (COW %d)", a, c)
	}
	return fmt.Sprintf("COW %d", c)
}
