package sim

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"entente/agents"
)

// randomWorld is a geographic world of n states with a few camps and
// rivalries, for benchmarks: about the density of the Cold War scenario.
func randomWorld(n int, seed uint64) Config {
	rng := rand.New(rand.NewPCG(seed, 7))
	p := DefaultParams()
	pol := p.policy()
	camps := []string{"", "east", "west"}
	cfg := Config{Name: fmt.Sprintf("random-%d", n), StartYear: 2000, EndYear: 2049, TicksPerYear: 1,
		Seed: seed, Geometry: Geographic, Params: p}
	for i := range n {
		gdp := 20 * rng.ExpFloat64() * rng.ExpFloat64()
		share := 0.01 + 0.04*rng.Float64()
		cfg.Nations = append(cfg.Nations, agents.Nation{
			ID: fmt.Sprintf("N%04d", i), PosA: -60 + 120*rng.Float64(), PosB: -180 + 360*rng.Float64(),
			GDP: gdp, Growth: 0.02, Volatility: p.Volatility, Share: share,
			Capability: share * gdp / p.Depreciation, Debt: 0.5, Regime: -10 + 20*rng.Float64(),
			Camp: camps[rng.IntN(3)], Policy: pol, Active: true,
		})
	}
	for range n / 5 {
		a, b := rng.IntN(n), rng.IntN(n)
		if a != b {
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: a, B: b, Level: 0.5 + 0.5*rng.Float64()})
		}
	}
	return cfg
}

// BenchmarkStep measures one tick (all eight phases) after a ten-year
// warm-up, so alliances exist, in a size ladder.
func BenchmarkStep(b *testing.B) {
	for _, n := range []int{30, 100, 300, 1000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			w, err := New(randomWorld(n, 1), 0)
			if err != nil {
				b.Fatal(err)
			}
			for range 10 {
				w.Step()
			}
			b.ResetTimer()
			for b.Loop() {
				if w.Done() {
					b.StopTimer()
					w, _ = New(randomWorld(n, 1), 0)
					for range 10 {
						w.Step()
					}
					b.StartTimer()
				}
				w.Step()
			}
		})
	}
}
