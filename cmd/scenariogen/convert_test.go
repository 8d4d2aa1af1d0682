package main

import (
	"math"
	"strings"
	"testing"
)

// toy is a small dataset: the US pins F at 2 in every year (SIPRI 10 % of
// a GDP of 1000, NMC milex 50 billion current USD).
func toy() *dataset {
	d := &dataset{gdp: map[key]float64{}, milex: map[key]float64{}, polity: map[key]float64{}, sipri: map[key]float64{}}
	for y := 1900; y <= 2016; y++ {
		d.gdp[key{"USA", y}] = 1000
		d.milex[key{"USA", y}] = 50e6
		if y >= factorFirst && y <= factorLast {
			d.sipri[key{"USA", y}] = 0.10
		}
	}
	return d
}

func approx(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %.10g, want %.10g", what, got, want)
	}
}

func TestFactorPinnedOnTheUS(t *testing.T) {
	d := toy()
	d.sipri[key{"USA", 1950}] = 0.2 // F(1950) = 0.2·1000/50 = 4
	for _, c := range []struct {
		year int
		want float64
	}{{1920, 2}, {1949, 2}, {1950, 4}, {2013, 2}, {2016, 2}} {
		approx(t, "F("+itoa(c.year)+")", d.factor(c.year), c.want)
	}
}

// TestFactorFromData checks F on the committed subsets against the data
// README: "about 8.1" in 1950; and about 1 in 2011, whose dollars Maddison uses.
func TestFactorFromData(t *testing.T) {
	d, err := loadDataset("../../scenarios/data")
	if err != nil {
		t.Fatal(err)
	}
	if f := d.factor(1950); math.Abs(f-8.1) > 0.05 {
		t.Errorf("F(1950) = %.3f, want about 8.1", f)
	}
	if f := d.factor(2011); math.Abs(f-1) > 0.15 {
		t.Errorf("F(2011) = %.3f, want about 1", f)
	}
}

func TestShareRule(t *testing.T) {
	d := toy()
	ss := series{{from: 0, to: 9999, gdp: "XXX", sipri: "XXX", nmc: "XXX"}}
	d.gdp[key{"XXX", 1960}] = 100
	d.milex[key{"XXX", 1960}] = 1.5e6 // 1.5 billion current × F 2 = 3 of a GDP of 100
	sh, ok := d.shareAt(ss, 1960)
	if !ok || sh.sipri {
		t.Fatalf("1960: %+v %v, want an NMC share", sh, ok)
	}
	approx(t, "NMC share", sh.value, 0.03)
	d.sipri[key{"XXX", 1960}] = 0.05
	if sh, _ := d.shareAt(ss, 1960); !sh.sipri || sh.value != 0.05 {
		t.Errorf("with SIPRI: %+v, want SIPRI's 0.05", sh)
	}
	part := series{{from: 0, to: 9999, gdp: "XXX", part: 0.25, nmc: "XXX"}} // a quarter of XXX's GDP
	sh, _ = d.shareAt(part, 1960)
	approx(t, "share of a part", sh.value, 0.12)
	if _, ok := d.shareAt(ss, 1961); ok {
		t.Error("1961 has no data but got a share")
	}
}

func TestKnownErrorsAreMissing(t *testing.T) {
	d := toy()
	d.milex[key{"POL", 1949}] = 5.7e6
	d.milex[key{"POL", 1951}] = 0.33e6
	if _, ok := d.budget("POL", 1949); ok {
		t.Error("POL 1949 is a known NMC error but was used")
	}
	if b, ok := d.budget("POL", 1951); !ok || b <= 0 {
		t.Error("POL 1951 should be used")
	}
	for _, e := range nmcErrors {
		if e.from > e.to || strings.TrimSpace(e.why) == "" {
			t.Errorf("%+v: a range needs from ≤ to and a reason", e)
		}
	}
}

// TestSharesOnlyErrorsStayInStocks: an error marked sharesOnly is missing
// for a share but counted in a capability stock.
func TestSharesOnlyErrorsStayInStocks(t *testing.T) {
	d := toy()
	d.milex[key{"GMY", 1922}] = 27754
	if _, ok := d.budget("GMY", 1922); ok {
		t.Error("GMY 1922 is a known NMC error but a share used it")
	}
	if b, ok := d.stockBudget("GMY", 1922); !ok || b <= 0 {
		t.Error("GMY 1922 is marked sharesOnly: the stocks keep it")
	}
	d.milex[key{"POL", 1949}] = 5.7e6
	if _, ok := d.stockBudget("POL", 1949); ok {
		t.Error("POL 1949 is an error everywhere, stocks too")
	}
}
