package sim

import (
	"math"
	"testing"
)

// A year's growth compounds to itself at every tick length, however large.
func TestPerTickCompoundsToAYearsGrowth(t *testing.T) {
	for _, g := range []float64{0.02, -0.3, 1.25} {
		for _, n := range []int{1, 4, 12} {
			dt := 1 / float64(n)
			got := math.Pow(1+perTick(g, dt)*dt, float64(n))
			if math.Abs(got-(1+g)) > 1e-12 {
				t.Errorf("g %v at %d ticks a year compounds to %v, want %v", g, n, got-1, g)
			}
		}
	}
}

// A nation with a growth path grows by its figures in the years they
// cover, at 1, 4 and 12 ticks a year alike, and at its trend before and
// after them; a nation without one keeps its trend.
func TestGrowthPathSetsTheYearsGrowth(t *testing.T) {
	path := []float64{0.10, -0.20}
	for _, perYear := range []int{1, 4, 12} {
		cfg := withParams(testWorld(), func(p *Params) { p.Volatility, p.Drag = 0, 0 })
		cfg.TicksPerYear = perYear
		from := cfg.StartYear + 1
		cfg.GrowthPaths = make([]GrowthPath, len(cfg.Nations))
		cfg.GrowthPaths[iBOR] = GrowthPath{From: from, Growth: path}
		w := mustNew(t, cfg)
		gdp := func(i int) float64 { return w.nations[i].GDP }
		yearStart := map[int][2]float64{}
		for y := cfg.StartYear; y <= cfg.StartYear+4; y++ {
			yearStart[y] = [2]float64{gdp(iBOR), gdp(iCAL)}
			for range perYear {
				if !w.Step() {
					t.Fatal("the run ended early")
				}
			}
		}
		trend, calTrend := cfg.Nations[iBOR].Growth, cfg.Nations[iCAL].Growth
		for y := cfg.StartYear; y < cfg.StartYear+4; y++ {
			want := trend
			if k := y - from; k >= 0 && k < len(path) {
				want = path[k]
			}
			got := yearStart[y+1][0]/yearStart[y][0] - 1
			if math.Abs(got-want) > 1e-9 {
				t.Errorf("%d ticks a year: BOR grew %v in %d, want %v", perYear, got, y, want)
			}
			if got := yearStart[y+1][1]/yearStart[y][1] - 1; math.Abs(got-calTrend) > 1e-9 {
				t.Errorf("%d ticks a year: CAL grew %v in %d, want its trend %v", perYear, got, y, calTrend)
			}
		}
	}
}
