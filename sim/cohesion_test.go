package sim

import (
	"math"
	"testing"
)

// explicitCommonThreat is the GDP-weighted mean over member pairs of the
// cosine similarity of their threat vectors (0 for a zero vector), by an
// O(m²) pair loop.
func explicitCommonThreat(w *World, members []int) float64 {
	var num, den float64
	for x, m := range members {
		for _, k := range members[x+1:] {
			tm, tk := w.ThreatVector(m), w.ThreatVector(k)
			var dot, nm, nk float64
			for l := range tm {
				dot += tm[l] * tk[l]
				nm += tm[l] * tm[l]
				nk += tk[l] * tk[l]
			}
			cos := 0.0
			if nm > 0 && nk > 0 {
				cos = dot / math.Sqrt(nm*nk)
			}
			wt := w.nations[m].GDP * w.nations[k].GDP
			num += wt * cos
			den += wt
		}
	}
	if den == 0 {
		return 0
	}
	return num / den
}

func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

// explicitBurdenGap is Σ Y·max(0, τ − s)/τ / Σ Y plus the coefficient of
// variation of members' shares.
func explicitBurdenGap(w *World, members []int, target float64) float64 {
	var short, gdp float64
	shares := make([]float64, len(members))
	for k, m := range members {
		n := w.nations[m]
		if target > 0 {
			short += n.GDP * math.Max(0, target-n.Share) / target
		}
		gdp += n.GDP
		shares[k] = n.Share
	}
	mean, sd := meanSD(shares)
	return short/gdp + sd/mean
}

// cohesionWorld is testWorld with one four-member alliance across the
// rivalry: AST, BOR, DRA and GAL.
func cohesionWorld() Config {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{{Name: "mixed", Members: []int{iAST, iBOR, iDRA, iGAL}, Target: 0.04, Cohesion: 0.6, Pooling: 0.03}}
	return cfg
}

func TestCommonThreat(t *testing.T) {
	for _, tc := range []struct {
		name    string
		members []int
		prep    func(w *World)
		want    float64 // NaN: compare with the explicit loop only
	}{
		{"four members", []int{iAST, iBOR, iDRA, iGAL}, nil, math.NaN()},
		{"allies facing one enemy", []int{iBOR, iCAL}, nil, math.NaN()},
		{"a zero vector counts as 0", []int{iAST, iBOR, iCAL}, func(w *World) {
			row := w.threats.RawRowView(iCAL)
			for l := range row {
				row[l] = 0
			}
		}, math.NaN()},
		{"identical vectors", []int{iBOR, iCAL}, func(w *World) {
			copy(w.threats.RawRowView(iCAL), w.threats.RawRowView(iBOR))
		}, 1},
		{"orthogonal vectors", []int{iBOR, iCAL}, func(w *World) {
			b, c := w.threats.RawRowView(iBOR), w.threats.RawRowView(iCAL)
			for l := range b {
				b[l], c[l] = 0, 0
			}
			b[iDRA], c[iESK] = 5, 7
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, cohesionWorld())
			for range 3 {
				w.Step()
			}
			w.perceive()
			if tc.prep != nil {
				tc.prep(w)
				w.measureThreats()
			}
			want := explicitCommonThreat(w, tc.members)
			if !math.IsNaN(tc.want) && !near(want, tc.want, 1e-12) {
				t.Fatalf("bad test: explicit loop gives %v, want %v", want, tc.want)
			}
			if got := w.commonThreat(tc.members); math.Abs(got-want) > 1e-12 {
				t.Errorf("common threat = %v, want %v", got, want)
			}
		})
	}
}

func TestCohesionCauses(t *testing.T) {
	w := madeInTheRun(mustNew(t, cohesionWorld()))
	a := w.alliances[0]
	// Shares and GDPs off their initial values.
	for k, m := range a.Members {
		w.nations[m].Share = 0.01 + 0.015*float64(k)
		w.nations[m].GDP *= 1 + 0.1*float64(k)
	}
	members := append([]int(nil), a.Members...)
	// Pressures and a power history chosen by hand.
	pressures := []float64{0.1, 0.4, 0, 0.9}
	for k, m := range members {
		w.nations[m].Pressure = pressures[k]
	}
	n := len(w.nations)
	then, now := make([]float64, n), make([]float64, n)
	for i := range then {
		then[i] = 0.1 + 0.01*float64(i)
		now[i] = then[i] * math.Exp(0.1*float64(i%3)-0.1)
	}
	w.powerHistory = [][]float64{then, make([]float64, n), now}
	w.recordShifts() // the shifts powerShift reads, as recordPower keeps them

	regimes := make([]float64, len(members))
	opposed, pairs := 0, 0
	shift := 0.0
	for k, m := range members {
		regimes[k] = w.nations[m].Regime
		for _, j := range members[k+1:] {
			pairs++
			if ci, cj := w.nations[m].Camp, w.nations[j].Camp; ci != "" && cj != "" && ci != cj {
				opposed++
			}
		}
		shift += math.Abs(math.Log(now[m] / then[m]))
	}
	_, sd := meanSD(regimes)
	p := w.p
	want := CohesionCauses{
		CommonThreat: explicitCommonThreat(w, members),
		BurdenGap:    explicitBurdenGap(w, members, a.Target),
		Divergence:   sd/10 + float64(opposed)/float64(pairs) + shift/float64(len(members)),
		FiscalStress: (0.1 + 0.4 + 0 + 0.9) / 4,
		Pooling:      a.Pooling,
	}
	want.Target = math.Min(1, math.Max(0, p.CohesionBase+p.WeightCommon*want.CommonThreat-p.WeightBurden*want.BurdenGap-
		p.WeightDiverge*want.Divergence-p.WeightFiscal*want.FiscalStress+p.WeightPooling*want.Pooling-p.WeightConstant))
	if opposed != 2 { // AST–DRA and BOR–DRA; GAL has no camp
		t.Fatalf("bad fixture: %d opposed pairs", opposed)
	}
	before := a.Cohesion
	w.updateCohesion(a)
	got := a.Causes
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"common threat", got.CommonThreat, want.CommonThreat},
		{"burden gap", got.BurdenGap, want.BurdenGap},
		{"divergence", got.Divergence, want.Divergence},
		{"fiscal stress", got.FiscalStress, want.FiscalStress},
		{"pooling", got.Pooling, want.Pooling},
		{"target c*", got.Target, want.Target},
		{"alliance burden gap", a.BurdenGap, want.BurdenGap},
	} {
		if !near(c.got, c.want, 1e-12) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if relaxed := before + (1-math.Pow(1-p.CohesionRate, w.dt))*(want.Target-before); !near(a.Cohesion, relaxed, 1e-12) {
		t.Errorf("cohesion %v → %v, want %v (relaxing toward c* = %v)", before, a.Cohesion, relaxed, want.Target)
	}
}

