package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// pruneWorlds are the worlds the pruning tests run: random geographic
// worlds as generated for the benchmarks, and the same with ideological
// rivalries (polarization, which changes hostility every tick) and
// forces that are all public (ψ = 0: the largest public gain).
func pruneWorlds() []struct {
	name string
	cfg  Config
} {
	var out []struct {
		name string
		cfg  Config
	}
	for _, n := range []int{20, 90} {
		for seed := range uint64(3) {
			cfg := randomWorld(n, seed)
			out = append(out, struct {
				name string
				cfg  Config
			}{fmt.Sprintf("N=%d/seed=%d", n, seed), cfg})
			cfg = randomWorld(n, seed)
			cfg.Rivalries = append([]Relation(nil), cfg.Rivalries...)
			for k := range cfg.Rivalries {
				cfg.Rivalries[k].Ideological = k%2 == 0
			}
			cfg.Nations = append(cfg.Nations[:0:0], cfg.Nations...)
			for k := range cfg.Nations {
				cfg.Nations[k].Policy.Privateness = 0
			}
			out = append(out, struct {
				name string
				cfg  Config
			}{fmt.Sprintf("N=%d/seed=%d/ideological,public", n, seed), cfg})
		}
	}
	// Community admission on (community.go): states in no alliance drawn
	// to pacts of like regimes.
	for _, n := range []int{20, 90} {
		cfg := randomWorld(n, 2)
		cfg.Params.Community = 0.8
		out = append(out, struct {
			name string
			cfg  Config
		}{fmt.Sprintf("N=%d/seed=2/community", n), cfg})
	}
	// Divided attention on (valuation.go's heldThreat, prune.go's heldShare).
	for _, phi := range []float64{0.5, 1} {
		for _, n := range []int{20, 90} {
			cfg := randomWorld(n, 1)
			cfg.Params.Fronts = phi
			cfg.Islands = make([]bool, n) // every third an island: sea-borne threats are not held
			for k := 0; k < n; k += 3 {
				cfg.Islands[k] = true
			}
			out = append(out, struct {
				name string
				cfg  Config
			}{fmt.Sprintf("N=%d/seed=1/fronts=%g", n, phi), cfg})
		}
	}
	// Islands among states of mixed reach (sea.go): an island's κ toward a
	// short-reach partner leaves out some of its threats, not all.
	for _, n := range []int{20, 90} {
		for seed := range uint64(3) {
			cfg := randomWorld(n, seed)
			cfg.Islands = make([]bool, n)
			cfg.Nations = append(cfg.Nations[:0:0], cfg.Nations...)
			for k := range cfg.Nations {
				cfg.Islands[k] = k%3 == 0
				if k%2 == 1 {
					cfg.Nations[k].Reach = 6800
				}
			}
			out = append(out, struct {
				name string
				cfg  Config
			}{fmt.Sprintf("N=%d/seed=%d/islands,reach", n, seed), cfg})
		}
	}
	return out
}

// ceilingModes are the variants of the value ceilings cannotJoin and
// cannotPair test: loose or tight sums, with logarithms or without.
var ceilingModes = []struct {
	name       string
	tight, lin bool
}{{"loose", false, false}, {"loose linear", false, true}, {"tight", true, false}, {"tight linear", true, true}}

