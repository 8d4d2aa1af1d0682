package validate

import (
	"math"
	"testing"
)

// geometric is a world of three states whose log shares lie at c_k·q^t
// from a median state's (c = −1, 0, 1), all growing by g a year: each
// closes the fraction 1 − q^10 of its distance from the median in ten
// years, and every share grows by 10·log g.
func geometric(q, g float64) func(string, int) (float64, bool) {
	c := map[string]float64{"LOW": -1, "MID": 0, "HIGH": 1}
	return func(id string, y int) (float64, bool) {
		t := float64(y - 1900)
		return 0.03 * math.Exp(c[id]*math.Pow(q, t)+t*math.Log(g)), true
	}
}

// TestShareMomentsMeasureDriftAndReversion: on shares that move by known
// laws the moments are those laws' constants.
func TestShareMomentsMeasureDriftAndReversion(t *testing.T) {
	states := []string{"LOW", "MID", "HIGH"}
	for _, tc := range []struct{ q, g float64 }{{1, 1}, {0.97, 1}, {0.9, 1}, {1.01, 1}, {1, 1.02}, {1, 0.99}} {
		drift, rev, n := shareMoments(states, 1900, 1940, geometric(tc.q, tc.g))
		if n != 3*31 {
			t.Errorf("q %g: %d state-decades, want 93", tc.q, n)
		}
		if want := math.Pow(tc.q, 10) - 1; math.Abs(rev-want) > 1e-9 {
			t.Errorf("q %g: reversion %g, want %g", tc.q, rev, want)
		}
		if want := 10 * math.Log(tc.g); math.Abs(drift-want) > 1e-9 {
			t.Errorf("g %g: drift %g, want %g", tc.g, drift, want)
		}
	}
}

// TestShareMomentsNeedDecades: too few decades, or a year's share missing
// at either end, give no moments rather than a number from a handful.
func TestShareMomentsNeedDecades(t *testing.T) {
	v := geometric(0.9, 1)
	if d, r, n := shareMoments([]string{"LOW", "MID", "HIGH"}, 1900, 1912, v); n != 9 || !math.IsNaN(d) || !math.IsNaN(r) {
		t.Errorf("9 decades gave %g, %g (n %d); want NaN", d, r, n)
	}
	gaps := func(id string, y int) (float64, bool) {
		if y%2 == 1 { // odd years missing: a decade from an even year ends on one
			return 0, false
		}
		return v(id, y)
	}
	if _, _, n := shareMoments([]string{"LOW", "MID", "HIGH"}, 1900, 1940, gaps); n != 3*16 {
		t.Errorf("%d decades with odd years missing, want 48 (the even years 1900–1930)", n)
	}
}

// TestEveryEraReportsItsShareDynamics: the built-in eras with reference
// shares carry the two rows as information, with history's values, and a
// run's moments come from its own shares.
func TestEveryEraReportsItsShareDynamics(t *testing.T) {
	cfg, h := loadBuiltin(t, "europe-1871")
	targets, _ := Targets(cfg, h)
	rows := targets[len(targets)-2:]
	for _, r := range rows {
		if !r.Info || r.History == "—" || r.History == "" {
			t.Errorf("%q: info %v, history %q; want information with history's value", r.Name, r.Info, r.History)
		}
	}
	recs, err := Runs(t.Context(), cfg, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	d, ok1 := rows[0].Measure(recs[0])
	r, ok2 := rows[1].Measure(recs[0])
	if !ok1 || !ok2 || math.IsNaN(d) || math.IsNaN(r) || d == 0 {
		t.Errorf("a run's drift %g and reversion %g (%v %v); want numbers", d, r, ok1, ok2)
	}
}

// The three-year median of 0.05, 0.01 and 0.03 is 0.03, and a state with
// no share ten years on has no decade from that year.
func TestShareDecadesReadThreeYearMedians(t *testing.T) {
	shares := map[int]float64{1950: 0.05, 1951: 0.01, 1952: 0.03, 1961: 0.02}
	value := func(id string, y int) (float64, bool) {
		v, ok := shares[y]
		return v, ok && id == "AAA"
	}
	ds := ShareDecades([]string{"AAA", "BBB"}, 1950, 1962, value)
	if len(ds) != 1 || ds[0].State != "AAA" || ds[0].Year != 1951 {
		t.Fatalf("decades %+v, want AAA's from 1951 alone (1950 and 1952 have no share ten years on)", ds)
	}
	if got := math.Exp(ds[0].Log); math.Abs(got-0.03) > 1e-12 {
		t.Errorf("the median of 1950–52: %v, want 0.03", got)
	}
	if got := math.Exp(ds[0].LogLater); math.Abs(got-0.02) > 1e-12 {
		t.Errorf("1961 alone: %v, want 0.02", got)
	}
}

// Spans of two years read the same medians two years apart; a span of ten
// years is a decade.
func TestShareSpansOfAnyLength(t *testing.T) {
	shares := map[int]float64{1950: 0.02, 1951: 0.02, 1952: 0.04, 1953: 0.04}
	value := func(id string, y int) (float64, bool) {
		v, ok := shares[y]
		return v, ok
	}
	ds := ShareSpans([]string{"AAA"}, 1950, 1953, 2, value)
	if len(ds) != 2 || ds[0].Year != 1950 || ds[1].Year != 1951 {
		t.Fatalf("spans %+v, want those from 1950 and 1951", ds)
	}
	if got := math.Exp(ds[1].LogLater - ds[1].Log); math.Abs(got-2) > 1e-12 {
		t.Errorf("1951 to 1953: the share × %v, want × 2", got)
	}
	if a, b := ShareSpans([]string{"AAA"}, 1950, 1953, 10, value), ShareDecades([]string{"AAA"}, 1950, 1953, value); len(a) != len(b) {
		t.Errorf("spans of ten years %v, decades %v", a, b)
	}
}
