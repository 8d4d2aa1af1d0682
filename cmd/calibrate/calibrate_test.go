package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

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
	if got, want := loss([]*validate.Report{rep}, weights{}), (0.8+0.2)+0.3*(0.4+0.05)+(0.8+0.3); math.Abs(got-want) > 1e-12 {
		t.Errorf("loss = %v, want %v", got, want)
	}
	// With a margin of 0.95, each target short of it adds a quarter of the
	// shortfall: the one held in every run nothing, the others 0.95, 0.95
	// and 0.55 (three tenths of it for the further check).
	if got, want := loss([]*validate.Report{rep}, weights{margin: 0.95}), (0.8+0.2)+0.3*(0.4+0.05)+(0.8+0.3)+0.25*(0.95+0.95+0.3*0.55); math.Abs(got-want) > 1e-12 {
		t.Errorf("loss with a margin = %v, want %v", got, want)
	}
	// A centre weight reads only bands drawn around history's figure: these
	// are not, and it adds nothing.
	if got, want := loss([]*validate.Report{rep}, weights{center: 1}), (0.8+0.2)+0.3*(0.4+0.05)+(0.8+0.3); math.Abs(got-want) > 1e-12 {
		t.Errorf("loss with a centre weight and no centred band = %v, want %v", got, want)
	}
	// A centred target's median beyond the middle half of its band counts
	// in half-widths beyond half of one, at most 1.5: held near its edge
	// 0.4, held in its middle nothing, off its band 1.5 (with its
	// shortfall); a one-sided band stored with a cap (κ ≥ 0.80 as [0.80,
	// 1]) nothing, even at its floor.
	edge := &validate.Report{Results: []validate.Result{
		res(validate.Target{Lo: 0, Hi: 1, Centred: true}, 0.95, 10, 10),
		res(validate.Target{Lo: 0, Hi: 1, Centred: true}, 0.6, 10, 10),
		res(validate.Target{Lo: 0, Hi: 1, Centred: true}, 3, 0, 10),
		res(validate.Target{Lo: 0.8, Hi: 1}, 0.8, 10, 10),
	}}
	if got, want := loss([]*validate.Report{edge}, weights{center: 2}), 2*0.4+(0.8+0.2)+2*1.5; math.Abs(got-want) > 1e-12 {
		t.Errorf("loss of centred targets = %v, want %v", got, want)
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
	// How the era's shares move, beside history's (validate/dynamics.go).
	if !regexp.MustCompile(`europe-1871 moves: drift 0\.08, runs -?\d\.\d\d; reversion -0\.21, runs -?\d\.\d\d`).MatchString(out.String()) {
		t.Errorf("no line on how the shares move:\n%s", out.String())
	}
	// How the era's alliances compare, targets held or not.
	if !regexp.MustCompile(`europe-1871 allies: κ 0\.\d{3}; skill [+-]0\.\d{3}; against the start's pacts gained \d+, lost \d+ pair-years \([+-]0\.\d{4}\)`).MatchString(out.String()) {
		t.Errorf("no line on the alliances:\n%s", out.String())
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

// TestReportAtSeveralTickLengths: -ticks runs each scenario once per tick
// length, each a report of its own, labelled with it when it is not one a
// year, and the loss counts them all; a tick length the model does not
// take is refused.
func TestReportAtSeveralTickLengths(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"report", "-seeds", "1", "-scenarios", "europe-1871", "-ticks", "1,4"}, &out); err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(out.String(), "\n", 2)[0]
	if !regexp.MustCompile(`europe-1871 \d+/7, europe-1871@4 \d+/7$`).MatchString(first) {
		t.Errorf("want the era at 1 and 4 ticks a year on the first line:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "europe-1871@4 fails: ") {
		t.Errorf("no line for the era at 4 ticks a year:\n%s", out.String())
	}
	ev, err := newEvaluator([]string{"europe-1871"}, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	ev.ticks = []int{4}
	reps, err := ev.reports(context.Background(), nil)
	if err != nil || len(reps) != 1 || reps[0].TicksPerYear != 4 {
		t.Fatalf("reports at 4 ticks a year: %v reports, %v", len(reps), err)
	}
	for _, bad := range []string{"2", "1,x", "0"} {
		if _, err := parseTicks(bad); err == nil {
			t.Errorf("parseTicks(%q) should fail", bad)
		}
	}
}

// TestHoldoutScoresTheEraLeftOut starts the search far from the defaults
// (k 1.5), so that it must move, and checks each row against report: the era
// left out is scored alone, at the start and at the constants found, the
// loss on the other eras falls, and lost and gained account for the change.
func TestHoldoutScoresTheEraLeftOut(t *testing.T) {
	ctx := context.Background()
	eras := []string{"europe-1871", "21st-century"}
	var out bytes.Buffer
	if err := run(ctx, []string{"holdout", "-seeds", "1", "-iters", "1", "-scenarios", strings.Join(eras, ","), "-dims", "k:1.5:0.05:2.4"}, &out); err != nil {
		t.Fatal(err)
	}
	// report gives an era's loss and "p/n" at the given overrides.
	report := func(era, sets string) (string, string) {
		var b bytes.Buffer
		if err := run(ctx, []string{"report", "-seeds", "1", "-scenarios", era, "-set", sets}, &b); err != nil {
			t.Fatal(err)
		}
		line, _, _ := strings.Cut(b.String(), "\n")
		loss, summary, _ := strings.Cut(strings.TrimPrefix(line, "loss "), " | ")
		return loss, strings.TrimPrefix(summary, era+" ")
	}
	rows := 0
	for _, line := range strings.Split(out.String(), "\n") {
		c := strings.Split(line, " | ")
		if len(c) != 8 || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| left out") {
			continue
		}
		rows++
		leftOut, others := strings.TrimPrefix(c[0], "| "), c[1]
		found := strings.ReplaceAll(strings.TrimSuffix(c[7], " |"), "*", "")
		if leftOut != eras[rows-1] || others != eras[2-rows] {
			t.Errorf("row %d: left out %q, searched on %q", rows, leftOut, others)
		}
		if _, held := report(leftOut, "k=1.5"); c[3] != held {
			t.Errorf("%s at the start: %s, report says %s", leftOut, c[3], held)
		}
		if _, held := report(leftOut, found); c[4] != held {
			t.Errorf("%s at %s: %s, report says %s", leftOut, found, c[4], held)
		}
		startLoss, foundLoss, _ := strings.Cut(c[2], " → ")
		if l, _ := report(others, "k=1.5"); l != startLoss {
			t.Errorf("%s: loss at the start %s, report says %s", others, startLoss, l)
		}
		if l, _ := report(others, found); l != foundLoss {
			t.Errorf("%s: loss at %s %s, report says %s", others, found, foundLoss, l)
		}
		if s, f := parse(t, startLoss), parse(t, foundLoss); f >= s {
			t.Errorf("%s: the search from k 1.5 did not lower the loss (%v → %v)", others, s, f)
		}
		p0, _, _ := strings.Cut(c[3], "/")
		p1, _, _ := strings.Cut(c[4], "/")
		if count(c[5])-count(c[6]) != int(parse(t, p0)-parse(t, p1)) {
			t.Errorf("%s: %s → %s, lost %q, gained %q", leftOut, c[3], c[4], c[5], c[6])
		}
	}
	if rows != len(eras) {
		t.Errorf("%d rows, want %d:\n%s", rows, len(eras), out.String())
	}
	if err := run(ctx, []string{"holdout", "-scenarios", "europe-1871"}, &out); err == nil {
		t.Error("holdout with one scenario should be refused")
	}
}

func parse(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// count is the number of targets in a lost or gained cell, further checks
// apart (the counts of targets held leave them out).
func count(cell string) int {
	if cell == "none" {
		return 0
	}
	return targetsIn(strings.Split(cell, "; "))
}

func TestOnBoundsMarksConstantsStoppedByABound(t *testing.T) {
	ds := []dim{{"k", 1, 0.5, 2}, {"x0", 1, 0.5, 2}, {"eta", 1, 0.5, 2}, {"nu", 1, 0.5, 2}}
	p := point{x: []float64{0.5, 1.2, 1.9999, 1.99}, sets: []string{"k=0.5", "x0=1.2", "eta=1.9999", "nu=1.99"}}
	if got, want := onBounds(ds, p), "k=0.5* x0=1.2 eta=1.9999* nu=1.99"; got != want {
		t.Errorf("onBounds = %q, want %q", got, want)
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
	defaults := defaultValues()
	for _, d := range ds {
		if d.start != defaults[d.key] || d.lo >= d.start || d.start > d.hi {
			t.Errorf("%s: start %v in [%v, %v], want its default %v strictly above the lower bound", d.key, d.start, d.lo, d.hi, defaults[d.key])
		}
	}
}

// TestRobustSummaryAgreesWithItsRows moves three constants by nine tenths
// (h_rival's fall loses five targets, the others fewer) and checks the
// closing summary against the table's rows: the moves that lose at most
// two, the mean and the worst of the targets held.
func TestRobustSummaryAgreesWithItsRows(t *testing.T) {
	var out bytes.Buffer
	args := []string{"robust", "-seeds", "1", "-scenarios", "europe-1871,21st-century", "-keys", "k,h_rival,chi", "-step", "0.9"}
	if err := run(context.Background(), args, &out); err != nil {
		t.Fatal(err)
	}
	heldIn := regexp.MustCompile(`(\d+)/\d+`)
	moves, mild, sum, worst := 0, 0, 0, 1<<30
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		c := strings.Split(line, " | ")
		for _, pair := range [][2]string{{c[2], c[3]}, {c[4], strings.TrimSuffix(c[5], " |")}} {
			moves++
			h := 0
			for _, m := range heldIn.FindAllStringSubmatch(pair[0], -1) {
				h += int(parse(t, m[1]))
			}
			sum, worst = sum+h, min(worst, h)
			n, _, _ := strings.Cut(pair[1], ":")
			if parse(t, n) <= 2 {
				mild++
			}
		}
	}
	if moves != 6 || mild == moves {
		t.Fatalf("%d moves in the table, %d of them mild: want 6, not all mild:\n%s", moves, mild, out.String())
	}
	want := fmt.Sprintf("moves that lose at most two: %d of %d; targets held over the moves: %.1f of ", mild, moves, float64(sum)/float64(moves))
	if !strings.Contains(out.String(), want) || !strings.Contains(out.String(), fmt.Sprintf("the worst %d (", worst)) {
		t.Errorf("summary does not agree with the rows (want %q, the worst %d):\n%s", want, worst, out.String())
	}
}