// TestPruningIsExact checks the bounds of prune.go against the exact
// values and admission tests, for every option of every nation after each
// of 15 ticks: every ceiling must be at least what it bounds, every
// option a bound skips must fail its test, and every candidacy skipped
// below a search's bar (cannotJoinAbove) must be valued below it. Then it compares formation's
// choices with pruning and with the full scan.
func TestPruningIsExact(t *testing.T) {
	skipped, checked, barred := 0, 0, 0
	const tol = 1e-9 // the rounding pruneSlack allows for
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			w, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			admit := w.p.KappaAdmit
			for range 15 {
				w.Step()
				for _, fresh := range []bool{false, true} {
					if fresh {
						w.prepareBounds() // as formation sees them
					}
					for i := range w.nations {
						if !w.nations[i].Active {
							continue
						}
						for _, a := range w.alliances {
							if a.Dissolved || a.isMember[i] || len(a.Members) == 0 {
								continue
							}
							checked++
							v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
							for _, mode := range ceilingModes {
								kc, vc := w.joinCeilings(i, a, mode.tight, mode.lin)
								if v.Shared && v.KappaIn > kc*(1+tol) {
									t.Fatalf("tick %d: %d's admission κ for %s is %v, above its ceiling %v", w.Tick(), i, a.ID, v.KappaIn, kc)
								}
								if v.Value > vc+tol {
									t.Fatalf("tick %d: %d values %s at %v, above its %s ceiling %v (%s)", w.Tick(), i, a.ID, v.Value, mode.name, vc, explain(v))
								}
							}
							reach := w.joinKappaSums(i, a).reach
							drawnKappa, _ := w.drawnBounds(i, a, reach)
							if kc := max(w.admitCeiling(i, a, reach), drawnKappa); v.Shared && v.KappaIn > kc {
								t.Fatalf("tick %d: %d's admission κ for %s is %v, above its scope ceiling %v", w.Tick(), i, a.ID, v.KappaIn, kc)
							}
							passes := v.Shared && v.KappaIn >= admit && v.Value > w.p.JoinValue
							if w.cannotJoin(i, a) {
								skipped++
								if passes {
									t.Fatalf("tick %d: %d skipped %s, which it values at %v (κ %v)", w.Tick(), i, a.ID, v.Value, v.KappaIn)
								}
							}
							// A search's bar (bestAlliance): what it skips is valued below it.
							for _, beat := range []float64{v.Value - 0.05, v.Value, v.Value + 0.05} {
								if passes && w.cannotJoinAbove(i, a, beat) {
									if !(v.Value < beat) {
										t.Fatalf("tick %d: %d skipped %s below %v, which it values at %v", w.Tick(), i, a.ID, beat, v.Value)
									}
									barred++
								}
							}
						}
						f := w.pairFilter(i)
						for j := range w.nations {
							if j == i || !w.nations[j].Active || w.shareAlliance(i, j) {
								continue
							}
							checked++
							c := w.pactCohesion(i, j)
							vi := w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
							vj := w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
							for _, mode := range ceilingModes {
								ki, kj, ci, cj := w.pairCeilings(i, j, mode.tight, mode.lin)
								for _, x := range []struct {
									who      int
									v        valuation
									kc, ceil float64
								}{{i, vi, ki, ci}, {j, vj, kj, cj}} {
									if x.v.Shared && x.v.KappaIn > x.kc*(1+tol) {
										t.Fatalf("tick %d: pact %d–%d: %d's admission κ %v above its ceiling %v", w.Tick(), i, j, x.who, x.v.KappaIn, x.kc)
									}
									if x.v.Value > x.ceil+tol {
										t.Fatalf("tick %d: pact %d–%d: %d's value %v above its %s ceiling %v (%s)", w.Tick(), i, j, x.who, x.v.Value, mode.name, x.ceil, explain(x.v))
									}
								}
							}
							c0 := max(0, w.p.CohesionInit)
							limit := w.limit(i, false, c0*w.capVec.AtVec(j))
							if u := c0 * (1 - w.hostility.At(i, j)) * w.hmax(j) * w.proximity.At(i, j) * w.capVec.AtVec(j); u <= limit && vi.Value > w.p.FormValue {
								t.Fatalf("tick %d: pact %d–%d: support %v within %d's limit %v, value %v", w.Tick(), i, j, u, i, limit, vi.Value)
							}
							// The weaker founder is not asked its admission test (guarantee.go).
							pass := w.founderAdmitted(i, j, vi) && vi.Value > w.p.FormValue &&
								w.founderAdmitted(j, i, vj) && vj.Value > w.p.FormValue
							if f.skip(j) && pass {
								t.Fatalf("tick %d: pact %d–%d skipped by the pair filter, values %v and %v", w.Tick(), i, j, vi.Value, vj.Value)
							}
							if w.cannotPair(i, j) {
								skipped++
								if pass {
									t.Fatalf("tick %d: pact %d–%d skipped, values %v and %v", w.Tick(), i, j, vi.Value, vj.Value)
								}
							}
						}
					}
					w.limitsFresh = false
				}
				comparePrunedChoices(t, w)
			}
		})
	}
	if skipped == 0 || skipped == checked {
		t.Errorf("%d of %d options skipped: the test exercises nothing", skipped, checked)
	}
	if barred == 0 {
		t.Error("no candidacy that passes was skipped below a search's bar: the bar is not exercised")
	}
	t.Logf("%d of %d options skipped, %d candidacies that pass skipped below a bar", skipped, checked, barred)
}

