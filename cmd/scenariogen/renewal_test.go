package main

import "testing"

// The term in force at a start, from ATOP's length and renewal period: the
// Soviet treaties with North Korea (July 1961, ten years renewed five at a
// time) and Mongolia (January 1966, twenty renewed ten) come up for renewal
// in July 1991 and January 1996 from a start in 1990; Czechoslovakia's of
// December 1943 (twenty, renewed five) in December 1963 from 1947. NATO,
// whose twenty years have no renewal clause, has none. Britain's treaty of
// May 1942 with the Soviet Union counts from May 1942, not from their
// agreement of July 1941, the first phase of ATOP's pact.
func TestRenewalsFromTheData(t *testing.T) {
	d := committed(t)
	for _, c := range []struct {
		start, atopid int
		ok            bool
		year, month   int
	}{
		{1990, 3440, true, 1991, 7},
		{1990, 3535, true, 1996, 1},
		{1947, 2563, true, 1963, 12},
		{1964, 2563, true, 1968, 12},
		{1990, 3180, false, 0, 0},
		{1947, 2535, true, 1962, 5}, // the treaty of May 1942, not the agreement of July 1941
	} {
		y, m, note, ok := d.renewalOf(c.start, c.atopid)
		if ok != c.ok || y != c.year || m != c.month {
			t.Errorf("ATOP %d from %d: renewal %d-%02d (%v, %q), want %d-%02d (%v)", c.atopid, c.start, y, m, ok, note, c.year, c.month, c.ok)
		}
	}
}
