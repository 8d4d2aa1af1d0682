package main

import (
	"fmt"
	"time"
)

// A pact of the start whose treaty must be renewed (ATOP's specified
// length, speclgth 1, with a renewal period, renewlgt) is written with the
// end of the term in force at the start, its first term or the renewal
// that follows it, as renewal and renewal_month: the engine keeps its
// start fixed effects to then, and its members renew it, or not, for the
// model's reasons (sim/startpacts.go). The term counts from the first
// member spell of the pact's phase that specifies it (its signature, as
// ATOP dates it). A treaty with a
// term and no renewal clause (NATO's twenty years, after which a member
// may leave on a year's notice) stands until it is denounced: no date.

// renewalOf returns the year and month in which start pact id's term in
// force on 1 January of start ends, with its note, and whether it has one.
func (d *dataset) renewalOf(start, id int) (year, month int, note string, ok bool) {
	first, term, renew := -1, 0, 0
	for _, p := range d.pacts {
		// The term is the treaty's that specifies one: a pact of several
		// phases (Britain and the Soviet Union's agreement of July 1941,
		// then their treaty of May 1942 for twenty years) counts from the
		// first spell of the phase with the term.
		if p.atopid != id || p.term <= 0 || p.renewal <= 0 {
			continue
		}
		if m := p.from*12 + max(p.fromMonth, 1) - 1; first < 0 || m < first {
			first, term, renew = m, p.term, p.renewal
		}
	}
	if first < 0 {
		return 0, 0, "", false
	}
	end := first + term
	for end < start*12 { // a term that ends in the start's January is the start's to renew
		end += renew
	}
	year, month = end/12, end%12+1
	note = fmt.Sprintf("ATOP v4.01, atopid %d: a term of %d months from %s %d, renewed %d months at a time; the term in force on 1 January %d ends then",
		id, term, time.Month(first%12+1), first/12, renew, start)
	return year, month, note, true
}
