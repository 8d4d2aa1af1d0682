package sweep

import (
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"entente/scenarios"
)

func TestLoadPlan(t *testing.T) {
	p, err := LoadPlan("testdata/small.toml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Runs() != 3*2*3 || p.PointCount() != 6 || p.Seed != 7 {
		t.Fatalf("runs %d points %d seed %d, want 18, 6, 7", p.Runs(), p.PointCount(), p.Seed)
	}
	if got := p.Params[0].Values; !slices.Equal(got, []string{"0.2", "0.3", "0.4"}) {
		t.Errorf("range values %v, want 0.2 0.3 0.4", got)
	}
	d := NewDesign(p)
	// The first parameter varies slowest.
	if got := d.Point(1); !slices.Equal(got, []string{"0.2", "0.9"}) {
		t.Errorf("point 1 = %v, want [0.2 0.9]", got)
	}
	if got := d.Overrides(5); !slices.Equal(got, []string{"k=0.4", "model.chi=0.9"}) {
		t.Errorf("overrides of point 5 = %v", got)
	}
}

// Every problem of a bad plan comes at once, with its line and key.
func TestBadPlanReportsEveryProblem(t *testing.T) {
	_, err := LoadPlan("testdata/bad.toml")
	var se *scenarios.Error
	if !errors.As(err, &se) {
		t.Fatalf("want a *scenarios.Error, got %v", err)
	}
	want, _ := os.ReadFile("testdata/bad.want")
	if got := err.Error() + "\n"; got != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A value the model refuses is caught before any run, at the plan's line.
func TestPlanValuesCheckedAgainstTheScenario(t *testing.T) {
	plan := "[sweep]\nscenario = \"classroom-balance\"\n\n[[param]]\nkey = \"s_max\"\nvalues = [0.2, 7]\n"
	_, err := ParsePlan("p.toml", []byte(plan))
	if err == nil || !strings.HasPrefix(err.Error(), "p.toml:5:1: param[0].key: s_max = 7: ") {
		t.Fatalf("got %v", err)
	}
	bad := "[sweep]\nscenario = \"classroom-balance\"\nreps = \"x\"\n"
	if _, err := ParsePlan("q.toml", []byte(bad)); err == nil || !strings.HasPrefix(err.Error(), "q.toml:3:") {
		t.Fatalf("a type error should name its line, got %v", err)
	}
}

func TestParamFlags(t *testing.T) {
	p, err := FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.1:0.3:0.1", "chi=0.5,0.9", "geometry=plane"},
		Reps: 2, Design: Grid, Seed: 1}.Plan()
	if err != nil {
		t.Fatal(err)
	}
	if p.Runs() != 3*2*1*2 {
		t.Errorf("runs = %d, want 12", p.Runs())
	}
	if got := p.Params[2].Values; !slices.Equal(got, []string{`"plane"`}) {
		t.Errorf("a bare word is a string: %v", got)
	}
	_, err = FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.1:x:0.1"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || err.Error() != `--param k=0.1:x:0.1: range 0.1:x:0.1: "x" is not a number` {
		t.Errorf("got %v", err)
	}
	_, err = FlagPlan{Scenario: "classroom-balance", Params: []string{"k=uniform(0.1,0.3)"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || !strings.Contains(err.Error(), `--param k=uniform(0.1,0.3): a distribution needs design = "lhs"`) {
		t.Errorf("got %v", err)
	}
}

// A Latin hypercube puts exactly one point in each of the n equal-
// probability strata of every parameter.
func TestLatinHypercubeStratifies(t *testing.T) {
	p, err := FlagPlan{Scenario: "classroom-balance", Design: LHS, Points: 40, Reps: 1, Seed: 3,
		Params: []string{"k=uniform(0.1,0.5)", "chi=loguniform(0.2,0.8)"}}.Plan()
	if err != nil {
		t.Fatal(err)
	}
	d := NewDesign(p)
	for j, q := range p.Params {
		hit := make([]int, p.Points)
		for i := range p.Points {
			v := parseCell(d.Point(i)[j])
			u := (v - q.Dist.Min) / (q.Dist.Max - q.Dist.Min)
			if q.Dist.Kind == "loguniform" {
				u = math.Log(v/q.Dist.Min) / math.Log(q.Dist.Max/q.Dist.Min)
			}
			hit[min(int(u*float64(p.Points)), p.Points-1)]++
		}
		for s, n := range hit {
			if n != 1 {
				t.Fatalf("%s: stratum %d holds %d points", q.Key, s, n)
			}
		}
	}
	// The same plan gives the same points.
	if !slices.Equal(NewDesign(p).Point(17), d.Point(17)) {
		t.Error("the design is not reproducible")
	}
}

func TestRunSeeds(t *testing.T) {
	seen := map[uint64]bool{}
	for k := range 10000 {
		s := RunSeed(1, k)
		if s >= 1<<63 {
			t.Fatalf("seed %d does not fit a TOML integer", s)
		}
		if seen[s] {
			t.Fatalf("run %d repeats a seed", k)
		}
		seen[s] = true
	}
	if RunSeed(1, 5) == RunSeed(2, 5) {
		t.Error("the master seed does not change the runs' seeds")
	}
}

func TestMetricNames(t *testing.T) {
	for _, ok := range []string{"final.alliances", "mean.defense_share@1960:1985", "first.dissolved", "validation.score"} {
		if _, err := ParseMetric(ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{"alliances", "median.cohesion", "count.nothing", "validation.score@1950:1960", "mean.energy@1990:1980"} {
		if _, err := ParseMetric(bad); err == nil {
			t.Errorf("%s should be refused", bad)
		}
	}
}

func TestShards(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "SLURM_ARRAY_TASK_ID" {
				return v
			}
			return ""
		}
	}
	s, err := ParseShard("4", env("2"))
	if err != nil || *s != (Shard{2, 4}) {
		t.Fatalf("got %v, %v", s, err)
	}
	if _, err := ParseShard("4/4", env("")); err == nil {
		t.Error("index 4 of 4 should be refused")
	}
	if _, err := ParseShard("/3", env("")); err == nil || !strings.Contains(err.Error(), "SLURM_ARRAY_TASK_ID") {
		t.Errorf("no index anywhere: got %v", err)
	}
	total := 0
	for i := range 3 {
		total += (&Shard{i, 3}).Size(10)
	}
	if total != 10 {
		t.Errorf("shards of 10 runs hold %d", total)
	}
}

// A Latin hypercube's extreme draws are checked before any run: a normal
// distribution reaches past ±3 sd when there are many points. With 2000
// points the lowest stratum lies below −3.29 sd, so k's lowest draw is
// below 0.25 − 3.29 × 0.08 < 0, outside k's range [0, 10].
func TestLHSExtremesCheckedAtLoad(t *testing.T) {
	plan := "[sweep]\nscenario = \"classroom-balance\"\ndesign = \"lhs\"\npoints = 2000\n\n[[param]]\nkey = \"k\"\ndistribution = \"normal\"\nmean = 0.25\nsd = 0.08\n"
	_, err := ParsePlan("lhs.toml", []byte(plan))
	if err == nil || !strings.Contains(err.Error(), "lhs.toml:7:1: param[0].key: k = -") || !strings.Contains(err.Error(), "must be in [0, 10]") {
		t.Fatalf("got %v", err)
	}
}

// One key spelled two ways is one key: swept twice, or swept and fixed.
func TestKeyAliasesAreOneKey(t *testing.T) {
	_, err := FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.1,0.5", "model.k=0.3"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || !strings.Contains(err.Error(), `--param model.k=0.3: "model.k" is already swept by param[0] (model.k)`) {
		t.Errorf("swept twice: %v", err)
	}
	_, err = FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.1,0.5"}, Sets: []string{"model.k=0.3"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || !strings.Contains(err.Error(), `--set: "model.k=0.3" fixes model.k, which param[0] sweeps`) {
		t.Errorf("swept and set: %v", err)
	}
}

