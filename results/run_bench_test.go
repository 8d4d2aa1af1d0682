package results_test

import (
	"io"
	"testing"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// BenchmarkColdWarRunCSV is one whole run of the default scenario with its
// four CSV time series recorded (to io.Discard: the cost of formatting,
// not of the disk). Compare BenchmarkColdWarRun in package sim.
func BenchmarkColdWarRunCSV(b *testing.B) {
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
		rec, err := results.NewRecorder(io.Discard, io.Discard, io.Discard, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		for w.Step() {
			if err := rec.Observe(w); err != nil {
				b.Fatal(err)
			}
		}
		if err := rec.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