// comparePrunedChoices checks that every nation's best alliance and best
// partner are the same with pruning and with the full scan, both as
// formation sees the bounds and outside it.
func comparePrunedChoices(t *testing.T, w *World) {
	t.Helper()
	acted := make([]bool, len(w.nations))
	for _, fresh := range []bool{false, true} {
		for i := range w.nations {
			if !w.nations[i].Active {
				continue
			}
			if fresh {
				w.prepareBounds()
			}
			a, v, ok := w.bestAlliance(i)
			p, pok := w.bestPartner(i, acted)
			w.limitsFresh = false
			w.fullScan = true
			fa, fv, fok := w.bestAlliance(i)
			fp, fpok := w.bestPartner(i, acted)
			w.fullScan = false
			if a != fa || ok != fok || !reflect.DeepEqual(v, fv) {
				t.Fatalf("tick %d: %d's best alliance %v (%v) pruned, %v (%v) in full", w.Tick(), i, allianceName(a), v.Value, allianceName(fa), fv.Value)
			}
			if pok != fpok || !reflect.DeepEqual(p, fp) {
				t.Fatalf("tick %d: %d's best partner %d (%v) pruned, %d (%v) in full", w.Tick(), i, p.partner, p.own.Value, fp.partner, fp.own.Value)
			}
		}
	}
}

func allianceName(a *Alliance) string {
	if a == nil {
		return "none"
	}
	return a.ID
}

// TestPrunedRunIsFullRun runs the same worlds with pruning and with the
// full scan and compares their event logs tick by tick.
func TestPrunedRunIsFullRun(t *testing.T) {
	events := 0
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			pruned, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			full, _ := New(tc.cfg, 0)
			full.fullScan = true
			for pruned.Step() {
				full.Step()
				if !reflect.DeepEqual(pruned.Records(), full.Records()) {
					t.Fatalf("tick %d: events differ:\npruned %v\nfull   %v", pruned.Tick(), pruned.Records(), full.Records())
				}
				events += len(pruned.Records())
				for i := range pruned.nations {
					if a, b := pruned.security[i], full.security[i]; a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
						t.Fatalf("tick %d: security of %d differs: %v and %v", pruned.Tick(), i, a, b)
					}
				}
			}
		})
	}
	if events == 0 {
		t.Error("no events: the comparison exercises nothing")
	}
	t.Logf("%d events compared", events)
}

