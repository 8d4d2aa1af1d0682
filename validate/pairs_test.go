package validate

import (
	"strings"
	"testing"
)

func TestPairErrorsNameThePairsAndYears(t *testing.T) {
	// fourStates: the run allies A–B in every year (as history does), A–C
	// in 2000 (history never) and C–D in 2003 (history 2002–2003).
	r, h, _ := fourStates(false)
	quiet := &Record{IDs: r.IDs, Years: r.Years, Nations: make([][]NationTick, len(r.Nations))}
	for k, ns := range r.Nations {
		quiet.Nations[k] = make([]NationTick, len(ns))
		for i := range ns {
			quiet.Nations[k][i] = NationTick{Active: true}
		}
	}
	got := PairErrors([]*Record{r, quiet}, h, 2000, 2003)
	want := []PairError{
		// A–B: right in r, missed in every year of the quiet run: 4/2 = 2.
		{A: "AAA", B: "BBB", History: 4, Model: 2, Missed: 2},
		{A: "CCC", B: "DDD", History: 2, Model: 0.5, Missed: 1.5},
		{A: "AAA", B: "CCC", History: 0, Model: 0.5, False: 0.5},
	}
	if len(got) != len(want) {
		t.Fatalf("%d pairs %+v, want %d", len(got), got, len(want))
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("pair %d: %+v, want %+v", k, got[k], want[k])
		}
	}
	var b strings.Builder
	if err := WritePairErrors(&b, got); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 4 ||
		lines[0] != "a,b,history_years,model_years,false_years,missed_years" || lines[1] != "AAA,BBB,4,2.00,0.00,2.00" {
		t.Errorf("pairs.csv:\n%s", b.String())
	}
}