// Validation metrics on a scenario without history are refused with the
// plan, before a directory is made.
func TestValidationNeedsHistory(t *testing.T) {
	_, err := FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.2"}, Metrics: []string{"validation.score"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || !strings.Contains(err.Error(), "validation metrics need a scenario with historical targets") {
		t.Errorf("got %v", err)
	}
}

// Seeds survive a trip through a double (R and pandas read runs.csv's
// seed column as doubles): a run replayed from them runs the same seed.
func TestRunSeedsAreExactDoubles(t *testing.T) {
	for _, master := range []uint64{0, 1, 42, 1<<64 - 1} {
		for k := range 10000 {
			s := RunSeed(master, k)
			if s >= 1<<53 || uint64(float64(s)) != s {
				t.Fatalf("master %d, run %d: seed %d is not exact in a double", master, k, s)
			}
		}
	}
}

// A range whose step does not land on its end is refused, with the
// values it would give, in a plan file and on the command line.
func TestRangeStepMustReachTo(t *testing.T) {
	const msg = "step 0.3 does not reach to (0.5): the range would give 0.1, 0.4"
	plan := "[sweep]\nscenario = \"classroom-balance\"\n\n[[param]]\nkey = \"k\"\nfrom = 0.1\nto = 0.5\nstep = 0.3\n"
	_, err := ParsePlan("p.toml", []byte(plan))
	if err == nil || !strings.Contains(err.Error(), "p.toml:8:1: param[0].step: "+msg) {
		t.Errorf("plan file: %v", err)
	}
	_, err = FlagPlan{Scenario: "classroom-balance", Params: []string{"k=0.1:0.5:0.3"}, Reps: 1, Design: Grid}.Plan()
	if err == nil || !strings.Contains(err.Error(), "--param k=0.1:0.5:0.3: "+msg) {
		t.Errorf("--param: %v", err)
	}
	for _, c := range []struct {
		from, to, step float64
		want           []string
	}{
		{0.1, 0.5, 0.1, []string{"0.1", "0.2", "0.3", "0.4", "0.5"}},
		{0, 1, 0.25, []string{"0", "0.25", "0.5", "0.75", "1"}},
		{0.3, 0.3, 0.1, []string{"0.3"}},
		{0.1, 0.7, 0.2, []string{"0.1", "0.3", "0.5", "0.7"}},
	} {
		got, msg := rangeValues(c.from, c.to, c.step)
		if msg != "" || !slices.Equal(got, c.want) {
			t.Errorf("rangeValues(%g, %g, %g) = %v, %q; want %v", c.from, c.to, c.step, got, msg, c.want)
		}
	}
	if _, msg := rangeValues(0, 10, 0.7); !strings.Contains(msg, "0, 0.7, 1.4, …, 9.1, 9.8") {
		t.Errorf("a long range's values: %q", msg)
	}
}
