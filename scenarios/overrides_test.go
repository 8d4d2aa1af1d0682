package scenarios

import (
	"errors"
	"reflect"
	"testing"
)

func TestOverrides(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  []string
		get  func(*Scenario) any
		want any
	}{
		{"model key", []string{"model.k=0.4"}, func(s *Scenario) any { return s.Config.Params.Reactivity }, 0.4},
		{"bare model key", []string{"k=0.4"}, func(s *Scenario) any { return s.Config.Params.Reactivity }, 0.4},
		{"model key reaches nation defaults", []string{"k=0.4"}, func(s *Scenario) any { return s.Config.Nations[0].Policy.Reactivity }, 0.4},
		{"integer for a float", []string{"delta=1"}, func(s *Scenario) any { return s.Config.Params.Depreciation }, 1.0},
		{"scenario key", []string{"scenario.seed=5"}, func(s *Scenario) any { return s.Config.Seed }, uint64(5)},
		{"bare scenario key", []string{"seed=5"}, func(s *Scenario) any { return s.Config.Seed }, uint64(5)},
		{"end year", []string{"scenario.end_year=1965"}, func(s *Scenario) any { return s.Config.EndYear }, 1965},
		{"bare string", []string{"title=Cold war, short"}, func(s *Scenario) any { return s.Title }, "Cold war, short"},
		{"quoted string", []string{`title="x = 1"`}, func(s *Scenario) any { return s.Title }, "x = 1"},
		{"number as a string key", []string{"name=2024"}, func(s *Scenario) any { return s.Name }, "2024"},
		{"later wins", []string{"k=0.1", "k=0.2"}, func(s *Scenario) any { return s.Config.Params.Reactivity }, 0.2},
		{"recorded as given", []string{"k=0.2", " seed = 3 "}, func(s *Scenario) any { return s.Overrides }, []string{"k=0.2", " seed = 3 "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Load("testdata/small.toml", tc.set)
			if err != nil {
				t.Fatal(err)
			}
			if got := tc.get(s); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestBadOverrides(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  []string
		want string
	}{
		{"unknown key", []string{"kk=1"}, "--set kk=1: unknown key (not a [model] or [scenario] key) (did you mean k?)"},
		{"nation key", []string{"nation.gdp=5"}, "--set nation.gdp=5: unknown key (not a [model] or [scenario] key)"},
		{"unknown model key", []string{"model.seed=5"}, "--set model.seed=5: unknown key (not a [model] or [scenario] key)"},
		{"no value", []string{"k"}, "--set k: expected key=value"},
		{"not a number", []string{"k=abc"}, `--set k=abc: must be a number, got string "abc"`},
		{"float for an integer", []string{"ticks_per_year=4.0"}, "--set ticks_per_year=4.0: must be an integer, got float 4"},
		{"validated", []string{"k=-1"}, "model.k: must be in [0, 10], got -1 (from --set k=-1)"},
		{"validated scenario", []string{"seed=-3"}, "scenario.seed: must not be negative, got -3 (from --set seed=-3)"},
		{"end before start", []string{"scenario.end_year=1940"},
			"scenario.end_year: must not be before start_year (1950), got 1940 (from --set scenario.end_year=1940)"},
		{"several", []string{"kk=1", "k=abc", "lambda=2"},
			"--set kk=1: unknown key (not a [model] or [scenario] key) (did you mean k?)\n" +
				"--set k=abc: must be a number, got string \"abc\"\n" +
				"model.lambda: must be in [0, 1], got 2 (from --set lambda=2)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load("testdata/small.toml", tc.set)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
