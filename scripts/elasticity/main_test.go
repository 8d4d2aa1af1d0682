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
