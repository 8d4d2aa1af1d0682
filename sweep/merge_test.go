package sweep

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Merge checks rows against a plan it rebuilds from sweep.json; a Latin
// hypercube's plan (distributions, sampled points) rebuilds to the same
// hash and its shards merge to the local table, and so does a plan with
// string values and fixed overrides.
func TestMergeRebuildsEveryKindOfPlan(t *testing.T) {
	for _, fp := range []FlagPlan{
		{Scenario: "classroom-balance", Params: []string{"k=uniform(0.1,0.5)", "chi=normal(0.7,0.05)", "rho=loguniform(0.1,0.4)"},
			Design: LHS, Points: 5, Reps: 2, Seed: 3},
		{Scenario: "classroom-balance", Params: []string{"k=0.2,0.3"}, Sets: []string{"model.rho=0.3"}, Design: Grid, Reps: 3, Seed: 4,
			Metrics: []string{"count.formed", "first.dissolved"}},
	} {
		p, err := fp.Plan()
		if err != nil {
			t.Fatal(err)
		}
		root := t.TempDir()
		want := sweepInto(t, p, Options{Dir: filepath.Join(root, "local")})
		var shards []string
		for i := range 3 {
			d := filepath.Join(root, fmt.Sprint(i))
			sweepInto(t, p, Options{Dir: d, Shard: &Shard{i, 3}})
			shards = append(shards, d)
		}
		out := filepath.Join(root, "merged")
		if _, err := Merge(out, shards, MergeOptions{}); err != nil {
			t.Fatalf("%s: %v", fp.Design, err)
		}
		if got, _ := os.ReadFile(filepath.Join(out, RunsFile)); !bytes.Equal(got, want) {
			t.Errorf("%s: merged table differs from the local one", fp.Design)
		}
	}
}

// A shard count is bounded by the sweep's runs: a shard with no run is
// refused when it is run, so merge can hold any count to the plan.
func TestShardCountIsBoundedByTheRuns(t *testing.T) {
	p := smallPlan(t)
	_, err := Execute(context.Background(), p, Options{Dir: filepath.Join(t.TempDir(), "s"), Shard: &Shard{0, 19}})
	if !errors.Is(err, ErrInput) || err.Error() != "--shard 0/19: the sweep has 18 runs, so at most 18 shards" {
		t.Errorf("got %v", err)
	}
}

// A message lists the first missing shards and counts the rest.
func TestMissingShardsAreCapped(t *testing.T) {
	seen := map[int]string{1: "a"}
	got, any := missingShards(seen, 1000)
	if !any || !strings.HasPrefix(got, "0, 2, 3,") || !strings.HasSuffix(got, ", 20 and 979 more") {
		t.Errorf("got %q", got)
	}
	if _, any := missingShards(map[int]string{0: "a"}, 1); any {
		t.Error("no shard is missing")
	}
}

// A sweep.json that is not a regular file, or is larger than any sweep's,
// is refused before it is read.
func TestManifestIsReadBounded(t *testing.T) {
	d := t.TempDir()
	f, _ := os.Create(filepath.Join(d, ManifestFile))
	f.Truncate(maxManifestBytes + 1) // sparse
	f.Close()
	if _, err := readManifest(d); err == nil || !strings.Contains(err.Error(), "more than the 67108864 its sweep can hold") {
		t.Errorf("a huge sweep.json: %v", err)
	}
	d2 := t.TempDir()
	os.Mkdir(filepath.Join(d2, ManifestFile), 0o755)
	if _, err := readManifest(d2); err == nil || !strings.Contains(err.Error(), "is not a regular file") {
		t.Errorf("a directory as sweep.json: %v", err)
	}
}
