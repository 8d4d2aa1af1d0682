package validate

import (
	"math"
	"testing"
)

// TestQuantileInterpolates: the median of an even count is the mean of the
// middle two, a quantile between ranks is interpolated, and none has none.
func TestQuantileInterpolates(t *testing.T) {
	if got := Quantile([]float64{1, 2, 3, 4}, 0.5); got != 2.5 {
		t.Errorf("median of 1–4: %v, want 2.5", got)
	}
	if got := Quantile([]float64{1, 2, 3, 4, 5}, 0.9); math.Abs(got-4.6) > 1e-12 {
		t.Errorf("90th percentile of 1–5: %v, want 4.6", got)
	}
	if got := Quantile([]float64{7}, 0.05); got != 7 {
		t.Errorf("one value: %v, want 7", got)
	}
	if got := Quantile(nil, 0.5); !math.IsNaN(got) {
		t.Errorf("no values: %v, want NaN", got)
	}
}