// TestKappaCeilingPartialScope checks the admission bound where it is
// tight: a candidate I as hostile to the pact's one adversary X as can be,
// two members (A, B) that fear X, and a third (C) that fears nothing from
// X and is hostile to I. KappaIn is the mean over the members that fear
// something from the scope, A and B only, so it exceeds a mean of
// 1 − H_jI over all members: the ceiling must take the largest.
func TestKappaCeilingPartialScope(t *testing.T) {
	const A, B, C, X, I = 0, 1, 2, 3, 4
	cfg := randomWorld(5, 1)
	cfg.Nations = append(cfg.Nations[:0:0], cfg.Nations...)
	for k := range cfg.Nations {
		n := &cfg.Nations[k]
		n.PosA, n.PosB, n.Camp, n.Regime = 50, float64(k), "", 0
	}
	cfg.Rivalries = []Relation{{A: A, B: X, Level: 1}, {A: B, B: X, Level: 1}, {A: I, B: X, Level: 1}, {A: C, B: I, Level: 0.5}}
	cfg.Alliances = []AllianceConfig{{Members: []int{A, B, C}, Cohesion: 0}} // no inherited enemies: C fears nothing from X
	w, err := New(cfg, 0)
	if err != nil {
		t.Fatal(err)
	}
	a := w.alliances[0]
	v := w.value(I, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	kc, _ := w.joinCeilings(I, a, false, false)
	if !v.Shared || v.KappaIn < 0.999*kc {
		t.Fatalf("the world is not as meant: admission κ %v (shared %v), ceiling %v", v.KappaIn, v.Shared, kc)
	}
	if v.KappaIn > kc*(1+1e-9) {
		t.Fatalf("admission κ %v above its ceiling %v", v.KappaIn, kc)
	}
}

// TestFastPathsMatch checks the shortcuts the engine takes for speed
// against the plain computations they replace: the same values, bit for
// bit (or the same decisions).
func TestFastPathsMatch(t *testing.T) {
	t.Run("rankPair", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		for n := range 70 {
			for range 20 {
				hs := make([]float64, n)
				for k := range hs {
					hs[k] = float64(rng.IntN(5)) / 4 // many ties
					if rng.IntN(3) == 0 {
						hs[k] = rng.Float64()
					}
				}
				sorted := slices.Clone(hs)
				slices.Sort(sorted)
				at := func(rank int) float64 {
					if rank < 1 || rank > n {
						return 0
					}
					return sorted[n-rank]
				}
				for r := 0; r <= n+1; r++ {
					vr, vr1 := rankPair(slices.Clone(hs), r)
					if vr != at(r) || vr1 != at(r+1) {
						t.Fatalf("n %d, rank %d of %v: %v, %v; want %v, %v", n, r, hs, vr, vr1, at(r), at(r+1))
					}
				}
			}
		}
	})
	checked := 0 // members of alliances large enough for kappaOutBelow's bounds
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			w, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			for range 12 {
				w.Step()
				w.exitGen++
				for _, a := range w.alliances {
					if a.Dissolved {
						continue
					}
					// The scope of the alliance as it stands, and as it
					// would be with each candidate.
					var want []scoped
					for l := range w.nations {
						if s := w.scopeAt(a, l); s > 0 {
							want = append(want, scoped{l, s})
						}
					}
					if got := w.scopeOf(a); !slices.Equal(got, want) {
						t.Fatalf("tick %d: scope of %s %v, want %v", w.Tick(), a.ID, got, want)
					}
					for i := range w.nations {
						if a.isMember[i] {
							continue
						}
						want = want[:0]
						for l := range w.nations {
							if s := w.scopeWith(a, i, l); s > 0 {
								want = append(want, scoped{l, s})
							}
						}
						if got := w.optionScope(i, option{alliance: a}); !slices.Equal(got, want) {
							t.Fatalf("tick %d: scope of %s with %d %v, want %v", w.Tick(), a.ID, i, got, want)
						}
					}
					// The admission κ, four partners at a time, against
					// partner by partner.
					for i := range w.nations {
						o := option{alliance: a}
						partners := o.partners(i, nil)
						scope := slices.Clone(w.optionScope(i, o))
						got, gok := w.kappaInScope(i, o, partners, scope)
						sum, n, reach := 0.0, 0, 0.0
						for _, j := range partners {
							if k, ok := w.scopedKappa(j, i, scope); ok {
								sum += k
								n++
							}
							reach = max(reach, w.proximity.At(j, i))
						}
						want, wok := 0.0, n > 0
						if a.isMember[i] {
							reach = 1
						}
						if wok {
							want = reach * sum / float64(n)
						}
						if got != want || gok != wok {
							t.Fatalf("tick %d: %d's admission κ for %s: %v, %v; partner by partner %v, %v", w.Tick(), i, a.ID, got, gok, want, wok)
						}
					}
					// kappaOut against member-by-member sums, and the exit
					// test's bounds against kappaOut.
					for _, i := range a.Members {
						k, ok := w.kappaOut(i, a)
						ke, oke := w.kappaOutEach(i, a, w.scopeOf(a))
						if k != ke || ok != oke {
							t.Fatalf("tick %d: kappaOut(%d, %s) = %v, %v; fellow by fellow %v, %v", w.Tick(), i, a.ID, k, ok, ke, oke)
						}
						if len(a.Members) > 4 {
							checked++
						}
						for _, x := range []float64{0, 0.1, 0.3, 0.6, 1, k, math.Nextafter(k, 2), math.Nextafter(k, -1), k + 1e-10, k - 1e-10} {
							if got := w.kappaOutBelow(i, a, x); got != (ok && k < x) {
								t.Fatalf("tick %d: kappaOutBelow(%d, %s, %v) = %v; kappaOut %v, %v", w.Tick(), i, a.ID, x, got, k, ok)
							}
						}
					}
				}
				// The candidates' table against its plain loops.
				w.prepareBounds()
				for _, a := range w.alliances {
					if a.Dissolved {
						continue
					}
					for i := range w.nations {
						if a.isMember[i] {
							continue
						}
						w.limitsFresh = true
						fast, rival := w.joinKappaSums(i, a), w.rivalOfFellow(i, a)
						w.limitsFresh = false
						plain, want := w.joinKappaSums(i, a), w.rivalOfFellow(i, a)
						if fast != plain || rival != want {
							t.Fatalf("tick %d: %d and %s: table %+v, rival %v; plain %+v, %v", w.Tick(), i, a.ID, fast, rival, plain, want)
						}
					}
				}
				// A pact's scope.
				for i := range w.nations {
					for j := range w.nations {
						if i == j {
							continue
						}
						var want []scoped
						for l := range w.nations {
							if s := w.pactScope(i, j, l); s > 0 {
								want = append(want, scoped{l, s})
							}
						}
						if got := w.optionScope(i, option{partner: j}); !slices.Equal(got, want) {
							t.Fatalf("tick %d: scope of a pact %d–%d %v, want %v", w.Tick(), i, j, got, want)
						}
					}
				}
			}
		})
	}
	if checked == 0 {
		t.Error("no member of a large alliance checked")
	}
	t.Logf("%d members of alliances of five or more checked", checked)
}

