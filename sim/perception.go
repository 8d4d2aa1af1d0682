package sim

import (
	"math"
	"sync/atomic"

	"gonum.org/v1/gonum/blas/blas64"
)

// perceive is phase 3, Walt's balance of threat. It builds the two-way
// hostility Θ with the enemies each state inherits from its allies, the
// whole threat (Θ∘π)·K as one matrix-vector product (what budgets answer),
// the threat T with each adversary's forces weighted by where its attention
// goes (focus.go), smooths both into perceived threats T̂, and each state's security S (through the
// commonality κ of allies' threats, computed on demand: commonality.go)
// and threat ratio θ = T̂/S.
func (w *World) perceive() {
	w.phase(PhaseRelations, w.refreshRelations)
	n := len(w.nations)
	for _, a := range w.alliances {
		a.snapshot = a.Cohesion
	}

	// Ĥ_ij = max(H_ij, χ·max_{A∋i} c_A·σ_A,j·mean_{m∈A, m≠i,j} H_mj) (entrapment).
	for i := 0; i < n; i++ {
		w.inheritRow(w.hhat.RawRowView(i), i, nil)
	}
	// Θ_ij = max(Ĥ_ij, Ĥ_ji): a state allied with my enemy threatens me.
	// Ĥᵀ is kept too: valuation reads columns of Ĥ.
	transpose(w.hhatT.RawMatrix().Data, w.hhat.RawMatrix().Data, n)
	// Inactive states neither threaten nor are threatened.
	k := w.capVec.RawVector().Data
	w.capGen++ // caches of sums over K (frontsOf) start over
	for i := 0; i < n; i++ {
		k[i] = 0
		if w.nations[i].Active {
			k[i] = w.nations[i].Capability
		}
	}
	// W = Θ∘π and t_il = W_il·K_l (where i's threat comes from, before
	// focus), in one pass over rows.
	for i := 0; i < n; i++ {
		hh, ht := w.hhat.RawRowView(i), w.hhatT.RawRowView(i)
		th, pi := w.theta.RawRowView(i), w.proximity.RawRowView(i)
		wt, t := w.weights.RawRowView(i), w.threats.RawRowView(i)
		for j := range th {
			v := max(hh[j], ht[j])
			th[j] = v
			wt[j] = v * pi[j]
			t[j] = wt[j] * k[j]
		}
	}
	w.rawVec.MulVec(w.weights, w.capVec) // into threatWhole
	for i := 0; i < n; i++ {
		if !w.nations[i].Active {
			w.threatWhole[i] = 0
		}
	}
	if w.p.Focus > 0 {
		w.focusThreats() // where the adversaries' attention goes (focus.go)
	} else {
		copy(w.threat, w.threatWhole)
	}

	w.measureThreats()
	gain := 1 - math.Pow(1-w.p.Smoothing, w.dt)
	for i := 0; i < n; i++ {
		if !w.nations[i].Active {
			// A state outside the system perceives nothing.
			w.threat[i], w.perceived[i], w.perceivedWhole[i] = 0, 0, 0
			continue
		}
		if w.entered[i] {
			// A state entering the system starts with the threat it finds,
			// as every state does at the start of a run.
			w.perceived[i], w.perceivedWhole[i] = w.threat[i], w.threatWhole[i]
			w.entered[i] = false
		}
		w.perceived[i] += gain * (w.threat[i] - w.perceived[i])
		w.perceivedWhole[i] += gain * (w.threatWhole[i] - w.perceivedWhole[i])
	}
	w.forgetKappa()
	w.phase(PhaseSecurity, w.secure)
	w.assessDanger()
}

// measureThreats caches the length of every threat vector, which cohesion
// and formation read many times a tick.
func (w *World) measureThreats() {
	n := len(w.norms)
	for i := range w.norms {
		w.norms[i] = blas64.Nrm2(blas64.Vector{N: n, Inc: 1, Data: w.threats.RawRowView(i)})
	}
}

// inheritRow writes row i of Ĥ into dst, skipping one alliance (nil skips
// none): Ĥ_il = max(H_il, χ·max_{A∋i} c_A·σ_A,l·mean_{m∈A, m≠i,l} H_ml),
// Ĥ_ii = 0. A member inherits its allies' hostility only toward the pact's
// adversaries (scope.go).
func (w *World) inheritRow(dst []float64, i int, skip *Alliance) {
	copy(dst, w.hostility.RawRowView(i))
	for _, a := range w.memberships[i] {
		if a == skip {
			continue
		}
		scale := w.p.Entrapment * a.snapshot
		for _, x := range w.scopeOf(a) { // σ_l = 0 raises nothing (H ≥ 0)
			if l := x.l; l != i {
				if v := scale * x.s * w.inheritedHostility(a, i, l); v > dst[l] {
					dst[l] = v
				}
			}
		}
	}
	dst[i] = 0
}

