package main

import (
	"math"
	"testing"
)

// TestOLSRecoversKnownCoefficients: shares built as 0.1 − 0.2·(per head)
// + 0.5·(population), with no noise, give those coefficients back and
// standard errors of zero.
func TestOLSRecoversKnownCoefficients(t *testing.T) {
	var cs []change
	for i := 0; i < 20; i++ {
		ph, pop := float64(i%7)/10, float64(i%5)/20
		cs = append(cs, change{share: 0.1 - 0.2*ph + 0.5*pop, perHead: ph, pop: pop})
	}
	b, se, err := ols(cs, func(c change) []float64 { return []float64{1, c.perHead, c.pop} })
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{0.1, -0.2, 0.5} {
		if math.Abs(b[i]-want) > 1e-9 || se[i] > 1e-6 {
			t.Errorf("coefficient %d: %.6f (s.e. %.6f), want %.1f (0)", i, b[i], se[i], want)
		}
	}
}

func TestMedianOfThreeYears(t *testing.T) {
	d := map[int]stateYear{1950: {share: 0.05}, 1951: {share: 0.01}, 1952: {share: 0.03}}
	if got := median3(d, 1951, shareOf); got != 0.03 {
		t.Errorf("median of 1950–52: %v, want 0.03", got)
	}
	if got := median3(d, 1960, shareOf); got != 0 {
		t.Errorf("no shares about 1960: %v, want 0", got)
	}
}

// The reference shares carry the GDP and population each share was
// measured against: the United States' of 1947 are read.
func TestReferenceSharesCarryIncome(t *testing.T) {
	shares, err := referenceShares()
	if err != nil {
		t.Fatal(err)
	}
	us, ok := shares[key{"cold-war", "USA"}][1947]
	if !ok || !(us.share > 0 && us.gdp > 0 && us.pop > 0) {
		t.Errorf("cold-war USA 1947: %+v (found %v), want a share, a GDP and a population", us, ok)
	}
}

// The regimes are the scenarios' own: Greece's colonels of April 1967 in
// the Cold War (Polity2 4 → −7), and the start's regime before any move.
func TestRegimesFollowTheScenarios(t *testing.T) {
	f, err := builtinFacts()
	if err != nil {
		t.Fatal(err)
	}
	grc := f.regimes[key{"cold-war", "GRC"}]
	if len(grc) < 2 {
		t.Fatalf("cold-war GRC regimes %v, want the start's and its moves", grc)
	}
	if got := regimeIn(grc, 1966); got != 4 {
		t.Errorf("Greece 1966: %v, want 4", got)
	}
	if got := regimeIn(grc, 1968); got != -7 {
		t.Errorf("Greece 1968: %v, want -7", got)
	}
	if !f.command[key{"cold-war", "RUS"}] || f.command[key{"cold-war", "USA"}] {
		t.Error("the USSR should be a command economy and the United States not")
	}
}

func TestRegimeInBeforeAndBetweenSpells(t *testing.T) {
	spells := []regimeSpell{{1950, 5}, {1960, -3}, {1970, 8}}
	for year, want := range map[int]float64{1945: 5, 1950: 5, 1959: 5, 1960: -3, 1975: 8} {
		if got := regimeIn(spells, year); got != want {
			t.Errorf("regime in %d: %v, want %v", year, got, want)
		}
	}
}
