package validate

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"entente/scenarios"
)

func TestScore(t *testing.T) {
	recs := make([]*Record, 5)
	for k := range recs {
		recs[k] = &Record{Seed: uint64(k)}
	}
	value := func(r *Record) (float64, bool) { return float64(r.Seed), r.Seed != 4 }
	res := Score(Target{Measure: value, Lo: 1, Hi: 2}, recs)
	if res.Defined != 4 || res.Mean != 1.5 || res.Pass {
		t.Errorf("undefined in one run of five must fail by default: %+v", res)
	}
	if !near(res.P05, 0.15) || !near(res.P95, 2.85) {
		t.Errorf("interval %v to %v, want 0.15 to 2.85", res.P05, res.P95)
	}
	res = Score(Target{Measure: value, Lo: 1, Hi: 2, MinDefined: 0.8}, recs)
	if !res.Pass {
		t.Errorf("defined in 4 of 5 with MinDefined 0.8 should pass: %+v", res)
	}
	res = Score(Target{Measure: value, Lo: 2, Hi: 3, MinDefined: 0.5}, recs)
	if res.Pass {
		t.Errorf("mean 1.5 outside [2, 3] should fail: %+v", res)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// A four-state record: A and B allied from 1955, C and D never.
func syntheticRecord() (*Record, *History) {
	r := &Record{IDs: []string{"USA", "UKG", "RUS", "POL"}}
	for y := 1950; y <= 1960; y++ {
		r.Years = append(r.Years, float64(y))
		ns := make([]NationTick, 4)
		for i := range ns {
			ns[i] = NationTick{Active: true, GDP: float64(4 - i), Share: 0.05}
		}
		var as []AllianceTick
		if y >= 1955 {
			ns[0].Alliances, ns[1].Alliances = []string{"A1"}, []string{"A1"}
			as = append(as, AllianceTick{ID: "A1", Members: []int{0, 1}})
		}
		r.Nations = append(r.Nations, ns)
		r.Allies = append(r.Allies, as)
	}
	h := &History{}
	h.ReadSpells(strings.NewReader("atopid,stateabb,yrent,yrexit\n3180,USA,1949,0\n3180,UKG,1949,0\n3285,RUS,1955,1991\n3285,POL,1955,1991\n"))
	return r, h
}

func TestAgreement(t *testing.T) {
	r, h := syntheticRecord()
	// 1955–1960: six pairs; history has USA–UKG and RUS–POL, the run only
	// USA–UKG: five of six agree.
	if got, ok := agreement(r, h, 1955, 1960, false); !ok || !near(got, 5.0/6) {
		t.Errorf("agreement = %v, want 5/6", got)
	}
	if got, _ := agreement(r, h, 1955, 1960, true); !near(got, 4.0/6) {
		t.Errorf("baseline = %v, want 4/6", got)
	}
	if y, ok := formed(r, "USA", []string{"UKG"}, 1); !ok || y != 1955 {
		t.Errorf("formed = %v %v, want 1955", y, ok)
	}
	if v, ok := leaderShare(r, "USA", 1955, 1960); !ok || !near(v, 4.0/7) {
		t.Errorf("leader share = %v, want 4/7", v)
	}
}

func TestRunsIndependentOfWorkers(t *testing.T) {
	sc, err := scenarios.Load("classroom-balance", []string{"end_year=2020"})
	if err != nil {
		t.Fatal(err)
	}
	one, err := Runs(context.Background(), sc.Config, 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	many, err := Runs(context.Background(), sc.Config, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	// NaN ≠ NaN, so compare printed records.
	same := true
	for k := range one {
		same = same && fmt.Sprintf("%v", *one[k]) == fmt.Sprintf("%v", *many[k])
	}
	if !same {
		t.Error("records differ between 1 and 3 workers")
	}
	if reflect.DeepEqual(one[0].Nations, one[1].Nations) {
		t.Error("seeds 1 and 2 gave identical runs")
	}
	rep := NewReport("classroom-balance", []Target{{Name: "anything", Measure: func(*Record) (float64, bool) { return 1, true }, Lo: 0, Hi: 2}}, one)
	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil || !strings.Contains(b.String(), "1 of 1 targets hold") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
}
