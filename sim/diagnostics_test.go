package sim

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"entente/agents"
)

func TestSpearman(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		name string
		x, y []float64
		want float64
	}{
		{"perfect", []float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}, 1},
		{"reversed", []float64{1, 2, 3, 4}, []float64{4, 3, 2, 1}, -1},
		{"monotone, not linear", []float64{1, 2, 3, 4, 5}, []float64{1, 8, 27, 64, 1000}, 1},
		// d = (−1, 1, −1, 1, 0): 1 − 6·4/(5·24) = 0.8.
		{"a known value", []float64{1, 2, 3, 4, 5}, []float64{2, 1, 4, 3, 5}, 0.8},
		// ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): 4.5/√(4.5·5).
		{"ties share their mean rank", []float64{1, 2, 2, 3}, []float64{1, 2, 3, 4}, 4.5 / math.Sqrt(4.5*5)},
		{"fewer than three", []float64{1, 2}, []float64{2, 1}, nan},
		{"constant x", []float64{3, 3, 3, 3}, []float64{1, 2, 3, 4}, nan},
		{"constant y", []float64{1, 2, 3, 4}, []float64{7, 7, 7, 7}, nan},
		{"lengths differ", []float64{1, 2, 3, 4}, []float64{1, 2, 3}, nan},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Spearman(tc.x, tc.y)
			if math.IsNaN(tc.want) {
				if !math.IsNaN(got) {
					t.Errorf("ρ = %v, want NaN", got)
				}
				return
			}
			if math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("ρ = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestExploitationIndex(t *testing.T) {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{
		{Members: []int{iAST, iBOR, iCAL, iGAL}, Cohesion: 0.8},
		{Members: []int{iDRA, iESK}, Cohesion: 0.8},
	}
	for _, tc := range []struct {
		name   string
		shares []float64 // of AST, BOR, CAL, GAL (GDP 1000, 200, 150, 80)
		want   float64
	}{
		{"large states spend more (Olson)", []float64{0.08, 0.03, 0.02, 0.01}, 1},
		{"small states spend more", []float64{0.01, 0.02, 0.03, 0.08}, -1},
		// GDP ranks (4, 3, 2, 1), share ranks (4, 2, 3, 1): 1 − 6·2/(4·15).
		{"a known value", []float64{0.08, 0.02, 0.03, 0.01}, 0.8},
		{"all shares tie", []float64{0.02, 0.02, 0.02, 0.02}, math.NaN()},
		// GAL has no forces (Iceland in NATO): the index ranks the other
		// three, GDP ranks (3, 2, 1), share ranks (3, 1, 2): 1 − 6·2/(3·8).
		{"a member without forces is not ranked", []float64{0.08, 0.02, 0.03, 0}, 0.5},
		{"under three members with forces", []float64{0.08, 0.02, 0, 0}, math.NaN()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, cfg)
			for k, i := range []int{iAST, iBOR, iCAL, iGAL} {
				w.nations[i].Share = tc.shares[k]
			}
			w.diagnose()
			got := w.alliances[0].Exploitation
			if math.IsNaN(tc.want) != math.IsNaN(got) || (!math.IsNaN(got) && math.Abs(got-tc.want) > 1e-12) {
				t.Errorf("exploitation = %v, want %v", got, tc.want)
			}
			if e := w.alliances[1].Exploitation; !math.IsNaN(e) {
				t.Errorf("a two-member alliance has exploitation %v, want NaN (undefined)", e)
			}
		})
	}
}

// blocWorld is nine equal states with no quarrels: two four-state
// alliances bridged by one pact between states 3 and 4, and state 8
// unaligned.
func blocWorld() Config {
	p := fixtureParams()
	cfg := Config{Name: "blocs", StartYear: 2000, EndYear: 2001, TicksPerYear: 1, Seed: 3, Geometry: Plane, Params: p}
	for i := range 9 {
		n := newNation(p, string(rune('A'+i))+"XX", float64(100*i), 0, 100, 0.02)
		n.Capability = 100 + 10*float64(i)
		n.Regime = 5
		cfg.Nations = append(cfg.Nations, n)
	}
	cfg.Alliances = []AllianceConfig{
		{Members: []int{0, 1, 2, 3}, Cohesion: 0.8},
		{Members: []int{4, 5, 6, 7}, Cohesion: 0.8},
		{Members: []int{3, 4}, Cohesion: 0.5},
	}
	return cfg
}

