package main

import (
	"fmt"
	"math"
	"testing"

	"entente/scenarios"
	"entente/sim"
	"entente/validate"
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

// The reference shares carry the GDP and population each share was
// measured against (the United States' of 1947 are read), and every
// decade of the eleven eras has both at its ends.
func TestDecadesCarryIncome(t *testing.T) {
	h, err := validate.LoadHistory(scenarios.Data, "cold-war")
	if err != nil {
		t.Fatal(err)
	}
	if us, ok := h.Share("USA", 1947); !ok || !(us.Value > 0 && us.GDP > 0 && us.Pop > 0) {
		t.Errorf("cold-war USA 1947: %+v (found %v), want a share, a GDP and a population", us, ok)
	}
	cs, err := decades()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 1000 {
		t.Fatalf("%d decades, want the eleven eras'", len(cs))
	}
	for _, c := range cs {
		if math.IsNaN(c.perHead) || math.IsNaN(c.pop) || math.IsInf(c.perHead, 0) || math.IsInf(c.pop, 0) {
			t.Fatalf("a decade without income: %+v", c)
		}
	}
}

// The regimes are the scenarios' own: Greece's colonels of April 1967 in
// the Cold War (Polity2 4 → −7), and the start's regime before any move.
func TestRegimesFollowTheScenarios(t *testing.T) {
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	grc := regimesOf(sc.Config)["GRC"]
	if len(grc) < 2 {
		t.Fatalf("cold-war GRC regimes %v, want the start's and its moves", grc)
	}
	if got := regimeIn(grc, 1966); got != 4 {
		t.Errorf("Greece 1966: %v, want 4", got)
	}
	if got := regimeIn(grc, 1968); got != -7 {
		t.Errorf("Greece 1968: %v, want -7", got)
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

// TestRegimeFallIsTheRulesOwnFit: the default regime_fall is the fit of
// the rule's own form to the eras' shares (rounded to four places), and
// the rise beside it is within two of its standard errors of nothing,
// which is why the rule leaves an opening regime alone. It fails when the
// data, the fit or the default move apart.
func TestRegimeFallIsTheRulesOwnFit(t *testing.T) {
	an, err := anchoredYears()
	if err != nil {
		t.Fatal(err)
	}
	b, se, err := fitAnchored(an)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := math.Round(b[1]*1e4)/1e4, sim.DefaultParams().RegimeFall; got != want {
		t.Errorf("the fit's fall %.4f a point, the default regime_fall %v", b[1], want)
	}
	if math.Abs(b[2]) > 2*se[2] {
		t.Errorf("the rise %.4f (s.e. %.4f) is told from nothing: the rule's regime term ignores it", b[2], se[2])
	}
}

// TestClusteredCountsACopiedRowOnce: every row given twice, the copies one
// cluster, has the standard errors of the rows given once (each its own
// cluster), but for the small-sample factor's N; the plain standard errors
// would fall by √2, as if the copies were news.
func TestClusteredCountsACopiedRowOnce(t *testing.T) {
	type row struct {
		x, y float64
		id   string
	}
	var once, twice []row
	for i := range 30 {
		x := float64(i % 7)
		r := row{x, 1 + 2*x + math.Sin(float64(i)*1.7)*(1+x/3), fmt.Sprint(i)}
		once, twice = append(once, r), append(twice, r, r)
	}
	y := func(r row) float64 { return r.y }
	x := func(r row) []float64 { return []float64{1, r.x} }
	id := func(r row) string { return r.id }
	b, _, err := olsOn(once, y, x)
	if err != nil {
		t.Fatal(err)
	}
	se1, err := clustered(once, y, x, id, b)
	if err != nil {
		t.Fatal(err)
	}
	se2, err := clustered(twice, y, x, id, b)
	if err != nil {
		t.Fatal(err)
	}
	_, plain2, _ := olsOn(twice, y, x)
	_, plain1, _ := olsOn(once, y, x)
	n, k := 30.0, 2.0
	ratio := math.Sqrt(((2*n - 1) / (2*n - k)) / ((n - 1) / (n - k)))
	for i := range b {
		if math.Abs(se2[i]/se1[i]-ratio) > 1e-9 {
			t.Errorf("coefficient %d: clustered s.e. %v copied, %v once: ratio %v, want %v", i, se2[i], se1[i], se2[i]/se1[i], ratio)
		}
		if plain2[i] > 0.75*plain1[i] {
			t.Errorf("coefficient %d: the plain s.e. %v copied, %v once: the fixture should show copies counted as news", i, plain2[i], plain1[i])
		}
	}
}
