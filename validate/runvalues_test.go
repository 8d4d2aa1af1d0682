package validate

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// run-values.csv shows what a target's count of runs is made of: each
// run's seed, its value, empty where undefined, and whether it meets the
// target; a row of information has no verdict.
func TestRunValuesShowEachRun(t *testing.T) {
	value := func(r *Record) (float64, bool) { return r.Years[0], !math.IsNaN(r.Years[0]) }
	recs := records(1, 2, math.NaN())
	for k, r := range recs {
		r.Seed = uint64(41 + k)
	}
	rep := NewReport("test", []Target{
		{Name: "  a target", Measure: value, Lo: 1.5, Hi: 3.5},
		{Name: "information", Measure: value, Info: true},
	}, recs)
	var b bytes.Buffer
	if err := rep.WriteRunValues(&b); err != nil {
		t.Fatal(err)
	}
	want := "target,seed,value,in_band\n" +
		"a target,41,1,no\n" +
		"a target,42,2,yes\n" +
		"a target,43,,no\n" +
		"information,41,1,\n" +
		"information,42,2,\n" +
		"information,43,,\n"
	if got := b.String(); got != want {
		t.Errorf("run-values.csv:\n%s\nwant:\n%s", got, want)
	}
	// The rows agree with the summary's count.
	in := strings.Count(b.String(), ",yes\n")
	if res := rep.Results[0]; res.InBand != in {
		t.Errorf("%d runs in the band in the rows, %d in the summary", in, res.InBand)
	}
}

// The report names the runs that miss a failing target some runs meet,
// at most n of them; a target that holds, or that no run meets, is not
// named.
func TestMissLinesNameTheRunsToAsk(t *testing.T) {
	value := func(r *Record) (float64, bool) { return r.Years[0], !math.IsNaN(r.Years[0]) }
	recs := records(1, 2, 3, math.NaN(), 5)
	rep := NewReport("test", []Target{
		{Name: "  fails in three runs", Measure: value, Lo: 1.5, Hi: 3.5},
		{Name: "holds", Measure: value, Lo: 0, Hi: 6, Share: 0.5},
		{Name: "no run meets it", Measure: value, Lo: 10, Hi: 11},
		{Name: "information", Measure: value, Info: true},
	}, recs)
	got := rep.missLines(2)
	want := []string{"fails in three runs: seeds 0, 3, … (3 of 5 runs)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("missLines(2) = %q, want %q", got, want)
	}
	if got := rep.missLines(10); len(got) != 1 || !strings.Contains(got[0], "seeds 0, 3, 4 (3 of 5 runs)") {
		t.Errorf("missLines(10) = %q, want the three seeds", got)
	}
}