// TestRankHeaps checks the heaps that keep large alliances' majority ranks
// (ranks.go): with every alliance keeping them, each rank is what a sort
// of the members' hostilities gives after every tick, and a run is the
// run without heaps.
func TestRankHeaps(t *testing.T) {
	defer func(m int) { rankHeapMin = m }(rankHeapMin)
	brute := func(w *World, a *Alliance, l int) [3]float64 {
		var hs []float64
		for _, m := range a.Members {
			if m != l {
				hs = append(hs, w.hostility.At(m, l))
			}
		}
		slices.Sort(hs)
		at := func(rank int) float64 {
			if rank < 1 || rank > len(hs) {
				return 0
			}
			return hs[len(hs)-rank]
		}
		m := len(a.Members)
		k, k1 := m/2+1, (m+1)/2+1
		return [3]float64{at(k), at(k1 - 1), at(k1)}
	}
	withHeaps := 0
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			rankHeapMin = 2
			w, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			rankHeapMin = 1 << 30
			plain, _ := New(tc.cfg, 0)
			for range 25 {
				rankHeapMin = 2
				w.Step()
				rankHeapMin = 1 << 30
				plain.Step()
				if !reflect.DeepEqual(w.Records(), plain.Records()) {
					t.Fatalf("tick %d: events differ with heaps:\n%v\n%v", w.Tick(), w.Records(), plain.Records())
				}
				for _, x := range []*World{w, plain} {
					for _, a := range x.alliances {
						if a.Dissolved {
							continue
						}
						x.freshMajority(a)
						if a.heaps != nil {
							withHeaps++
						}
						for l := range x.nations {
							if got, want := a.majority[l], brute(x, a, l); got != want {
								t.Fatalf("tick %d: %s (%d members, heaps %v) at %d: %v, want %v", x.Tick(), a.ID, len(a.Members), a.heaps != nil, l, got, want)
							}
						}
					}
				}
			}
		})
	}
	if withHeaps == 0 {
		t.Error("no alliance kept heaps")
	}
	t.Logf("%d alliance-ticks with heaps", withHeaps)
}

