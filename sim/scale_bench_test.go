package sim_test

import (
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"gonum.org/v1/gonum/mat"

	"entente/scenarios"
	"entente/sim"
	"entente/synth"
)

// The size ladder of BENCHMARKS.md: one tick of a generated world (see
// package synth) after ten warm-up years (one at 5,000 states, where a
// tick takes seconds), so that alliances exist, and
// the floor it is measured against, one dense N×N matrix-vector product
// (the threat T = W·K is one; a tick cannot be cheaper than reading W).
//
//	go test -run XXX -bench 'Tick|MatVec|ColdWar' -count 6 ./sim

var ladder = []int{30, 200, 1000, 5000}

// warmup is the number of ticks run before timing.
func warmup(n int) int {
	if n > 1000 {
		return 1
	}
	return 10
}

func world(b *testing.B, n int) *sim.World {
	b.Helper()
	sc, err := synth.Generate(synth.Options{Nations: n, Seed: 3}).Scenario()
	if err != nil {
		b.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		b.Fatal(err)
	}
	for range warmup(n) {
		w.Step()
	}
	return w
}

// BenchmarkTick measures one tick (all eight phases) of a generated world.
func BenchmarkTick(b *testing.B) {
	for _, n := range ladder {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			w := world(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if w.Done() {
					b.StopTimer()
					w = world(b, n)
					b.StartTimer()
				}
				w.Step()
			}
		})
	}
}

// BenchmarkMatVec is the floor: y = W·x for a dense N×N W (gonum mat,
// its BLAS Dgemv).
func BenchmarkMatVec(b *testing.B) {
	for _, n := range ladder {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			data := make([]float64, n*n)
			for k := range data {
				data[k] = rng.Float64()
			}
			w := mat.NewDense(n, n, data)
			x, y := mat.NewVecDense(n, nil), mat.NewVecDense(n, nil)
			for k := range n {
				x.SetVec(k, rng.Float64())
			}
			b.ReportAllocs()
			for b.Loop() {
				y.MulVec(w, x)
			}
		})
	}
}

// BenchmarkColdWarRun is one whole run of the default scenario, without
// output: what each run of a sweep costs the engine. The scenario is
// loaded once, as a sweep would.
func BenchmarkColdWarRun(b *testing.B) {
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			b.Fatal(err)
		}
		for w.Step() {
		}
	}
}

// BenchmarkColdWarSweep runs whole Cold War runs on every core at once, as
// a sweep would (seeds 1, 2, …, without output): ns/op is the wall time
// per run of the sweep, so 10,000 runs take 10,000 × ns/op.
func BenchmarkColdWarSweep(b *testing.B) {
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		b.Fatal(err)
	}
	var seed atomic.Uint64
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			cfg := sc.Config
			cfg.Seed = seed.Add(1)
			w, err := sim.New(cfg, 0)
			if err != nil {
				b.Error(err)
				return
			}
			for w.Step() {
			}
		}
	})
}
