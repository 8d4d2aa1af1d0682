package main

import (
	"fmt"
	"math"
	"testing"

	"entente/sim"
	"entente/validate"
)

// The grid recovers the permanent part and the rate of slopes made by the
// form it fits.
func TestFitReturnRecoversAKnownReturn(t *testing.T) {
	slopes := make([]float64, len(horizons))
	for k, h := range horizons {
		slopes[k] = -(1 - 0.2) * (1 - math.Exp(-0.06*float64(h)))
	}
	if p, rho := fitReturn(horizons, slopes); math.Abs(p-0.2) > 1e-9 || math.Abs(rho-0.06) > 1e-9 {
		t.Errorf("fit p %v, ρ %v; want 0.2 and 0.06", p, rho)
	}
}

// TestTheFiguresTheDocsQuote: the slopes, the fit and the classes that
// docs/MODEL-NOTES.md quotes are what the data give (a change of the data
// or of the eras must change them there too).
func TestTheFiguresTheDocsQuote(t *testing.T) {
	byHorizon, byClass, err := read()
	if err != nil {
		t.Fatal(err)
	}
	slopes := make([]float64, len(horizons))
	got := ""
	for k := range horizons {
		slopes[k] = validate.Reversion(byHorizon[k])
		got += fmt.Sprintf("%.2f ", slopes[k])
	}
	p, rho := fitReturn(horizons, slopes)
	got += fmt.Sprintf("p %.2f ρ %.3f", p, rho)
	for k := range classes {
		got += fmt.Sprintf(" %.2f", validate.Reversion(byClass[k]))
	}
	if want := "-0.05 -0.11 -0.16 -0.23 -0.37 -0.48 -0.58 -0.66 p 0.26 ρ 0.074 -0.25 -0.28 -0.41 -0.44 -0.32"; got != want {
		t.Errorf("slopes by horizon, fit, by class: %s, the docs quote %s", got, want)
	}
	// The model's return of an anchor as its threat passes (sim/legacy.go)
	// and the validation's reverting forecast (validate/reverting.go) take
	// their two constants, the model's defaults, from this fit.
	if d := sim.DefaultParams(); p != d.RevertKept || rho != d.RevertRate {
		t.Errorf("fit p %v, ρ %v; the model's defaults revert_kept %v and revert_rate %v", p, rho, d.RevertKept, d.RevertRate)
	}
}
