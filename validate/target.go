package validate

import (
	"math"
	"slices"
)

// DefaultShare is the share of runs that must meet a target for it to
// hold, unless the target says otherwise.
const DefaultShare = 0.8

// Target is one thing history says the model must reproduce, judged run by
// run: each run either meets it (its measure is defined and within the
// band) or not, and the target holds when enough runs meet it. The mean
// over runs is shown for information only: a bimodal measure whose mean
// lands in the band while no run does must fail.
type Target struct {
	Name    string // "Western bloc forms"
	Source  string // "ATOP v4.01 (NATO, atopid 3180)"
	History string // the historical value as shown: "1949", "0.49", "60–75 %"
	Unit    string // how values are shown: "", "%", "year", "share of runs", "points"
	// Measure gives the value of one run; ok is false when it is undefined
	// in that run (say, no Western bloc exists in 1964), which counts as
	// missing the target.
	Measure func(r *Record) (v float64, ok bool)
	// Lo and Hi bound the band a run's value must lie in (inclusive).
	Lo, Hi float64
	// Centred marks a band drawn around history's figure, its middle (a
	// defence share's, shareBand: ±15 %, at least ±1 point): the calibration's centre weight reads how far a
	// median lies from it. A one-sided band stored with a cap (κ ≥ 0.80 as
	// [0.80, 1], "18 of 18" as [90 %, 100 %]) is not centred.
	Centred bool
	// Share is the share of runs that must meet the target (0: DefaultShare).
	Share float64
	// Info marks a row shown for reference (a baseline, a component of the
	// agreement), not a target.
	Info bool
	// Extra marks a check beyond the patterns of docs/ODD.md section 1 (scored and shown, but
	// listed apart: the model is held to those patterns first).
	Extra bool
}

// Required is the share of runs the target needs.
func (t Target) Required() float64 {
	if t.Share > 0 {
		return t.Share
	}
	return DefaultShare
}

// Met reports whether one run, on its own, meets the target: its measure
// is defined and within the band.
func (t Target) Met(r *Record) bool {
	v, ok := t.Measure(r)
	return ok && t.inBand(v)
}

func (t Target) inBand(v float64) bool { return !math.IsNaN(v) && v >= t.Lo && v <= t.Hi }

// Result is a target scored over runs.
type Result struct {
	Target
	Median, P05, P95 float64 // over the runs where the measure is defined
	Mean             float64 // information only
	Defined          int     // runs where the measure was defined
	InBand           int     // runs that meet the target
	Runs             int
	Pass             bool
	PerRun           []RunValue // each run's value, in the runs' order (runvalues.go)
}

// RunValue is one run's value of a target: what the summary's median and
// count of runs in the band are made of.
type RunValue struct {
	Seed   uint64
	Value  float64 // NaN where the measure is undefined in the run
	InBand bool
}

// ShareInBand is the share of runs that meet the target.
func (r Result) ShareInBand() float64 {
	if r.Runs == 0 {
		return 0
	}
	return float64(r.InBand) / float64(r.Runs)
}

// Score evaluates a target over the records.
func Score(t Target, records []*Record) Result {
	res := Result{Target: t, Runs: len(records), Median: math.NaN(), P05: math.NaN(), P95: math.NaN(), Mean: math.NaN()}
	var vs []float64
	res.PerRun = make([]RunValue, 0, len(records))
	for _, r := range records {
		v, ok := t.Measure(r)
		if !ok || math.IsNaN(v) {
			res.PerRun = append(res.PerRun, RunValue{Seed: r.Seed, Value: math.NaN()})
			continue
		}
		vs = append(vs, v)
		in := t.inBand(v)
		if in {
			res.InBand++
		}
		res.PerRun = append(res.PerRun, RunValue{Seed: r.Seed, Value: v, InBand: in})
	}
	res.Defined = len(vs)
	if len(vs) > 0 {
		slices.Sort(vs)
		sum := 0.0
		for _, v := range vs {
			sum += v
		}
		res.Mean = sum / float64(len(vs))
		res.Median = Quantile(vs, 0.5)
		res.P05, res.P95 = Quantile(vs, 0.05), Quantile(vs, 0.95)
	}
	res.Pass = res.Runs > 0 && res.ShareInBand() >= t.Required()-1e-9
	return res
}

// Quantile is the q-quantile of sorted values, by linear interpolation
// between the order statistics around q·(n − 1) (the median of an even
// count is the mean of the middle two); NaN for none.
func Quantile(sorted []float64, q float64) float64 {
	switch len(sorted) {
	case 0:
		return math.NaN()
	case 1:
		return sorted[0]
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}

// yes turns a yes/no per run into a value for Measure: 1 or 0, judged on
// the band [1, 1] (see yesTarget).
func yes(ok bool) (float64, bool) {
	if ok {
		return 1, true
	}
	return 0, true
}

// yesTarget is a target that is a yes or a no in each run: it holds when
// at least the required share of runs say yes.
func yesTarget(name, source string, measure func(r *Record) bool) Target {
	return Target{Name: name, Source: source, History: "yes", Unit: "yes/no", Lo: 1, Hi: 1,
		Measure: func(r *Record) (float64, bool) { return yes(measure(r)) }}
}

// further marks targets as further checks (Target.Extra).
func further(ts ...Target) []Target {
	for k := range ts {
		ts[k].Extra = true
	}
	return ts
}
