package sim

import (
	"math"
	"testing"
)

// TestCapabilityFromFlows checks phase 6 at every tick of a run with aid,
// loans, defaults and pooling:
// K ← max((1 − δ·dt)·K + e·(B·dt − given − pooled + received + borrowed) + e·M_A·pooled, floor).
func TestCapabilityFromFlows(t *testing.T) {
	for _, tc := range []struct {
		name       string
		perYear    int
		efficiency float64
	}{
		{"yearly", 1, 1},
		{"quarterly", 4, 1},
		{"e = 0.8", 1, 0.8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := financeWorld(tc.perYear)
			cfg.Params.Efficiency = tc.efficiency
			w := mustNew(t, cfg)
			dt := 1 / float64(tc.perYear)
			before := make([]float64, len(w.nations))
			for i := range before {
				before[i] = w.nations[i].Capability
			}
			terms := map[string]bool{}
			for w.Step() {
				total := 0.0
				for i := range before {
					if w.nations[i].Active {
						total += before[i]
					}
				}
				floor := math.Max(1e-9*total, 1e-12)
				for i, n := range w.nations {
					f := w.State(i).Flows
					spend := n.Share*n.GDP*dt - f.AidGiven - f.Pooled + f.AidReceived + f.Borrowed
					want := (1-w.p.Depreciation*dt)*before[i] + tc.efficiency*(spend+w.p.PoolGain*f.Pooled)
					want = math.Max(want, floor)
					if !near(n.Capability, want, 1e-12) {
						t.Fatalf("tick %d: K_%s = %v, want %v (K before %v, flows %+v)", w.Tick(), n.ID, n.Capability, want, before[i], f)
					}
					for name, v := range map[string]float64{"given": f.AidGiven, "received": f.AidReceived,
						"borrowed": f.Borrowed, "pooled": f.Pooled} {
						if v > 0 {
							terms[name] = true
						}
					}
				}
				for i := range before {
					before[i] = w.nations[i].Capability
				}
			}
			if len(terms) < 4 {
				t.Errorf("the run exercised only %v of the flows", terms)
			}
		})
	}
}

func TestCapabilityFloor(t *testing.T) {
	// A state with no economy and no capability keeps the floor, 1e-9 of
	// the world's capability (MODEL.md 2b), not zero.
	cfg := testWorld()
	cfg.Nations[iGAL].GDP = 0
	cfg.Nations[iGAL].Capability = 0
	w := mustNew(t, cfg)
	for range 3 {
		total := w.worldCapability()
		w.Step()
		floor := 1e-9 * total
		if got := w.nations[iGAL].Capability; got != floor {
			t.Errorf("tick %d: K_GAL = %v, want the floor %v", w.Tick(), got, floor)
		}
	}
	t.Run("an empty world keeps a positive floor", func(t *testing.T) {
		cfg := testWorld()
		for i := range cfg.Nations {
			cfg.Nations[i].GDP, cfg.Nations[i].Capability = 0, 0
		}
		w := mustNew(t, cfg)
		w.Step()
		for i, n := range w.nations {
			if !(n.Capability > 0) {
				t.Errorf("K_%s = %v, want above zero", n.ID, n.Capability)
			}
			if st := w.State(i); !(st.Security > 0) || math.IsNaN(st.ThreatRatio) {
				t.Errorf("%s: S = %v, θ = %v", n.ID, st.Security, st.ThreatRatio)
			}
		}
	})
}

func TestInactiveCapabilityFrozen(t *testing.T) {
	cfg := testWorld()
	cfg.Nations[iGAL].Active = false
	w := mustNew(t, cfg)
	k, y := cfg.Nations[iGAL].Capability, cfg.Nations[iGAL].GDP
	for range 3 {
		w.Step()
	}
	if n := w.nations[iGAL]; n.Capability != k || n.GDP != y {
		t.Errorf("inactive GAL changed: K %v → %v, Y %v → %v", k, n.Capability, y, n.GDP)
	}
}
