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
