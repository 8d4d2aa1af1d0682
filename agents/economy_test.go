package agents

import (
	"math"
	"testing"
)

var testEconomy = EconomyParams{Drag: 0.1, SafeShare: 0.03, Interest: 0.01, DeficitSlope: 0.5,
	FundedShare: 0.05, SafeDebt: 0.6, MaxDebt: 3}

func TestGrowGDP(t *testing.T) {
	tests := []struct {
		name                string
		share, shock, noise float64
		want                float64
	}{
		{"trend only", 0.02, 0, 0, 102},
		{"defence drag above s_safe", 0.13, 0, 0, 101}, // 0.1·(0.13−0.03) = 0.01 lost
		{"shock and noise add", 0.02, -0.05, 0.01, 98},
		{"never negative", 0.02, -2, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := &Nation{GDP: 100, Growth: 0.02, Share: tc.share}
			if got := GrowGDP(n, testEconomy, 1, n.Growth, tc.shock, tc.noise); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("GDP = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNextDebt(t *testing.T) {
	tests := []struct {
		name   string
		n      Nation
		dt     float64
		grown  float64
		credit float64
		want   float64
	}{
		{"interest against growth", Nation{Debt: 1}, 1, 1.01, 0, 1},
		{"a recession raises the ratio", Nation{Debt: 1}, 1, 0.95, 0, 1.01 / 0.95},
		{"heavy spending borrows", Nation{Share: 0.15}, 1, 1, 0, 0.05},
		{"structural deficit", Nation{Deficit: 0.02}, 1, 1, 0, 0.02},
		{"credit flows move the stock", Nation{Debt: 0.5}, 1, 1.01, 0.1, 0.5 + 0.1},
		{"command economies do not borrow", Nation{Debt: 0.5, Share: 0.2, Command: true}, 1, 1.01, 0.3, 0.5},
		{"a quarter accrues a quarter", Nation{Share: 0.15}, 0.25, 1, 0, 0.0125},
		{"collapse guard", Nation{Debt: 1}, 1, 0, 0, 1.01e9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NextDebt(&tc.n, testEconomy, tc.dt, tc.grown, tc.credit)
			if math.Abs(got-tc.want) > 1e-9*math.Max(1, tc.want) {
				t.Errorf("debt = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFiscalPressure(t *testing.T) {
	for _, tc := range []struct{ debt, want float64 }{{0.2, 0}, {0.6, 0}, {1.8, 0.5}, {3, 1}, {5, 1}} {
		if got := FiscalPressure(tc.debt, testEconomy); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("P(%v) = %v, want %v", tc.debt, got, tc.want)
		}
	}
	// The UK carried 2.3 of GDP in 1947: pressed, but not pinned at 1.
	if p := FiscalPressure(2.3, testEconomy); p >= 1 || p <= 0.5 {
		t.Errorf("P(2.3) = %v, want in (0.5, 1)", p)
	}
}

func TestRelaxRescalesRates(t *testing.T) {
	year := Relax(0, 1, 0.5, 1)
	quarters := 0.0
	for range 4 {
		quarters = Relax(quarters, 1, 0.5, 0.25)
	}
	if math.Abs(year-quarters) > 1e-12 {
		t.Errorf("four quarters close %v of the gap, a year %v", quarters, year)
	}
}
