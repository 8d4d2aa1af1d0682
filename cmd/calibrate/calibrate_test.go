package main

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"entente/sim"
	"entente/validate"
)

func TestParseDims(t *testing.T) {
	ds, err := parseDims("k:0.27:0.05:0.8,x0:2.2:0.05:3")
	if err != nil || len(ds) != 2 || ds[1].key != "x0" || ds[1].hi != 3 {
		t.Fatalf("parseDims = %+v, %v", ds, err)
	}
	// Bounds beyond a key's range are narrowed to it (h_ideo is in [0, 1]).
	if ds, err := parseDims("h_ideo:0.8:0.2:2.5"); err != nil || ds[0].hi != 1 || ds[0].lo != 0.2 {
		t.Errorf("parseDims(h_ideo up to 2.5) = %+v, %v; want hi 1", ds, err)
	}
	for _, bad := range []string{"", "k:1:2", "k:a:0:1", "no_such_key:1:0:2", "h_ideo:2:1.5:3"} {
		if _, err := parseDims(bad); err == nil {
			t.Errorf("parseDims(%q) should fail", bad)
		}
	}
}

func TestLoss(t *testing.T) {
	res := func(t validate.Target, median float64, in, runs int) validate.Result {
		return validate.Result{Target: t, Median: median, InBand: in, Runs: runs}
	}
	rep := &validate.Report{Results: []validate.Result{
		res(validate.Target{Lo: 0, Hi: 1}, 0.5, 10, 10),            // holds: nothing
		res(validate.Target{Lo: 0, Hi: 1}, 3, 0, 10),               // no run: 0.8 + 0.1·2 widths
		res(validate.Target{Lo: 0, Hi: 2, Extra: true}, -1, 4, 10), // 0.4 short, half a width: 0.3·(0.4 + 0.05)
		res(validate.Target{Lo: 0, Hi: 1, Info: true}, 9, 0, 10),   // information only
		res(validate.Target{Lo: 0, Hi: 1}, math.NaN(), 0, 10),      // undefined: 0.8 + 0.1·3
	}}
	if got, want := loss([]*validate.Report{rep}, 0), (0.8+0.2)+0.3*(0.4+0.05)+(0.8+0.3); math.Abs(got-want) > 1e-12 {
		t.Errorf("loss = %v, want %v", got, want)
	}
	// With a margin of 0.95, each target short of it adds a quarter of the
	// shortfall: the one held in every run nothing, the others 0.95, 0.95
	// and 0.55 (three tenths of it for the further check).
	if got, want := loss([]*validate.Report{rep}, 0.95), (0.8+0.2)+0.3*(0.4+0.05)+(0.8+0.3)+0.25*(0.95+0.95+0.3*0.55); math.Abs(got-want) > 1e-12 {
		t.Errorf("loss with a margin = %v, want %v", got, want)
	}
}

func TestReportAndRobustRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"report", "-seeds", "1", "-scenarios", "europe-1871"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "europe-1871 ") {
		t.Errorf("report:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"robust", "-seeds", "1", "-scenarios", "europe-1871", "-keys", "k"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "| `k` |") {
		t.Errorf("no row for k:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"report", "-scenarios", "classroom-balance"}, &out); err == nil {
		t.Error("a scenario without targets should be refused")
	}
}

func TestHoldoutLeavesEachEraOut(t *testing.T) {
	var out bytes.Buffer
	args := []string{"holdout", "-seeds", "1", "-iters", "1", "-scenarios", "europe-1871,21st-century", "-dims", "k:0.24:0.12:0.48"}
	if err := run(context.Background(), args, &out); err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{"| europe-1871 | 21st-century |", "| 21st-century | europe-1871 |"} {
		if !strings.Contains(out.String(), row) {
			t.Errorf("no row %q:\n%s", row, out.String())
		}
	}
	if err := run(context.Background(), []string{"holdout", "-scenarios", "europe-1871"}, &out); err == nil {
		t.Error("holdout with one scenario should be refused")
	}
}

func TestHoldoutDefaultDims(t *testing.T) {
	ds, err := holdoutDims("")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != len(budgetConstants) {
		t.Fatalf("%d dimensions, want %d", len(ds), len(budgetConstants))
	}
	defaults := map[string]float64{}
	for _, p := range sim.ParamTable() {
		defaults[p.Key] = p.Default
	}
	for _, d := range ds {
		if d.start != defaults[d.key] || d.lo >= d.start || d.start > d.hi {
			t.Errorf("%s: start %v in [%v, %v], want its default %v strictly above the lower bound", d.key, d.start, d.lo, d.hi, defaults[d.key])
		}
	}
}
