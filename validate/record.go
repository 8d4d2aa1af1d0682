package validate

import "entente/sim"

// Record is what one run leaves for the targets: per tick, each nation's
// state and memberships and each live alliance's members.
type Record struct {
	Seed    uint64
	IDs     []string // nation ids in index order
	Years   []float64
	Nations [][]NationTick   // [tick][nation]
	Allies  [][]AllianceTick // [tick] live alliances
	Start   []AllianceTick   // the alliances in force before the first tick (the scenario's)
	Log     []sim.Record

	memo    map[[2]int]Confusion  // the run's agreement with history, by years
	moments map[[2]int][2]float64 // the run's share drift and reversion, by years (dynamics.go)
}

// NationTick is one nation in one tick.
type NationTick struct {
	Active     bool
	GDP, Share float64
	Capability float64
	Alliances  []string // ids of its alliances
}

// AllianceTick is one live alliance in one tick.
type AllianceTick struct {
	ID           string
	Members      []int
	Cohesion     float64
	Exploitation float64 // NaN when undefined
}

// NewRecord starts the record of a run of w with the given seed: call
// Observe after every tick.
func NewRecord(w *sim.World, seed uint64) *Record {
	r := &Record{Seed: seed}
	for _, n := range w.Nations() {
		r.IDs = append(r.IDs, n.ID)
	}
	r.Start = liveAlliances(w)
	return r
}

// liveAlliances are w's alliances not dissolved, with their members now.
func liveAlliances(w *sim.World) []AllianceTick {
	var as []AllianceTick
	for _, a := range w.Alliances() {
		if !a.Dissolved {
			as = append(as, AllianceTick{ID: a.ID, Members: append([]int(nil), a.Members...),
				Cohesion: a.Cohesion, Exploitation: a.Exploitation})
		}
	}
	return as
}

// Observe appends the world's last tick to the record.
func (r *Record) Observe(w *sim.World) {
	r.Years = append(r.Years, w.Year())
	ns := make([]NationTick, len(w.Nations()))
	for i, n := range w.Nations() {
		nt := NationTick{Active: n.Active, GDP: n.GDP, Share: n.Share, Capability: n.Capability}
		for _, a := range w.Memberships(i) {
			nt.Alliances = append(nt.Alliances, a.ID)
		}
		ns[i] = nt
	}
	r.Nations = append(r.Nations, ns)
	r.Allies = append(r.Allies, liveAlliances(w))
	r.Log = append(r.Log, w.Records()...)
}

// Index returns the index of a nation id, or -1.
func (r *Record) Index(id string) int {
	for i, x := range r.IDs {
		if x == id {
			return i
		}
	}
	return -1
}

// Tick returns the last tick that falls in a calendar year, or -1.
func (r *Record) Tick(year int) int {
	_, last := r.yearTicks(year)
	return last
}

// Holder returns, at a tick, the largest live alliance holding nation i
// (by members; the older on a tie), or nil.
func (r *Record) Holder(tick, i int) *AllianceTick {
	var best *AllianceTick
	for k := range r.Allies[tick] {
		a := &r.Allies[tick][k]
		for _, m := range a.Members {
			if m == i && (best == nil || len(a.Members) > len(best.Members)) {
				best = a
			}
		}
	}
	return best
}

// HolderIn returns the last tick of a calendar year and the largest live
// alliance then holding the named state, or false if there is none.
func (r *Record) HolderIn(year int, state string) (int, *AllianceTick, bool) {
	t, i := r.Tick(year), r.Index(state)
	if t < 0 || i < 0 {
		return t, nil, false
	}
	a := r.Holder(t, i)
	return t, a, a != nil
}

// Bloc returns, at a tick, the states that share an alliance with nation i
// (the union of its alliances' members, i included), or nil when i is in
// none: a bloc may be one alliance or a web of pacts (the Eastern bloc of
// the bilateral treaties of 1943–1949).
func (r *Record) Bloc(tick, i int) []int {
	if len(r.Nations[tick][i].Alliances) == 0 {
		return nil
	}
	var out []int
	for j := range r.IDs {
		if j == i || r.Allied(tick, i, j) {
			out = append(out, j)
		}
	}
	return out
}

// Allied reports whether i and j share an alliance at a tick.
func (r *Record) Allied(tick, i, j int) bool {
	for _, a := range r.Nations[tick][i].Alliances {
		for _, b := range r.Nations[tick][j].Alliances {
			if a == b {
				return true
			}
		}
	}
	return false
}

// NationIDs lists a world's nation ids in index order.
func NationIDs(cfg sim.Config) []string {
	ids := make([]string, len(cfg.Nations))
	for i, n := range cfg.Nations {
		ids[i] = n.ID
	}
	return ids
}
