package agents

import (
	"math"
	"testing"
)

func TestGreatCircle(t *testing.T) {
	// London to Moscow is about 2,500 km; Washington to Moscow about 7,800 km.
	for _, tc := range []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64
	}{
		{"London–Moscow", 51.51, -0.13, 55.76, 37.62, 2500},
		{"Washington–Moscow", 38.9, -77.04, 55.76, 37.62, 7830},
		{"same place", 10, 10, 10, 10, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GreatCircle(tc.lat1, tc.lon1, tc.lat2, tc.lon2); math.Abs(got-tc.want) > 0.01*tc.want+1 {
				t.Errorf("distance = %.0f km, want about %.0f", got, tc.want)
			}
		})
	}
}

func TestProximity(t *testing.T) {
	if got := Proximity(1900, 0, 1900, 2.4); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("π at the range = %v, want 0.5", got)
	}
	near, far := Proximity(7800, 6800, 1900, 2.4), Proximity(7800, 0, 1900, 2.4)
	if near <= 3*far {
		t.Errorf("a global power's reach should carry its threat: π %v with reach, %v without", near, far)
	}
	if Proximity(500, 0, 1900, 2.4) <= Proximity(5000, 0, 1900, 2.4) {
		t.Error("proximity must fall with distance")
	}
}
