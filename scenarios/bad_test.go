package scenarios

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/bad")

// badCases are the error kinds testdata/bad must cover, one file each.
var badCases = []string{
	"syntax", "unknown-top-key", "unknown-nation-key", "duplicate-id", "negative-gdp",
	"share-range", "rivalry-unknown-id", "tie-unknown-id", "alliance-unknown-id",
	"event-unknown-id", "event-out-of-range", "bad-kind", "bad-geometry", "bad-ticks",
	"key-not-for-kind", "neutral-camp", "missing-required", "many",
	"type-mismatch", "geometry-mismatch", "model-invalid", "inline-array", "folded-key",
	"duplicate-entry", "bad-groups", "war-sides", "war-outside", "entry-pact", "territory-factor",
	"pact-dates", "regime-since",
}

// TestBadFiles loads each testdata/bad/NAME.toml and compares the full
// error text with NAME.want (go test -run TestBadFiles -update rewrites
// them).
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, f := range files {
		have[strings.TrimSuffix(filepath.Base(f), ".toml")] = true
	}
	for _, name := range badCases {
		if !have[name] {
			t.Errorf("testdata/bad/%s.toml is missing", name)
		}
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".toml")
		t.Run(name, func(t *testing.T) {
			s, err := Load(f, nil)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Load(%s) = %v, %v; want an *Error", f, s, err)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(f, ".toml") + ".want"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Load(%s) error:\n%s\nwant:\n%s", f, got, want)
			}
		})
	}
}
