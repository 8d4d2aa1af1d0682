package sim_test

import (
	"fmt"
	"testing"
	"time"

	"entente/scenarios"
	"entente/sim"
)

// BenchmarkPhases is BenchmarkTick at 200 and 1,000 states and
// BenchmarkColdWarRun with the time of each phase reported beside the
// whole, as <phase>-ns/op (sim.ObservePhases; a part's time is also its
// phase's). It is BENCHMARKS.md's budget of a tick:
//
//	go test -run XXX -bench Phases -count 6 ./sim
//
// The clock is read twice at each mark, a few hundred times a tick, so
// the whole is a little slower than BenchmarkTick's.
func BenchmarkPhases(b *testing.B) {
	for _, n := range []int{200, 1000} {
		b.Run(fmt.Sprintf("Tick/N=%d", n), func(b *testing.B) {
			clock := newPhaseClock()
			w := world(b, n)
			w.ObservePhases(clock.mark)
			b.ResetTimer()
			for b.Loop() {
				if w.Done() {
					b.StopTimer()
					w = world(b, n)
					w.ObservePhases(clock.mark)
					b.StartTimer()
				}
				w.Step()
			}
			clock.report(b)
		})
	}
	b.Run("ColdWarRun", func(b *testing.B) {
		sc, err := scenarios.Load("cold-war", nil)
		if err != nil {
			b.Fatal(err)
		}
		clock := newPhaseClock()
		for b.Loop() {
			w, err := sim.New(sc.Config, 0)
			if err != nil {
				b.Fatal(err)
			}
			w.ObservePhases(clock.mark)
			for w.Step() {
			}
		}
		clock.report(b)
	})
}

// phaseClock sums the time spent in each phase. A phase is never entered
// within itself, so one start per phase is enough.
type phaseClock struct {
	start []time.Time
	spent []time.Duration
}

func newPhaseClock() *phaseClock {
	n := len(sim.Phases())
	return &phaseClock{start: make([]time.Time, n), spent: make([]time.Duration, n)}
}

func (c *phaseClock) mark(p sim.Phase, end bool) {
	if end {
		c.spent[p] += time.Since(c.start[p])
		return
	}
	c.start[p] = time.Now()
}

func (c *phaseClock) report(b *testing.B) {
	for _, p := range sim.Phases() {
		b.ReportMetric(float64(c.spent[p].Nanoseconds())/float64(b.N), p.String()+"-ns/op")
	}
}
