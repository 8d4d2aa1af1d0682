package sweep

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkSweep measures a sweep's throughput in runs per second, with
// one worker and with two: 200 runs of classroom-balance (8 points × 25
// replications) and 40 of cold-war (two points × 20), summary metrics
// only, journal, runs.csv and manifest written as in a real sweep.
//
//	go test -run XXX -bench Sweep -count 5 ./sweep
func BenchmarkSweep(b *testing.B) {
	for _, c := range []struct {
		name     string
		scenario string
		param    string
		reps     int
	}{
		{"classroom-balance", "classroom-balance", "k=0.15:0.5:0.05", 25},
		{"cold-war", "cold-war", "k=0.25,0.3", 20},
	} {
		p, err := FlagPlan{Scenario: c.scenario, Params: []string{c.param}, Reps: c.reps, Design: Grid, Seed: 1}.Plan()
		if err != nil {
			b.Fatal(err)
		}
		for _, j := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/j=%d", c.name, j), func(b *testing.B) {
				b.ReportAllocs()
				root := b.TempDir()
				for i := 0; b.Loop(); i++ {
					if _, err := Execute(context.Background(), p, Options{Dir: filepath.Join(root, fmt.Sprint(i)), Workers: j}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(p.Runs()*b.N)/b.Elapsed().Seconds(), "runs/s")
			})
		}
	}
}
