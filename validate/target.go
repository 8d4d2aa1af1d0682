package validate

import (
	"math"
	"slices"
)

// Target is one thing history says the model must reproduce.
type Target struct {
	Name    string // "Western bloc forms"
	Source  string // "ATOP v4.01 (NATO, atopid 3180)"
	History string // the historical value as shown: "1949", "0.49", "60–75 %"
	Unit    string // how values are shown: "", "%", "year", "share of seeds"
	// Measure gives the value of one run; ok is false when it is undefined
	// in that run (say, no Western bloc exists in 1964).
	Measure func(r *Record) (v float64, ok bool)
	// Lo and Hi bound the mean over the runs where the measure is defined
	// for the target to hold.
	Lo, Hi float64
	// MinDefined is the share of runs in which the measure must be defined
	// (default: all of them).
	MinDefined float64
	// Info marks a row shown for reference (a baseline), not a target.
	Info bool
	// Extra marks a check beyond MODEL.md section 7 (scored and shown, but
	// listed apart: the model is held to MODEL.md's targets first).
	Extra bool
}

// Result is a target scored over seeds.
type Result struct {
	Target
	Mean, P05, P95 float64
	Defined        int // runs where the measure was defined
	Runs           int
	Pass           bool
}

// Score evaluates a target over the records.
func Score(t Target, records []*Record) Result {
	res := Result{Target: t, Runs: len(records), Mean: math.NaN(), P05: math.NaN(), P95: math.NaN()}
	var vs []float64
	for _, r := range records {
		if v, ok := t.Measure(r); ok && !math.IsNaN(v) {
			vs = append(vs, v)
		}
	}
	res.Defined = len(vs)
	need := t.MinDefined
	if need == 0 {
		need = 1
	}
	if len(vs) == 0 {
		return res
	}
	slices.Sort(vs)
	sum := 0.0
	for _, v := range vs {
		sum += v
	}
	res.Mean = sum / float64(len(vs))
	res.P05, res.P95 = quantile(vs, 0.05), quantile(vs, 0.95)
	res.Pass = float64(len(vs)) >= need*float64(len(records))-1e-9 && res.Mean >= t.Lo && res.Mean <= t.Hi
	return res
}

// quantile of sorted values, by linear interpolation between order
// statistics.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}

// fraction turns a yes/no per run into a value for Measure.
func fraction(ok bool) (float64, bool) {
	if ok {
		return 1, true
	}
	return 0, true
}

// Met reports whether one run, on its own, meets the target: its measure
// is defined and within the bounds set for the mean over runs. A sweep
// scores runs with it (the share of targets met).
func (t Target) Met(r *Record) bool {
	v, ok := t.Measure(r)
	return ok && !math.IsNaN(v) && v >= t.Lo && v <= t.Hi
}
