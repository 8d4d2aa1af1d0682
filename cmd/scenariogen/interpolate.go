package main

import "math"

// Maddison gives some series only at benchmark years before 1913 (1870,
// 1890, 1900, 1910, 1913 for Hungary, Czechoslovakia, Yugoslavia and
// Bulgaria; 1870 and 1913 for Turkey; GDP per head of the former USSR from
// 1885). Between two benchmarks a value is interpolated log-linearly (a
// constant growth rate); beyond the last one, within flatYears, the
// nearest value is carried.

const (
	maxGap    = 50 // years between two benchmarks interpolated across
	flatYears = 15 // years a value is carried beyond the series' ends
)

// interpolated returns series(code, y): the value itself, log-linearly
// interpolated between the nearest years that have one, or carried flat
// from the nearest one within flatYears.
func interpolated(series map[key]float64, code string, y int) (float64, bool) {
	return carried(series, code, y, flatYears)
}

// carried is interpolated with a carry of flat years beyond the series'
// ends: flatYears by the rule, longer only for a stand-in (standIn).
func carried(series map[key]float64, code string, y, flat int) (float64, bool) {
	if v, ok := series[key{code, y}]; ok {
		return v, true
	}
	// A value is searched as far as it may be interpolated across or
	// carried: maxGap years, or a stand-in's longer carry (Russia's 1885
	// value carried back to 1816, 69 years).
	limit := max(maxGap, flat)
	y0, v0, ok0 := nearest(series, code, y, -1, limit)
	y1, v1, ok1 := nearest(series, code, y, +1, limit)
	switch {
	case ok0 && ok1 && y1-y0 <= maxGap:
		f := float64(y-y0) / float64(y1-y0)
		return math.Exp((1-f)*math.Log(v0) + f*math.Log(v1)), true
	case ok0 && y-y0 <= flat:
		return v0, true
	case ok1 && y1-y <= flat:
		return v1, true
	}
	return 0, false
}

// nearest finds the closest year to y in direction step (−1 or +1), within
// limit years, that has a value.
func nearest(series map[key]float64, code string, y, step, limit int) (int, float64, bool) {
	for k := 1; k <= limit; k++ {
		if v, ok := series[key{code, y + step*k}]; ok {
			return y + step*k, v, true
		}
	}
	return 0, 0, false
}

// A standIn is a judgement: a Maddison series of GDP per head carried flat
// further than flatYears beyond its end, because the era needs a state that
// Maddison does not cover in its years (Russia's GDP per head begins in
// 1885). A spec states it, with why; the numbers it enters are marked
// "judgement" in the scenario (standInAt).
//
// A stand-in of everyYear is another state's series standing for one that
// Maddison does not cover at all (Eritrea's GDP per head in africa-1990 is
// Ethiopia's): it is carried no further than the rule, and its numbers are
// a judgement in every year, not only beyond the carry.
type standIn struct {
	code  string // the Maddison code carried
	years int    // how far its nearest value is carried; everyYear: see above
	why   string
}

// everyYear marks a stand-in that is a judgement in every year (standIn).
const everyYear = -1

// perHeadAt is the population-weighted GDP per head of the Maddison codes
// in year y [2011 USD], each series interpolated as above, or carried as
// far as a stand-in of the span allows.
func (d *dataset) perHeadAt(sp span, y int) (float64, bool) {
	var sum, people float64
	for _, c := range sp.perHead {
		flat := flatYears
		if si, ok := sp.standIn(c); ok {
			flat = max(flat, si.years)
		}
		pc, ok1 := carried(d.perHead, c, y, flat)
		pop, ok2 := interpolated(d.people, c, y)
		if !ok1 || !ok2 {
			return 0, false
		}
		sum += pc * pop
		people += pop
	}
	return sum / people, people > 0
}

// standIn returns the span's stand-in for Maddison code c, if it has one.
func (sp span) standIn(c string) (standIn, bool) {
	for _, si := range sp.standIns {
		if si.code == c {
			return si, true
		}
	}
	return standIn{}, false
}

// standInAt returns the stand-ins a nation's GDP in year y rests on: the
// codes whose GDP per head is there only by a stand-in's longer carry.
func (d *dataset) standInAt(ss series, y int) []standIn {
	sp, ok := ss.at(y)
	if !ok {
		return nil
	}
	var out []standIn
	for _, si := range sp.standIns {
		if _, ok := interpolated(d.perHead, si.code, y); !ok || si.years == everyYear {
			out = append(out, si)
		}
	}
	return out
}