// transpose writes the n×n row-major src into dst, transposed, in tiles
// that stay in cache.
func transpose(dst, src []float64, n int) {
	const tile = 32
	for ib := 0; ib < n; ib += tile {
		for jb := 0; jb < n; jb += tile {
			for i := ib; i < min(ib+tile, n); i++ {
				for j := jb; j < min(jb+tile, n); j++ {
					dst[j*n+i] = src[i*n+j]
				}
			}
		}
	}
}

// assessDanger computes, for neutral states, h_i = max H_ij·π_ij over
// active states stronger than i (0 for the strongest).
func (w *World) assessDanger() {
	for i := range w.nations {
		w.danger[i] = 0
		if !w.nations[i].Neutral || !w.nations[i].Active {
			continue
		}
		for j := range w.nations {
			if j != i && w.nations[j].Active && w.nations[j].Capability > w.nations[i].Capability {
				w.danger[i] = max(w.danger[i], w.hostility.At(i, j)*w.proximity.At(i, j))
			}
		}
	}
}

// secure computes S_i = K_i + Σ_j C_ij·κ_ij·π_ij·K_j (an ally counts only as
// far as it shares your threat) and θ_i = T̂_i/S_i, with the floors of
// MODEL.md.
//
// Each state's sum reads the snapshot only, so in a large world two cores
// share them (secureSideBySide).
func (w *World) secure() {
	w.snapshotFloor = w.floor()
	if w.secureSideBySide() {
		return
	}
	for i := range w.nations {
		w.secureOne(i)
	}
}

// secureOne computes S_i and θ_i.
func (w *World) secureOne(i int) {
	floor := w.snapshotFloor
	if !w.nations[i].Active {
		w.security[i], w.ratio[i] = 0, 0
		return
	}
	s := max(w.nations[i].Capability, floor)
	w.forAllies(i, nil, func(j int, c float64) {
		s += c * w.kappaAt(i, j) * w.proximity.At(i, j) * w.capVec.AtVec(j)
	})
	w.security[i] = max(s, floor)
	w.ratio[i] = w.perceived[i] / w.security[i]
}

// secureChunk is how many states one claim of secureShare covers.
const secureChunk = 32

// secureSideBySide computes every state's security on two cores, when the
// world is large enough and a second core is there (canShare), and
// reports whether it did: the world and its shadow claim chunks of states
// and each writes its states' S_i and θ_i (κ's memo, which the sums fill,
// is shared as in formation). A state's sum is the serial one, term by
// term, so the run is the serial run bit for bit.
func (w *World) secureSideBySide() bool {
	return w.shareWork((*World).secureShare)
}

// secureShare secures the chunks of states it claims from next, until
// none is left.
func (w *World) secureShare(next *atomic.Int64) {
	eachClaimed(next, len(w.nations), secureChunk, w.secureOne)
}

// forAllies calls fn once for each ally j of i with C_ij, the highest
// snapshot cohesion among the alliances they share (skipping one alliance),
// in a fixed order (membership, then joining order).
func (w *World) forAllies(i int, skip *Alliance, fn func(j int, c float64)) {
	switch len(w.memberships[i]) {
	case 0:
		return
	case 1:
		a := w.memberships[i][0]
		if a == skip {
			return
		}
		for _, j := range a.Members {
			if j != i {
				fn(j, a.snapshot)
			}
		}
		return
	}
	// Several alliances: the highest cohesion per ally, gathered in scratch
	// slices the world keeps (no allocation on this hot path; fn must not
	// call forAllies).
	best, order := w.allyBest, w.allyOrder[:0]
	for _, a := range w.memberships[i] {
		if a == skip {
			continue
		}
		for _, j := range a.Members {
			switch {
			case j == i:
			case best[j] < 0:
				order = append(order, j)
				best[j] = a.snapshot
			default:
				best[j] = max(best[j], a.snapshot)
			}
		}
	}
	w.allyOrder = order
	for _, j := range order {
		c := best[j]
		best[j] = -1
		fn(j, c)
	}
}

// ThreatVector returns t_i·, where nation i's threat comes from.
func (w *World) ThreatVector(i int) []float64 { return w.threats.RawRowView(i) }

// Kappa returns κ_ij as of the last tick.
func (w *World) Kappa(i, j int) float64 { return w.kappaAt(i, j) }
