package scenarios

import (
	"context"
	"fmt"
)

// LoadContext is Load that gives up when ctx ends: it returns at once
// with an error that wraps ctx.Err(), whatever it was doing (reading a
// slow file, decoding, checking). Loading has no side effects, so what it
// leaves unfinished is simply dropped.
func LoadContext(ctx context.Context, nameOrPath string, overrides []string) (*Scenario, error) {
	return stoppable(ctx, nameOrPath, func() (*Scenario, error) { return load(ctx, nameOrPath, overrides) })
}

// ParseContext is Parse that gives up when ctx ends, as LoadContext.
func ParseContext(ctx context.Context, filename string, data []byte, overrides []string) (*Scenario, error) {
	return stoppable(ctx, filename, func() (*Scenario, error) { return parse(ctx, filename, data, overrides) })
}

// stoppable runs a load and returns its result, or returns when ctx ends.
// The TOML decoder and a read cannot be stopped from outside, so the load
// runs in a goroutine that is left to finish on its own (it checks ctx
// between its steps and stops at the next); a panic in it is raised again
// in the caller, as if it had run there.
func stoppable(ctx context.Context, name string, f func() (*Scenario, error)) (*Scenario, error) {
	if ctx.Done() == nil {
		return f()
	}
	if err := ctx.Err(); err != nil {
		return nil, interruptedLoad(name, err)
	}
	type result struct {
		s        *Scenario
		err      error
		panicked any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panicked: r}
			}
		}()
		s, err := f()
		done <- result{s: s, err: err}
	}()
	select {
	case r := <-done:
		if r.panicked != nil {
			panic(r.panicked)
		}
		return r.s, r.err
	case <-ctx.Done():
		return nil, interruptedLoad(name, ctx.Err())
	}
}

// stopped returns the error of a load that ctx ended, or nil: the loader
// asks between its steps.
func stopped(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		return interruptedLoad(name, err)
	}
	return nil
}

func interruptedLoad(name string, err error) error {
	return fmt.Errorf("load scenario %s: interrupted: %w", name, err)
}