// TestBoundsWeighThePublicGainAsTheValueDoes checks that the value bounds
// weigh a provider's public gain as publicGain does, by its share of the
// pact's forces and its partners' share of the pact's GDP (providerWeight),
// for every new pact and every alliance a nation could join: a bound that
// left the GDP weight out (at most 1) would still be a bound, and would
// let formation value most of the pairs it now skips.
func TestBoundsWeighThePublicGainAsTheValueDoes(t *testing.T) {
	checked := map[string]int{}
	for _, tc := range pruneWorlds() {
		if !strings.HasPrefix(tc.name, "N=90/seed=0") {
			continue
		}
		w, err := New(tc.cfg, 0)
		if err != nil {
			t.Fatal(err)
		}
		for range 15 {
			w.Step()
		}
		want := func(i int, partners []int) float64 {
			var forces, gdp float64
			for _, j := range partners {
				forces += w.capVec.AtVec(j)
				gdp += w.nations[j].GDP
			}
			psi := max(0, min(1, w.nations[i].Policy.Privateness))
			return providerWeight(psi, w.capVec.AtVec(i), forces, gdp, w.nations[i].GDP)
		}
		check := func(kind, what string, i int, support float64, g gainArgs, weight float64) {
			t.Helper()
			c := w.ceilingOf(i, support, g, 0, 0)
			if !c.hasPublic {
				return
			}
			checked[kind]++
			if math.Abs(c.publicWeight-weight) > 1e-12*weight {
				t.Fatalf("%s: %s: %d's bound weighs its public gain %v, its value %v", tc.name, what, i, c.publicWeight, weight)
			}
		}
		for i := range w.nations {
			for j := range w.nations {
				if j == i || !w.nations[j].Active {
					continue
				}
				for _, founder := range []func(int, int) (float64, gainArgs){w.founder, w.founderKappa} {
					u, g := founder(i, j)
					check("pact", fmt.Sprintf("pact with %d", j), i, u, g, want(i, []int{j}))
				}
			}
			for _, a := range w.alliances {
				if a.Dissolved || a.isMember[i] || len(a.Members) == 0 {
					continue
				}
				s := w.joinSums(i, a)
				check("join", "joining "+a.ID, i, s.support, s.gain(), want(i, a.Members))
			}
		}
	}
	if checked["pact"] == 0 || checked["join"] == 0 {
		t.Fatalf("options with a public gain checked: %v; the test needs pacts and joins", checked)
	}
}

// eachCandidacy calls fn for every candidacy (i, a: an active nation and
// a live alliance it is not a member of) after each of 12 ticks of the
// pruning tests' worlds that keep says to walk.
func eachCandidacy(t *testing.T, keep func(name string) bool, fn func(w *World, name string, i int, a *Alliance)) {
	t.Helper()
	for _, tc := range pruneWorlds() {
		if !keep(tc.name) {
			continue
		}
		w := mustNew(t, tc.cfg)
		for range 12 {
			w.Step()
			for i := range w.nations {
				if !w.nations[i].Active {
					continue
				}
				for _, a := range w.alliances {
					if !a.Dissolved && !a.isMember[i] && len(a.Members) > 0 {
						fn(w, tc.name, i, a)
					}
				}
			}
		}
	}
}

// joinCeilingWithHeld is a candidacy's value ceiling after tightenJoin,
// and its gain terms with the fronts held as value computes them (when the
// world has fronts and i a threat), as heldAtMost takes them.
func joinCeilingWithHeld(w *World, i int, a *Alliance) (joinSums, gainArgs) {
	o := option{alliance: a, cohesion: a.snapshot, target: a.Target}
	s := w.joinSums(i, a)
	w.tightenJoin(i, a, &s)
	g := s.gain()
	if w.p.Fronts > 0 && w.threat[i] > 0 {
		g.held = w.heldThreat(i, o, a.Members, w.optionScope(i, o), w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data)
		g.heldKnown = true
	}
	return s, g
}

