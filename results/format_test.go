package results

import (
	"math"
	"testing"
)

func TestFloat(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {1, "1"}, {0.0312345678, "0.0312346"},
		{1455.94, "1455.94"}, {1234567, "1.23457e+06"}, {math.NaN(), ""}, {math.Inf(1), ""},
	} {
		if got := Float(tc.v); got != tc.want {
			t.Errorf("Float(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	for _, tc := range []struct {
		v    float64
		want string
	}{{1950, "1950"}, {1950.25, "1950.25"}, {1950 + 1.0/12, "1950.0833"}} {
		if got := Year(tc.v); got != tc.want {
			t.Errorf("Year(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
