package validate

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"entente/sim"
)

// Runs runs a world configuration over seeds base, base+1, …, base+n−1 with
// up to workers runs at once (0: one per CPU) and returns their records in
// seed order: the same whatever the number of workers.
func Runs(ctx context.Context, cfg sim.Config, n int, workers int) ([]*Record, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	records := make([]*Record, n)
	errs := make([]error, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	shareCores := min(workers, n) == 1 // else the runs keep the cores busy (sim.World.ShareCores)
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				records[k], errs[k] = runOne(ctx, cfg, cfg.Seed+uint64(k), shareCores)
			}
		}()
	}
	for k := range n {
		if ctx.Err() != nil {
			break
		}
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for k, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("seed %d: %w", cfg.Seed+uint64(k), err)
		}
	}
	return records, nil
}

func runOne(ctx context.Context, cfg sim.Config, seed uint64, shareCores bool) (*Record, error) {
	cfg.Seed = seed
	w, err := sim.New(cfg, 0)
	if err != nil {
		return nil, err
	}
	w.ShareCores(shareCores)
	r := NewRecord(w, seed)
	for w.Step() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r.Observe(w)
	}
	if err := w.Err(); err != nil {
		return nil, fmt.Errorf("seed %d: %w", seed, err)
	}
	return r, nil
}
