package results

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"entente/sim"
)

// Files are the files every run writes, in order.
var Files = []string{"nations.csv", "alliances.csv", "events.csv", "world.csv", "memberships.csv", "summary.json"}

// Options say where and how a run is written.
type Options struct {
	Dir   string
	Force bool
	Info  ScenarioInfo
	Plots []string // formats of the figures drawn into plots/ (none: no figures)
	// Check verifies the engine's invariants (sim.Checker) and that the
	// event log explains every change of membership, after every tick; a
	// broken invariant fails the run.
	Check bool
	// Ticks stops the run after that many ticks (0: at the scenario's
	// end): a replayed class that ended early ends where it ended.
	Ticks int
}

// ErrInvariant is returned, wrapped, by a run with Check on whose world
// breaks an invariant: a bug in the engine, never in the input.
var ErrInvariant = errors.New("invariant broken")

// ErrNonFinite is returned, wrapped with the *sim.NonFiniteError that
// names the nation, the quantity and the tick, by a run whose world
// produced a value that is not a finite number. The guard is always on.
var ErrNonFinite = errors.New("the run failed")

// Outcome is what a finished run left.
type Outcome struct {
	Dir      string
	Replaced bool // an earlier run in Dir was replaced
	Summary  Summary
	Story    string
	// PlotsSkipped says why no figures were drawn (a run of one tick), or is nil.
	PlotsSkipped error
}

// Execute runs the world to its end, recording every tick, and writes the
// run directory atomically: nothing appears at opts.Dir unless the whole
// run succeeded. The context is checked between ticks.
func Execute(ctx context.Context, w *sim.World, opts Options) (*Outcome, error) {
	dir, err := Prepare(opts.Dir, opts.Force)
	if err != nil {
		return nil, err
	}
	out, err := execute(ctx, w, dir, opts)
	if err != nil {
		dir.Abort()
		return nil, err
	}
	if err := dir.Commit(); err != nil {
		dir.Abort()
		return nil, fmt.Errorf("move run into %s: %w", opts.Dir, err)
	}
	return out, nil
}

func execute(ctx context.Context, w *sim.World, dir *RunDir, opts Options) (*Outcome, error) {
	files := make([]*os.File, 5)
	writers := make([]io.Writer, 5)
	for k, name := range Files[:5] {
		f, err := dir.Create(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		files[k], writers[k] = f, f
	}
	rec, err := NewRecorder(writers[0], writers[1], writers[2], writers[3])
	if err != nil {
		return nil, err
	}
	if err := rec.RecordMemberships(writers[4]); err != nil {
		return nil, err
	}
	var log []sim.Record
	var checker *sim.Checker
	var audit *membershipAudit
	if opts.Check {
		checker, audit = sim.NewChecker(w), newMembershipAudit(w)
	}
	for (opts.Ticks <= 0 || w.Tick()+1 < opts.Ticks) && w.Step() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("run interrupted at tick %d: %w", w.Tick(), err)
		}
		if checker != nil {
			if err := errors.Join(checker.Check(w), audit.observe(w)); err != nil {
				return nil, fmt.Errorf("%w:\n%v", ErrInvariant, err)
			}
		}
		if err := rec.Observe(w); err != nil {
			return nil, fmt.Errorf("record tick %d: %w", w.Tick(), err)
		}
		log = append(log, w.Records()...)
	}
	if err := w.Err(); err != nil {
		// The finiteness guard stopped the run (sim/finite.go): nothing of
		// it is kept, as for any failed run.
		return nil, fmt.Errorf("%w: %w", ErrNonFinite, err)
	}
	if err := rec.Flush(); err != nil {
		return nil, err
	}
	for k, f := range files {
		if err := f.Sync(); err != nil {
			return nil, fmt.Errorf("write %s: %w", Files[k], err)
		}
	}
	sum := NewSummary(w, opts.Info, rec.Counts(), Files)
	if err := dir.WriteFile("summary.json", func(wr io.Writer) error { return WriteJSON(wr, sum) }); err != nil {
		return nil, err
	}
	out := &Outcome{Dir: dir.Path(), Replaced: dir.Replaces(), Summary: sum, Story: Story(w, log)}
	if len(opts.Plots) > 0 {
		if out.PlotsSkipped, err = plotStaged(dir.Staging(), opts.Plots); err != nil {
			return nil, err
		}
	}
	return out, nil
}
