package scenarios

import (
	"context"
	"errors"
	"os"
	"reflect"
	"testing"
	"time"
)

// TestLoadingStopsOnCancel: a load given a context returns when the
// context ends, with an error that says so, whatever it was doing.
func TestLoadingStopsOnCancel(t *testing.T) {
	data, err := os.ReadFile("builtin/cold-war.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		load func(ctx context.Context, t *testing.T) (*Scenario, error)
	}{
		{"Parse, cancelled before", func(ctx context.Context, t *testing.T) (*Scenario, error) {
			<-ctx.Done()
			return ParseContext(ctx, "f.toml", data, nil)
		}},
		{"Load of a built-in, cancelled before", func(ctx context.Context, t *testing.T) (*Scenario, error) {
			<-ctx.Done()
			return LoadContext(ctx, "cold-war", []string{"k=0.5"})
		}},
		{"Load of a file that never comes", func(ctx context.Context, t *testing.T) (*Scenario, error) {
			return LoadContext(ctx, never(t), nil)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() {
				s, err := tc.load(ctx, t)
				if s != nil {
					err = errors.New("got a scenario")
				}
				done <- err
			}()
			cancel() // before or while it loads: neither load could end by itself
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("got %v, want context.Canceled", err)
				}
			case <-time.After(time.Minute):
				t.Fatal("the load did not return when its context ended")
			}
		})
	}
}

// TestLoadContextLoadsTheSame: a context that does not end changes
// nothing in what is loaded.
func TestLoadContextLoadsTheSame(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, b := range Builtins() {
		for _, sets := range [][]string{nil, {"k=0.4"}} {
			want, err := Load(b.Name, sets)
			if err != nil {
				t.Fatal(err)
			}
			got, err := LoadContext(ctx, b.Name, sets)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s %v: LoadContext differs from Load (%v)", b.Name, sets, err)
			}
		}
	}
}
