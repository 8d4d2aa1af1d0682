package results

import (
	"math"
	"strconv"
)

// Float formats a value for CSV with six significant digits; NaN (an
// undefined value such as the exploitation index of a two-member
// alliance) is written empty.
func Float(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	if v == 0 {
		return "0" // no "-0"
	}
	return strconv.FormatFloat(v, 'g', 6, 64)
}

// Year formats a calendar time: 1950, 1950.25 in a quarterly run, or
// 1950.0833 (four decimals) in a monthly one.
func Year(v float64) string { return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64) }

// Int formats an integer.
func Int(v int) string { return strconv.Itoa(v) }
