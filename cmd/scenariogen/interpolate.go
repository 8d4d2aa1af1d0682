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
	if v, ok := series[key{code, y}]; ok {
		return v, true
	}
	y0, v0, ok0 := nearest(series, code, y, -1, maxGap)
	y1, v1, ok1 := nearest(series, code, y, +1, maxGap)
	switch {
	case ok0 && ok1 && y1-y0 <= maxGap:
		f := float64(y-y0) / float64(y1-y0)
		return math.Exp((1-f)*math.Log(v0) + f*math.Log(v1)), true
	case ok0 && y-y0 <= flatYears:
		return v0, true
	case ok1 && y1-y <= flatYears:
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

// perHeadAt is the population-weighted GDP per head of the Maddison codes
// in year y [2011 USD], each series interpolated as above.
func (d *dataset) perHeadAt(codes []string, y int) (float64, bool) {
	var sum, people float64
	for _, c := range codes {
		pc, ok1 := interpolated(d.perHead, c, y)
		pop, ok2 := interpolated(d.people, c, y)
		if !ok1 || !ok2 {
			return 0, false
		}
		sum += pc * pop
		people += pop
	}
	return sum / people, people > 0
}
