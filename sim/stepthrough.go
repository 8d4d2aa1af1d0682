package sim

import "context"

// StepThrough runs w through the last tick of a calendar year (its time is
// the year plus (per − 1)/per, per ticks a year), unless it is there
// already or the run ends first, and stops when ctx is done: the world as
// `entente why --year` reads it, and as validate's blockers ask it.
func (w *World) StepThrough(ctx context.Context, year int) error {
	dt := 1 / float64(w.cfg.TicksPerYear)
	last := float64(year) + 1 - dt
	for w.Tick() < 0 || w.Year() < last-dt/2 {
		if !w.Step() {
			break
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return w.Err()
}
