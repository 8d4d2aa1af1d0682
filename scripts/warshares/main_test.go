package main

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"entente/scripts/internal/eras"
	"entente/validate"
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

// TestTheFiguresTheDocsQuote: the counts, slope and quantiles that
// sim/warbudget.go's warNeed, docs/MODEL-NOTES.md and docs/CALIBRATION.md
// quote are what the data give (a change of the data or of the eras'
// wars must change them there too).
func TestTheFiguresTheDocsQuote(t *testing.T) {
	rows, err := warYears()
	if err != nil {
		t.Fatal(err)
	}
	var over, outspent []warYear
	var own []float64
	for _, r := range rows {
		if r.match < r.pre {
			own = append(own, r.share/r.pre)
		}
		if r.match > 1.2*r.pre {
			over = append(over, r)
		}
		if r.pre < 0.10 && r.match > 0.15 {
			outspent = append(outspent, r)
		}
	}
	shares := make([]float64, len(outspent))
	for k, r := range outspent {
		shares[k] = r.share
	}
	slices.Sort(shares)
	slices.Sort(own)
	got := fmt.Sprintf("%d %d %.3f %d %.1f %.1f %d %.2f", len(rows), len(over), slope(over), len(outspent), 100*validate.Quantile(shares, 0.5), 100*validate.Quantile(shares, 0.9),
		len(own), validate.Quantile(own, 0.5))
	if want := "188 69 -0.015 25 6.1 13.0 113 1.11"; got != want {
		t.Errorf("state-years, over 1.2, slope, outspent, median, 90th percentile, under the pre-war share, their median ratio: %s, the docs quote %s", got, want)
	}
}

// TestRunStartChainsPhases: a war that begins within a month of the last
// one's end continues its run; one a year later starts a new run.
func TestRunStartChainsPhases(t *testing.T) {
	all := []eras.War{
		{Sides: [2][]int{{0}, {1}}, From: 1960, To: 1965},
		{Sides: [2][]int{{0}, {2}}, From: 1965.05, To: 1973},
		{Sides: [2][]int{{0}, {1}}, From: 1975, To: 1976},
	}
	for _, c := range []struct{ from, want float64 }{{1965.05, 1960}, {1960, 1960}, {1975, 1975}} {
		if got := runStart(all, 0, c.from); got != c.want {
			t.Errorf("runStart at %v: %v, want %v", c.from, got, c.want)
		}
	}
}
