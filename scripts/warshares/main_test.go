package main

import (
	"fmt"
	"math"
	"testing"
)

// TestSlopeRecoversKnownLine: war-year shares built as pre·(match/pre)^0.4
// give the slope 0.4 back.
func TestSlopeRecoversKnownLine(t *testing.T) {
	var rows []warYear
	for k := 1; k <= 9; k++ {
		pre, match := 0.01*float64(k), 0.05*float64(k*k)
		rows = append(rows, warYear{pre: pre, match: match, share: pre * math.Pow(match/pre, 0.4)})
	}
	if b := slope(rows); math.Abs(b-0.4) > 1e-9 {
		t.Errorf("slope %.6f, want 0.4", b)
	}
}

// TestWarYearsReadTheEras: the Russo-Japanese war's second year is read
// from the data as the docs quote it (Japan at 14.0 % of GDP, from 2.2 %
// before the war), each state-year once.
func TestWarYearsReadTheEras(t *testing.T) {
	rows, err := warYears()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var japan *warYear
	for k, r := range rows {
		id := fmt.Sprint(r.state, " ", r.year)
		if seen[id] {
			t.Errorf("%s counted twice", id)
		}
		seen[id] = true
		if r.state == "JPN" && r.year == 1905 {
			japan = &rows[k]
		}
	}
	if japan == nil {
		t.Fatal("Japan's 1905 not among the war years")
	}
	if math.Abs(japan.share-0.140) > 0.001 || math.Abs(japan.pre-0.022) > 0.001 {
		t.Errorf("Japan 1905: share %.4f before %.4f, want 0.140 and 0.022", japan.share, japan.pre)
	}
}
