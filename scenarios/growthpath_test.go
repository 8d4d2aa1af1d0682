package scenarios

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// A growth path loads as the engine's: its figures, from its year; a bad
// one is refused at its key, with every problem of it listed.
func TestGrowthPath(t *testing.T) {
	s, err := Parse("path.toml", []byte(withLines(t, `id = "AAA"`, "growth_path_from = 2001", "growth_path = [0.05, -0.5, 1.25, 2]")), nil)
	if err != nil {
		t.Fatal(err)
	}
	paths := s.Config.GrowthPaths
	if len(paths) != len(s.Config.Nations) {
		t.Fatalf("%d growth paths for %d nations", len(paths), len(s.Config.Nations))
	}
	if p := paths[0]; p.From != 2001 || !slices.Equal(p.Growth, []float64{0.05, -0.5, 1.25, 2}) {
		t.Errorf("loaded path %v from %d, want [0.05 -0.5 1.25 2] from 2001", p.Growth, p.From)
	}
	if paths[1].Growth != nil {
		t.Error("a nation without a path got one")
	}
	if s, err := Parse("path.toml", []byte(boundsBase), nil); err != nil || s.Config.GrowthPaths != nil {
		t.Errorf("a world without paths: %v, %v; want no paths", s.Config.GrowthPaths, err)
	}

	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a path without its year", []string{"growth_path = [0.05]"},
			[]string{"nation[0] (AAA).growth_path_from: is required with growth_path"}},
		{"a year without a path", []string{"growth_path_from = 2001"},
			[]string{"nation[0] (AAA).growth_path_from: applies only with growth_path"}},
		{"a year outside the run", []string{"growth_path_from = 1990", "growth_path = [0.05]"},
			[]string{"nation[0] (AAA).growth_path_from: must be a year of the run, 2000 to 2030, got 1990"}},
		{"figures out of range, all listed", []string{"growth_path_from = 2001", "growth_path = [0.05, -1, 3.5]"},
			[]string{"nation[0] (AAA).growth_path[1]: must be greater than -1, got -1",
				"nation[0] (AAA).growth_path[2]: must be at most 3, got 3.5"}},
		{"a figure that is no number", []string{"growth_path_from = 2001", `growth_path = [0.05, "x"]`},
			[]string{`nation[0] (AAA).growth_path: must be an array of finite numbers, got string "x" at [1]`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("path.toml", []byte(withLines(t, `id = "AAA"`, tc.lines...)), nil)
			var bad *Error
			if !errors.As(err, &bad) {
				t.Fatalf("got %v, want problems", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %v, want a problem %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), "path.toml:") {
				t.Errorf("the problem names no file and line: %v", err)
			}
		})
	}
}