func TestBlocs(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		cfg := blocWorld()
		cfg.Seed = seed
		w := mustNew(t, cfg)
		w.diagnose()
		d := w.Diagnostics()
		if d.Alliances != 3 {
			t.Errorf("seed %d: %d alliances, want 3", seed, d.Alliances)
		}
		// One connected component, but two communities.
		if d.Blocs != 2 {
			t.Fatalf("seed %d: %d blocs, want 2 (the bridge must not chain them): %v", seed, d.Blocs, d.BlocOf)
		}
		want := []int{0, 0, 0, 0, 1, 1, 1, 1, -1}
		if !slices.Equal(d.BlocOf, want) {
			t.Errorf("seed %d: blocs %v, want %v", seed, d.BlocOf, want)
		}
		// Effective number: 1/Σ share² over the two blocs and state 8.
		k := capabilities(w)
		total, west, east := 0.0, 0.0, 0.0
		for i, v := range k {
			total += v
			if i < 4 {
				west += v
			} else if i < 8 {
				east += v
			}
		}
		sum2 := (west/total)*(west/total) + (east/total)*(east/total) + (k[8]/total)*(k[8]/total)
		if !near(d.EffectiveBlocs, 1/sum2, 1e-12) {
			t.Errorf("seed %d: effective blocs %v, want %v", seed, d.EffectiveBlocs, 1/sum2)
		}
		if !near(d.LargestBlocShare, east/total, 1e-12) {
			t.Errorf("seed %d: largest bloc share %v, want %v", seed, d.LargestBlocShare, east/total)
		}
	}
	t.Run("no alliances", func(t *testing.T) {
		cfg := blocWorld()
		cfg.Alliances = nil
		w := mustNew(t, cfg)
		w.diagnose()
		d := w.Diagnostics()
		sum2, total := 0.0, w.worldCapability()
		for _, v := range capabilities(w) {
			sum2 += (v / total) * (v / total)
		}
		if d.Blocs != 0 || !near(d.EffectiveBlocs, 1/sum2, 1e-12) || d.LargestBlocShare != 0 {
			t.Errorf("diagnostics %+v, want no bloc and %v effective", d, 1/sum2)
		}
	})
}

func TestEnergy(t *testing.T) {
	cfg := perceptionWorld()
	cfg.Nations[iFEN].Active = false
	cfg.Ties = []Relation{{A: iBOR, B: iESK, Level: 0.3}}
	w := mustNew(t, cfg)
	w.shocks.Set(iAST, iGAL, 0.2)
	w.shocks.Set(iGAL, iAST, 0.2)
	w.rebuildRelations()
	p := w.p
	rivalry := map[[2]int]float64{{iAST, iDRA}: 0.8}
	ties := map[[2]int]float64{{iBOR, iESK}: 0.3}
	total := 0.0
	for _, n := range w.nations {
		if n.Active {
			total += n.Capability
		}
	}
	want := 0.0
	for i := range w.nations {
		for j := i + 1; j < len(w.nations); j++ {
			a, b := w.nations[i], w.nations[j]
			if !a.Active || !b.Active || w.shareAlliance(i, j) {
				continue
			}
			opposed := a.Camp != "" && b.Camp != "" && a.Camp != b.Camp
			h := rivalry[[2]int{i, j}]
			if opposed {
				h += p.HostileCamp
			}
			h = math.Min(1, math.Max(0, math.Min(1, math.Max(0, h))+w.shocks.At(i, j)))
			aff := p.AffineRegime*(1-math.Abs(a.Regime-b.Regime)/10) + ties[[2]int{i, j}]
			if a.Camp != "" && a.Camp == b.Camp {
				aff += p.AffineCamp
			}
			aff = math.Min(1, math.Max(-1, aff))
			want += a.Capability / total * b.Capability / total * (aff - h)
		}
	}
	if got := w.energy(); !near(got, want, 1e-12) {
		t.Errorf("E = %v, want %v", got, want)
	}
	w.diagnose()
	if !near(w.Diagnostics().Energy, want, 1e-12) {
		t.Errorf("diagnostics energy %v, want %v", w.Diagnostics().Energy, want)
	}
}

