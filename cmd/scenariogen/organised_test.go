package main

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// ATOP's organ1 marks the pacts with an organisation of their members;
// those of three or more members are marked: NATO, the Arab League
// and the German Confederation; not Austria's treaty of 1831 with Sardinia
// and the Triple Alliance of 1865 (no organisation), nor Jordan's treaty
// of 1962 with Saudi Arabia (an organisation, two members).
func TestOrganisedPactsFromTheData(t *testing.T) {
	d := committed(t)
	for id, want := range map[int]bool{3180: true, 3205: true, 1020: true, 1050: false, 1255: false, 3465: false} {
		if got := d.organisedOf(id); got != want {
			t.Errorf("ATOP %d organised: %v, want %v", id, got, want)
		}
	}
}

// A treaty of two is read from the parties in force at the start, of any
// state: the Anglo-Portuguese alliance (1400) in 1947 and the United
// States' treaty of 1960 with Japan (3375) in 1990 are; the Triple Alliance
// of 1865 (1255: Argentina, Brazil and Uruguay) in 1870 is not, though only
// two of its parties are in the Americas' era then; NATO is not.
func TestBilateralPactsFromTheData(t *testing.T) {
	d := committed(t)
	for _, c := range []struct {
		id, start int
		want      bool
	}{{1400, 1947, true}, {3375, 1990, true}, {1255, 1870, false}, {3180, 1990, false}} {
		if got := d.bilateralAt(c.id, c.start); got != c.want {
			t.Errorf("ATOP %d in %d bilateral: %v, want %v", c.id, c.start, got, c.want)
		}
	}
}

// pactFounding is how an ATOP pact of the cut began: its founders (COW
// codes, ascending), the members whose first spell begins within a month
// of its first, that first month (year·12 + month), and how many members
// it ever had.
type pactFounding struct {
	founders []int
	start    int
	members  int
}

// pactFoundings reads every pact's founding from the cut.
func pactFoundings(d *dataset) map[int]pactFounding {
	first := map[int]map[int]int{} // pact → member → first month
	for _, p := range d.pacts {
		if first[p.atopid] == nil {
			first[p.atopid] = map[int]int{}
		}
		m := p.from*12 + p.fromMonth
		if old, ok := first[p.atopid][p.ccode]; !ok || m < old {
			first[p.atopid][p.ccode] = m
		}
	}
	out := map[int]pactFounding{}
	for id, members := range first {
		f := pactFounding{start: math.MaxInt, members: len(members)}
		for _, m := range members {
			f.start = min(f.start, m)
		}
		for c, m := range members {
			if m-f.start <= 1 {
				f.founders = append(f.founders, c)
			}
		}
		slices.Sort(f.founders)
		out[id] = f
	}
	return out
}

// TestFewTreatiesOfTwoGainAMember: the reading bilateralAt's rule rests on,
// as its comment and the data README quote it. Over ATOP's defence and
// offence pacts (the cut), a pact's founders are the members whose first
// spell begins within a month of its first; of those founded by two, 4 of
// 219 ever gained a member, of those founded by three or more 16 of 70.
func TestFewTreatiesOfTwoGainAMember(t *testing.T) {
	var two, twoGained, more, moreGained int
	for _, f := range pactFoundings(committed(t)) {
		gained := f.members > len(f.founders)
		switch {
		case len(f.founders) == 2:
			two++
			if gained {
				twoGained++
			}
		case len(f.founders) > 2:
			more++
			if gained {
				moreGained++
			}
		}
	}
	if two != 219 || twoGained != 4 || more != 70 || moreGained != 16 {
		t.Errorf("founded by two: %d, %d of them gained a member; by three or more: %d, %d; the docs quote 219, 4, 70, 16", two, twoGained, more, moreGained)
	}
}

// TestAnOrganisationHoldsThroughAChangeOfRegime: the reading behind the
// exit rule's organised hold (sim/exit.go, institutionHold), from the
// committed cut. A member's year in a multilateral pact (three or more
// members over its spells) is one with a change of regime when its Polity2
// moved by three points or more within it or the two years before; it
// leaves in that year when its spell ends while the pact goes on. Members
// of pacts without an organisation leave far more often after a change;
// those of pacts with one do not.
func TestAnOrganisationHoldsThroughAChangeOfRegime(t *testing.T) {
	d := committed(t)
	abb := map[int]string{}
	for s, c := range d.ccode {
		abb[c] = s
	}
	moved := func(c, y int) bool {
		for t := y - 2; t <= y; t++ {
			a, ok1 := d.polity[key{abb[c], t}]
			b, ok2 := d.polity[key{abb[c], t - 1}]
			if ok1 && ok2 && math.Abs(a-b) >= 3 {
				return true
			}
		}
		return false
	}
	// Each member's first and last years in each pact, and the pact's last
	// (atopLast while in force): a member leaves while the pact goes on
	// when its last year is before the pact's.
	type span struct{ from, to int }
	members := map[int]map[int]span{}
	organised := map[int]bool{}
	end := map[int]int{}
	for _, p := range d.pacts {
		if members[p.atopid] == nil {
			members[p.atopid] = map[int]span{}
		}
		s, ok := members[p.atopid][p.ccode]
		if !ok {
			s = span{p.from, p.to}
		}
		members[p.atopid][p.ccode] = span{min(s.from, p.from), max(s.to, p.to)}
		organised[p.atopid] = organised[p.atopid] || p.organ1 > 0
		end[p.atopid] = max(end[p.atopid], p.to)
	}
	// years and exits: [organised][changed]
	var years, exits [2][2]int
	for id, ms := range members {
		if len(ms) < 3 {
			continue
		}
		o := 0
		if organised[id] {
			o = 1
		}
		for c, s := range ms {
			for y := s.from; y <= s.to; y++ {
				if _, ok := d.polity[key{abb[c], y}]; !ok {
					continue
				}
				ch := 0
				if moved(c, y) {
					ch = 1
				}
				years[o][ch]++
				if y == s.to && s.to < end[id] {
					exits[o][ch]++
				}
			}
		}
	}
	got := fmt.Sprint(years, exits)
	// 925 member-years without an organisation and no change since the cut
	// holds Polity2 for the Americas of 1841–1869 (americas-1846): 913 before,
	// the rates (5 exits of them, 0.5 % a year; 5 of 84, 6.0 %) unchanged.
	if want := "[[925 84] [7470 924]] [[5 5] [20 3]]"; got != want {
		t.Errorf("member-years and exits, [without, with an organisation][no change, a change]: %s, the docs quote %s", got, want)
	}
}
