package validate

import (
	"math"
	"testing"
)

// TestAYearsShareIsItsSpendingOverItsGDP: at four ticks a year a state's
// share of a year is its spending summed over the year's ticks over its
// GDP summed over them, not its December share; a state that entered
// during the year counts from its entry; at one tick a year it is the
// tick's share.
func TestAYearsShareIsItsSpendingOverItsGDP(t *testing.T) {
	r := &Record{IDs: []string{"AAA", "BBB"}}
	ticks := []struct {
		year       float64
		gdp, share [2]float64
		active     [2]bool
	}{
		{2000, [2]float64{100, 10}, [2]float64{0.02, 0.05}, [2]bool{true, false}},
		{2000.25, [2]float64{100, 10}, [2]float64{0.10, 0.05}, [2]bool{true, false}},
		{2000.5, [2]float64{200, 10}, [2]float64{0.10, 0.05}, [2]bool{true, true}},
		{2000.75, [2]float64{100, 30}, [2]float64{0.02, 0.01}, [2]bool{true, true}},
		{2001, [2]float64{100, 10}, [2]float64{0.03, 0.04}, [2]bool{true, true}},
	}
	for _, k := range ticks {
		r.Years = append(r.Years, k.year)
		ns := make([]NationTick, 2)
		for i := range ns {
			ns[i] = NationTick{Active: k.active[i], GDP: k.gdp[i], Share: k.share[i]}
		}
		r.Nations = append(r.Nations, ns)
	}
	for _, c := range []struct {
		state string
		year  int
		want  float64
	}{
		{"AAA", 2000, (2 + 10 + 20 + 2) / 500.0}, // December's share is 0.02
		{"BBB", 2000, (0.5 + 0.3) / 40.0},        // in the system from mid-year
		{"AAA", 2001, 0.03},                      // the year's one tick
	} {
		got, ok := share(r, c.state, c.year)
		if !ok || math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s's share of %d: %g (%v), want %g", c.state, c.year, got, ok, c.want)
		}
	}
	if _, ok := share(r, "AAA", 2002); ok {
		t.Error("a year the run does not reach has a share")
	}
}
