package sim

import (
	"math"
	"testing"
)

func TestLargestKeepsTheBiggestStates(t *testing.T) {
	states := []int{10, 11, 12, 13}
	z := []float64{0.1, 0.4, 0.2, 0.3}
	p := make([]float64, 16)
	for i := range p {
		p[i] = float64(i)
	}
	ks, kz, kp := Largest(states, z, p, 2)
	if len(ks) != 2 || ks[0] != 11 || ks[1] != 13 {
		t.Fatalf("kept %v, want [11 13] in their original order", ks)
	}
	if math.Abs(kz[0]-0.4/0.7) > 1e-12 || math.Abs(kz[1]-0.3/0.7) > 1e-12 {
		t.Errorf("sizes %v, want shares of the kept total", kz)
	}
	// p is row-major 4×4: p[1][3] = 7, p[3][1] = 13.
	if kp[1] != 7 || kp[2] != 13 || kp[0] != 5 || kp[3] != 15 {
		t.Errorf("propensities %v, want [5 7 13 15]", kp)
	}
}
