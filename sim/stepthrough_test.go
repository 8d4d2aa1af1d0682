package sim

import (
	"context"
	"testing"
)

// TestStepThroughAYear: the world stops at the last tick of the year asked
// (its quarter ticks at four a year), a second call for it steps no
// further, and a done context stops the run.
func TestStepThroughAYear(t *testing.T) {
	cfg := testWorld()
	cfg.TicksPerYear = 4
	w := mustNew(t, cfg)
	year := cfg.StartYear + 2
	if err := w.StepThrough(context.Background(), year); err != nil {
		t.Fatal(err)
	}
	if got, want := w.Year(), float64(year)+0.75; got != want {
		t.Fatalf("after StepThrough(%d): year %v, want %v", year, got, want)
	}
	tick := w.Tick()
	if err := w.StepThrough(context.Background(), year); err != nil || w.Tick() != tick {
		t.Errorf("again: tick %d → %d (%v)", tick, w.Tick(), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := w.StepThrough(ctx, year+3); err == nil || w.Tick() != tick+1 {
		t.Errorf("a done context: %v at tick %d, want an error after one tick", err, w.Tick())
	}
}