// TestJoinBoundsOfTheLastStages checks a candidacy's last two bounds
// against the value, for every candidacy of the pruning tests' worlds:
//   - partnerKappaAtMost, the bound on the fresh partners' mean κ that
//     scales the autonomy a larger candidate gains, is at least the mean
//     the value reads, and the tight sums carry it;
//   - heldAtMost's ceiling, with the threat the members would hold on the
//     candidate's fronts as value computes it, is at least the value;
//   - each is never above the ceiling without it, and below it somewhere
//     (else it would prune nothing more).
func TestJoinBoundsOfTheLastStages(t *testing.T) {
	checked, heldTighter, kappaTighter := 0, 0, 0
	every := func(string) bool { return true }
	eachCandidacy(t, every, func(w *World, name string, i int, a *Alliance) {
		o := option{alliance: a, cohesion: a.snapshot, target: a.Target}
		v := w.value(i, o)
		s, g := joinCeilingWithHeld(w, i, a)
		kap, bound := w.valueTerms(i, o, false).kap, w.partnerKappaAtMost(i, a, s.fresh)
		if kap > bound || !g.partnerKappaKnown || g.partnerKappa != bound {
			t.Fatalf("%s, tick %d: %d joining %s: the fresh partners' mean κ %v, its bound %v, the tight sums' %v (known %v)", name, w.Tick(), i, a.ID, kap, bound, g.partnerKappa, g.partnerKappaKnown)
		}
		ceiling := func(g gainArgs) float64 { return w.valueCeiling(i, s.support, g, s.aff, s.rest, false) }
		with := ceiling(g)
		checked++
		if pull := w.communityPull(i, a); v.Value > with+pull+1e-9 {
			t.Fatalf("%s, tick %d: %d values joining %s at %v, above its last bound %v", name, w.Tick(), i, a.ID, v.Value, with+pull)
		}
		noHeld, noKappa := g, g
		noHeld.heldKnown, noKappa.partnerKappaKnown = false, false
		for _, x := range []struct {
			what    string
			without float64
			tighter *int
		}{{"the fronts held", ceiling(noHeld), &heldTighter}, {"the partners' κ", ceiling(noKappa), &kappaTighter}} {
			if with > x.without+1e-12 {
				t.Fatalf("%s, tick %d: %d joining %s: the bound with %s, %v, above the one without, %v", name, w.Tick(), i, a.ID, x.what, with, x.without)
			}
			if with < x.without-0.01 {
				*x.tighter++
			}
		}
	})
	if checked == 0 || heldTighter == 0 || kappaTighter == 0 {
		t.Fatalf("%d candidacies checked, %d with a bound tighter for the fronts held and %d for the partners' κ: the test exercises too little", checked, heldTighter, kappaTighter)
	}
	t.Logf("%d candidacies checked, tighter by more than 0.01: %d with the fronts held, %d with the partners' κ", checked, heldTighter, kappaTighter)
}

// TestPairBoundWithTheFrontsHeld checks pairHeldAtMost's bound, a
// founder's value ceiling of a new pact with the threat its partner would
// hold on its fronts as value computes it: at least the value, and below
// the bound that lets all the partner's forces hold all its adversaries
// somewhere (else the bound would prune nothing more).
func TestPairBoundWithTheFrontsHeld(t *testing.T) {
	checked, tighter := 0, 0
	for _, tc := range pruneWorlds() {
		if !strings.Contains(tc.name, "fronts=") {
			continue
		}
		w := mustNew(t, tc.cfg)
		for range 12 {
			w.Step()
			for i := range w.nations {
				for j := range w.nations {
					if i == j || !w.nations[i].Active || !w.nations[j].Active || !(w.threat[i] > 0) || w.shareAlliance(i, j) {
						continue
					}
					v := w.value(i, option{partner: j, cohesion: w.pactCohesion(i, j), target: w.initTarget})
					u, g := w.founderKappa(i, j)
					loose := w.valueCeiling(i, u, g, w.affinity.At(i, j), w.nations[j].GDP, false)
					held := w.valueCeiling(i, u, w.pairHeld(i, j, g), w.affinity.At(i, j), w.nations[j].GDP, false)
					checked++
					if v.Value > held+1e-9 {
						t.Fatalf("%s, tick %d: %d values a pact with %d at %v, above its bound with the fronts held, %v", tc.name, w.Tick(), i, j, v.Value, held)
					}
					if held < loose-0.01 {
						tighter++
					}
				}
			}
		}
	}
	if checked == 0 || tighter == 0 {
		t.Fatalf("%d pairs checked, %d with a tighter bound: the test exercises nothing", checked, tighter)
	}
	t.Logf("%d pairs checked, %d with a bound tighter by more than 0.01", checked, tighter)
}
