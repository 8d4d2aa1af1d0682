package main

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"entente/validate"
)

func TestParseDims(t *testing.T) {
	ds, err := parseDims("k:0.27:0.05:0.8,theta_half:2.2:0.05:3")
	if err != nil || len(ds) != 2 || ds[1].key != "theta_half" || ds[1].hi != 3 {
		t.Fatalf("parseDims = %+v, %v", ds, err)
	}
	for _, bad := range []string{"", "k:1:2", "k:a:0:1"} {
		if _, err := parseDims(bad); err == nil {
			t.Errorf("parseDims(%q) should fail", bad)
		}
	}
}

func TestLoss(t *testing.T) {
	rep := &validate.Report{Results: []validate.Result{
		{Target: validate.Target{Lo: 0, Hi: 1}, Mean: 0.5, Pass: true},
		{Target: validate.Target{Lo: 0, Hi: 1}, Mean: 3},               // two widths above
		{Target: validate.Target{Lo: 0, Hi: 2, Extra: true}, Mean: -1}, // half a width below, a further check
		{Target: validate.Target{Lo: 0, Hi: 1, Info: true}, Mean: 9},   // information only
		{Target: validate.Target{Lo: 0, Hi: 1}, Mean: math.NaN()},      // undefined
	}}
	if got, want := loss(rep, 0), 2+0.3*0.5+2; math.Abs(got-want) > 1e-12 {
		t.Errorf("loss = %v, want %v", got, want)
	}
	// With a margin of 0.2 the first target, at the middle of its band,
	// still costs nothing; one at its edge would cost 0.2.
	edge := &validate.Report{Results: []validate.Result{{Target: validate.Target{Lo: 0, Hi: 1}, Mean: 1, Pass: true}}}
	if got := loss(edge, 0.2); math.Abs(got-0.2) > 1e-12 {
		t.Errorf("loss at the edge with margin 0.2 = %v, want 0.2", got)
	}
}

func TestSensitivityRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"sensitivity", "-seeds", "1", "-keys", "k"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "| `k` |") {
		t.Errorf("no row for k:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"sensitivity", "-scenario", "classroom-balance"}, &out); err == nil {
		t.Error("a scenario without targets should be refused")
	}
}