func TestCohesionRelaxes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
		start   float64
		pooling float64
	}{
		{"from above, yearly", 1, 0.95, 0.03},
		{"from below, yearly", 1, 0.05, 0.3},
		{"from below, quarterly", 4, 0.05, 0.3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := cohesionWorld()
			cfg.TicksPerYear = tc.perYear
			cfg.Alliances[0].Cohesion = tc.start
			cfg.Alliances[0].Pooling = tc.pooling
			w := madeInTheRun(mustNew(t, cfg))
			a := w.alliances[0]
			// Hold the causes fixed and apply the update year after year:
			// the gap to c* shrinks by (1 − ρ) a year.
			gap0 := 0.0
			for k := range 3 * tc.perYear {
				w.updateCohesion(a)
				if k == 0 {
					gap0 = (a.Cohesion - a.Causes.Target) / math.Pow(1-w.p.CohesionRate, 1/float64(tc.perYear))
				}
			}
			if want := gap0 * math.Pow(1-w.p.CohesionRate, 3); !near(a.Cohesion-a.Causes.Target, want, 1e-9) {
				t.Errorf("after 3 years the gap is %v, want %v", a.Cohesion-a.Causes.Target, want)
			}
			if math.Abs(tc.start-a.Causes.Target) < 0.1 {
				t.Errorf("bad fixture: c* = %v too close to the start %v", a.Causes.Target, tc.start)
			}
			if a.Cohesion < 0 || a.Cohesion > 1 {
				t.Errorf("cohesion %v outside [0, 1]", a.Cohesion)
			}
		})
	}
}

func TestStrain(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(cfg *Config)
		prep  func(w *World)
		cause string
	}{
		{"burden gap", func(cfg *Config) {
			cfg.Params.WeightBurden = 3
			cfg.Alliances[0].Target = 0.5
		}, nil, "burden gap"},
		{"divergence", func(cfg *Config) { cfg.Params.WeightDiverge = 3 }, nil, "divergence"},
		{"fiscal stress", func(cfg *Config) { cfg.Params.WeightFiscal = 5 }, func(w *World) {
			for i := range w.nations {
				w.nations[i].Pressure = 1
			}
		}, "fiscal stress"},
		{"weak common threat", func(cfg *Config) {
			cfg.Params.WeightCommon, cfg.Params.WeightConstant = 5, 1
			cfg.Alliances[0].Members = []int{iBOR, iCAL} // one camp, close regimes: little divergence
		}, func(w *World) {
			b, c := w.threats.RawRowView(iBOR), w.threats.RawRowView(iCAL)
			for l := range b {
				b[l], c[l] = 0, 0
			}
			b[iDRA], c[iESK] = 5, 7
		}, "weak common threat"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := cohesionWorld()
			tc.setup(&cfg)
			cfg.Alliances[0].Cohesion = 0.31
			w := madeInTheRun(mustNew(t, cfg))
			if tc.prep != nil {
				tc.prep(w)
			}
			a := w.alliances[0]
			w.updateCohesion(a)
			if a.Cohesion >= w.p.StrainLevel {
				t.Fatalf("bad fixture: cohesion %v did not cross c_strain (c* %v)", a.Cohesion, a.Causes.Target)
			}
			s := records(w, Strained)
			if len(s) != 1 || s[0].Alliance != a.ID || s[0].Cause != tc.cause {
				t.Errorf("strain records %+v, want one for %s caused by %q (causes %+v)", s, a.ID, tc.cause, a.Causes)
			}
			// Already below: no second record.
			w.records = w.records[:0]
			w.updateCohesion(a)
			if s := records(w, Strained); len(s) != 0 {
				t.Errorf("strained again while below: %+v", s)
			}
		})
	}
	t.Run("no strain above c_strain", func(t *testing.T) {
		cfg := cohesionWorld()
		cfg.Alliances[0].Cohesion = 0.9
		w := mustNew(t, cfg)
		w.updateCohesion(w.alliances[0])
		if w.alliances[0].Cohesion < w.p.StrainLevel || len(records(w, Strained)) != 0 {
			t.Errorf("cohesion %v, records %+v", w.alliances[0].Cohesion, w.Records())
		}
	})
}