func TestLandscapeByHand(t *testing.T) {
	// Two friendly pairs, {0, 1} and {2, 3}, hostile across: the only
	// local minimum splits them, at −(.4·.2 + .4·.1 + .3·.2 + .3·.1).
	z := []float64{0.4, 0.3, 0.2, 0.1}
	p := []float64{
		0, 1, -1, -1,
		1, 0, -1, -1,
		-1, -1, 0, 1,
		-1, -1, 1, 0,
	}
	minima, err := Landscape(z, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(minima) != 1 {
		t.Fatalf("%d minima %+v, want 1", len(minima), minima)
	}
	m := minima[0]
	if !near(m.Energy, -0.21, 1e-12) || !slices.Equal(m.Blocs[0], []int{0, 1}) || !slices.Equal(m.Blocs[1], []int{2, 3}) {
		t.Errorf("minimum %+v, want {0 1} | {2 3} at −0.21", m)
	}
}

// bruteEnergy is E of a split by a direct pair loop: side[k] says which
// bloc state k is in.
func bruteEnergy(z, p []float64, side []bool) float64 {
	n := len(z)
	e := 0.0
	for i := range n {
		for j := i + 1; j < n; j++ {
			if side[i] != side[j] {
				e += z[i] * z[j] * p[i*n+j]
			}
		}
	}
	return e
}

func TestLandscapeBruteForce(t *testing.T) {
	const n = 10
	rng := rand.New(rand.NewPCG(42, 1))
	for trial := range 3 {
		z := make([]float64, n)
		total := 0.0
		for i := range z {
			z[i] = rng.Float64()
			total += z[i]
		}
		for i := range z {
			z[i] /= total
		}
		p := make([]float64, n*n)
		for i := range n {
			for j := i + 1; j < n; j++ {
				p[i*n+j] = 2*rng.Float64() - 1
				p[j*n+i] = p[i*n+j]
			}
		}
		// Every split with state 0 in bloc 0; a local minimum when no single
		// move lowers E (moving state 0 moves it to the other bloc).
		want := map[int]float64{}
		side := make([]bool, n)
		for mask := range 1 << (n - 1) {
			for k := 1; k < n; k++ {
				side[k] = mask>>(k-1)&1 == 1
			}
			side[0] = false
			e := bruteEnergy(z, p, side)
			local := true
			for k := range n {
				side[k] = !side[k]
				if bruteEnergy(z, p, side) < e {
					local = false
				}
				side[k] = !side[k]
			}
			if local {
				want[mask] = e
			}
		}
		minima, err := Landscape(z, p)
		if err != nil {
			t.Fatal(err)
		}
		if len(minima) != len(want) {
			t.Errorf("trial %d: %d minima, want %d", trial, len(minima), len(want))
		}
		for k, m := range minima {
			if k > 0 && m.Energy < minima[k-1].Energy {
				t.Errorf("trial %d: minima not in ascending energy", trial)
			}
			if !slices.Contains(m.Blocs[0], 0) || len(m.Blocs[0])+len(m.Blocs[1]) != n {
				t.Errorf("trial %d: bad split %+v", trial, m)
				continue
			}
			mask := 0
			for _, s := range m.Blocs[1] {
				mask |= 1 << (s - 1)
			}
			e, ok := want[mask]
			if !ok || !near(m.Energy, e, 1e-9) {
				t.Errorf("trial %d: split %v at %v is not a brute-force minimum (%v, %v)", trial, m.Blocs, m.Energy, e, ok)
			}
		}
	}
}

func TestLandscapeErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		n, p int
	}{{"one state", 1, 1}, {"too many", MaxLandscapeStates + 1, (MaxLandscapeStates + 1) * (MaxLandscapeStates + 1)}, {"propensity size", 4, 15}} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Landscape(make([]float64, tc.n), make([]float64, tc.p)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestLandscapeInputs(t *testing.T) {
	cfg := testWorld()
	cfg.Nations[iESK].Active = false
	w := mustNew(t, cfg)
	states, z, p := w.LandscapeInputs()
	if !slices.Equal(states, []int{iAST, iBOR, iCAL, iDRA, iFEN, iGAL}) {
		t.Errorf("states %v", states)
	}
	sum := 0.0
	for _, v := range z {
		sum += v
	}
	if !near(sum, 1, 1e-12) || len(p) != len(states)*len(states) {
		t.Errorf("Σz = %v, %d propensities", sum, len(p))
	}
	rp := w.p.relations()
	// Propensity counts the regime term once (on the affinity side).
	if want := agents.Propensity(rp, agents.Antagonism{Rivalry: 0.8}, 0, &w.nations[iAST], &w.nations[iDRA]); !near(p[0*6+3], want, 1e-12) {
		t.Errorf("p_AST,DRA = %v, want %v", p[3], want)
	}
}
