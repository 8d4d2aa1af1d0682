package main

import (
	"math"
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

// TestFewTreatiesOfTwoGainAMember: the reading bilateralAt's rule rests on,
// as its comment and the data README quote it. Over ATOP's defence and
// offence pacts (the cut), a pact's founders are the members whose first
// spell begins within a month of its first; of those founded by two, 4 of
// 219 ever gained a member, of those founded by three or more 16 of 70.
func TestFewTreatiesOfTwoGainAMember(t *testing.T) {
	d := committed(t)
	first := map[int]map[int]int{} // pact → member → first month (year·12 + month)
	for _, p := range d.pacts {
		if first[p.atopid] == nil {
			first[p.atopid] = map[int]int{}
		}
		m := p.from*12 + p.fromMonth
		if old, ok := first[p.atopid][p.ccode]; !ok || m < old {
			first[p.atopid][p.ccode] = m
		}
	}
	var two, twoGained, more, moreGained int
	for _, members := range first {
		start := math.MaxInt
		for _, m := range members {
			start = min(start, m)
		}
		founders := 0
		for _, m := range members {
			if m-start <= 1 {
				founders++
			}
		}
		gained := len(members) > founders
		switch {
		case founders == 2:
			two++
			if gained {
				twoGained++
			}
		case founders > 2:
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
