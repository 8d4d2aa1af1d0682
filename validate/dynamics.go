package validate

import (
	"fmt"
	"math"
	"slices"

	"entente/sim"
)

// The budget targets ask whether the runs' shares lie near history's, year
// by year. Two moments of how shares move are set beside them, for every
// era with reference shares, as information: a model can meet the levels
// of a few years and still move unlike history.
//
//   - The drift: the mean ten-year change in the log of a state's share.
//     History's differs by era (Europe's shares rose from 1871 to 1913 and
//     fell after 1990); a model whose income term lowers every growing
//     state's share drifts down in every era.
//   - The reversion: the least-squares slope of a state's ten-year change
//     in log share, net of the change in the era's median, on its distance
//     from that median at the start of the ten years. A slope of −0.35
//     says a state twice the median's share (log 2 above it) closes about
//     a third of that distance in ten years. In the eleven eras'
//     reference shares it lies between −0.05 (the 21st century) and
//     −0.61 (the Middle East), at −0.21 or beyond in ten of them; a model
//     that holds each state at its own anchored level (a fixed effect that
//     never fades) shows a slope near 0.
//
// Both are read over the same state-years in history and in each run: the
// years with a reference share, each share the median of the three years
// about it that have one (the measure's own noise is smaller so), every
// year y from `from` whose y + 10 is at most `to`.

// The names of the two rows, by which a reader of a report finds them.
const (
	DriftRow     = "Shares' ten-year drift: mean change of the log share"
	ReversionRow = "Shares' ten-year reversion toward the era's median (slope)"
)

// decadeYears is the span of one change.
const decadeYears = 10

// minDecades is the fewest ten-year changes the moments are reported on.
const minDecades = 10

// eraDynamics are the drift and reversion rows of every state of a world
// over its years (none without a reference share: the rows say "—").
func eraDynamics(cfg sim.Config, h *History) []Target {
	return shareDynamics(NationIDs(cfg), h, cfg.StartYear, cfg.EndYear)
}

// shareDynamics returns the drift and reversion rows for the states over
// [from, to].
func shareDynamics(states []string, h *History, from, to int) []Target {
	hist := h.PositiveShare
	drift, reversion, n := shareMoments(states, from, to, hist)
	src := fmt.Sprintf("the reference shares (scenarios/data/reference-shares.csv): the ten years from each of %d state-years of %d–%d", n, from, to-decadeYears)
	run := func(r *Record) func(string, int) (float64, bool) {
		return func(id string, y int) (float64, bool) {
			if _, ok := hist(id, y); !ok {
				return 0, false
			}
			v, ok := share(r, id, y)
			return v, ok && v > 0
		}
	}
	// Both rows read one computation per run, kept in the record.
	moments := func(r *Record) [2]float64 {
		key := [2]int{from, to}
		if m, ok := r.moments[key]; ok {
			return m
		}
		d, rev, _ := shareMoments(states, from, to, run(r))
		if r.moments == nil {
			r.moments = map[[2]int][2]float64{}
		}
		r.moments[key] = [2]float64{d, rev}
		return r.moments[key]
	}
	rows := []Target{
		{Name: DriftRow, Source: src, Unit: "log", Info: true,
			Measure: func(r *Record) (float64, bool) { return defined(moments(r)[0]) }},
		{Name: ReversionRow, Source: src, Unit: "log", Info: true,
			Measure: func(r *Record) (float64, bool) { return defined(moments(r)[1]) }},
	}
	rows[0].History, rows[1].History = format(drift, "log"), format(reversion, "log")
	for k := range rows {
		rows[k].Lo, rows[k].Hi = math.Inf(-1), math.Inf(1)
	}
	return rows
}

// ShareDecade is one state's span of years from Year (ten in the
// dynamics rows): the logs of its three-year median share at both ends and
// of its era's median share then (the median over the states given of
// their three-year medians).
type ShareDecade struct {
	State               string
	Year                int
	Log, LogLater       float64
	Median, MedianLater float64
}

// ShareDecades lists the ten-year changes the drift and reversion are
// read over: every state's from every year y in [from, to − 10] with a
// value (value false where a state has none) in y and in y + 10
// (overlapping decades), state by state.
func ShareDecades(states []string, from, to int, value func(string, int) (float64, bool)) []ShareDecade {
	return ShareSpans(states, from, to, decadeYears, value)
}

// ShareSpans is ShareDecades over spans of the given years: every state's
// change from every year y in [from, to − years] with a value in y and in
// y + years.
func ShareSpans(states []string, from, to, years int, value func(string, int) (float64, bool)) []ShareDecade {
	// smooth[k][y−from] is the log of state k's three-year median share.
	smooth := make([][]float64, len(states))
	for k, id := range states {
		smooth[k] = make([]float64, to-from+1)
		for y := from; y <= to; y++ {
			smooth[k][y-from] = math.NaN()
			if _, ok := value(id, y); ok {
				smooth[k][y-from] = math.Log(median3(id, y, value))
			}
		}
	}
	medians := make([]float64, to-from+1)
	var col []float64
	for y := range medians {
		col = col[:0]
		for k := range states {
			if v := smooth[k][y]; !math.IsNaN(v) {
				col = append(col, v)
			}
		}
		medians[y] = math.NaN()
		if len(col) > 0 {
			slices.Sort(col)
			medians[y] = Quantile(col, 0.5)
		}
	}
	var out []ShareDecade
	for k, id := range states {
		for y := 0; y+years < len(medians); y++ {
			a, b := smooth[k][y], smooth[k][y+years]
			if !math.IsNaN(a) && !math.IsNaN(b) {
				out = append(out, ShareDecade{id, from + y, a, b, medians[y], medians[y+years]})
			}
		}
	}
	return out
}

// shareMoments are the drift and the reversion of the shares value gives
// over ShareDecades, and their number (NaN under minDecades).
func shareMoments(states []string, from, to int, value func(string, int) (float64, bool)) (drift, reversion float64, n int) {
	ds := ShareDecades(states, from, to, value)
	n = len(ds)
	if n < minDecades {
		return math.NaN(), math.NaN(), n
	}
	sum := 0.0
	for _, d := range ds {
		sum += d.LogLater - d.Log
	}
	return sum / float64(n), Reversion(ds), n
}

// Reversion is the least-squares slope, over spans, of each state's change
// in log share net of its era's median's on its distance from that median
// at the span's start (NaN when the distances do not vary).
func Reversion(ds []ShareDecade) float64 {
	dx, dy := make([]float64, len(ds)), make([]float64, len(ds)) // distance from the median; change net of the median's
	for k, d := range ds {
		dx[k] = d.Log - d.Median
		dy[k] = d.LogLater - d.Log - (d.MedianLater - d.Median)
	}
	return slope(dx, dy)
}

// median3 is the median of a state's values in the three years about y
// that have one (y has one).
func median3(id string, y int, value func(string, int) (float64, bool)) float64 {
	var v []float64
	for t := y - 1; t <= y+1; t++ {
		if s, ok := value(id, t); ok {
			v = append(v, s)
		}
	}
	slices.Sort(v)
	return v[len(v)/2]
}

// slope is the least-squares slope of y on x (NaN when x does not vary).
func slope(x, y []float64) float64 {
	mx, my := mean(x), mean(y)
	var sxy, sxx float64
	for k := range x {
		sxy += (x[k] - mx) * (y[k] - my)
		sxx += (x[k] - mx) * (x[k] - mx)
	}
	if sxx == 0 {
		return math.NaN()
	}
	return sxy / sxx
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
