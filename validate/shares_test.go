package validate

import (
	"math"
	"strings"
	"testing"
)

func TestShareErrorsNameTheStatesAndYears(t *testing.T) {
	// fourStates: every state spends 2 % of GDP in every year. History
	// says AAA spent 2 % in 2000 and 5 % in 2001, BBB 1 % in 2002; the
	// other state-years have no reference and are left out. A second run
	// has AAA at 4 % in 2001.
	r, h, _ := fourStates(false)
	if err := h.ReadShares(strings.NewReader("scenario,id,year,share,source\nfour,AAA,2000,0.02,x\nfour,AAA,2001,0.05,x\nfour,BBB,2002,0.01,x\nother,CCC,2002,0.09,x\n"), "four"); err != nil {
		t.Fatal(err)
	}
	r2 := &Record{IDs: r.IDs, Years: r.Years, Nations: make([][]NationTick, len(r.Nations))}
	for k, ns := range r.Nations {
		r2.Nations[k] = append([]NationTick(nil), ns...)
	}
	r2.Nations[1][0].Share = 0.04
	got := ShareErrors([]*Record{r, r2}, h, 2000, 2003)
	want := []ShareError{
		// AAA 2001: errors 3 and 1 points, mean square 5 points².
		{State: "AAA", Year: 2001, History: 0.05, Median: 0.03, P05: 0.021, P95: 0.039, SquaredError: 5e-4, Runs: 2},
		{State: "BBB", Year: 2002, History: 0.01, Median: 0.02, P05: 0.02, P95: 0.02, SquaredError: 1e-4, Runs: 2},
		{State: "AAA", Year: 2000, History: 0.02, Median: 0.02, P05: 0.02, P95: 0.02, SquaredError: 0, Runs: 2},
	}
	if len(got) != len(want) {
		t.Fatalf("%d state-years %+v, want %d", len(got), got, len(want))
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	for k, w := range want {
		g := got[k]
		if g.State != w.State || g.Year != w.Year || g.Runs != w.Runs || !near(g.History, w.History) || !near(g.Median, w.Median) ||
			!near(g.P05, w.P05) || !near(g.P95, w.P95) || !near(g.SquaredError, w.SquaredError) {
			t.Errorf("row %d: %+v, want %+v", k, g, w)
		}
	}
	var b strings.Builder
	if err := WriteShareErrors(&b, got); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 4 ||
		lines[0] != "state,year,history,median,p05,p95,squared_error,runs" || lines[1] != "AAA,2001,5.00,3.00,2.10,3.90,5.000,2" {
		t.Errorf("shares.csv:\n%s", b.String())
	}
}

func TestShareErrorsSumToTheBudgetRMSE(t *testing.T) {
	// The file's squared errors over a target's states and years give the
	// RMSE of the run-averaged errors: for one run, the run's own RMSE.
	r, h, _ := fourStates(false)
	if err := h.ReadShares(strings.NewReader("scenario,id,year,share,source\nfour,AAA,2000,0.03,x\nfour,AAA,2001,0.05,x\nfour,BBB,2000,0.01,x\n"), "four"); err != nil {
		t.Fatal(err)
	}
	rows := ShareErrors([]*Record{r}, h, 2000, 2003)
	sum := 0.0
	for _, e := range rows {
		sum += e.SquaredError
	}
	states := []majorPower{{id: "AAA", from: 2000}, {id: "BBB", from: 2000}}
	rmse, ok := shareRMSE(r, h, states, 2000, 2003)
	if !ok || math.Abs(math.Sqrt(sum/float64(len(rows)))-rmse) > 1e-12 {
		t.Errorf("from the rows %.6f, shareRMSE %.6f (ok %v)", math.Sqrt(sum/float64(len(rows))), rmse, ok)
	}
}
