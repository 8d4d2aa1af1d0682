package sim

import (
	"sync/atomic"

	"entente/agents"
)

// relationSetter sets entries of H (and its transpose), A and the
// propensity from the world's inputs, each by the formula of a whole
// rebuild (refreshRelations).
type relationSetter struct {
	w                  *World
	n                  int
	rp, noRegime       agents.RelationParams
	h, ht, af, pr      []float64
	riv, tie, shk, pol []float64
}

// newRelationSetter returns the setter by value: its callers keep it on
// their stack (refreshRelations runs every tick a relation changes).
func (w *World) newRelationSetter() relationSetter {
	rp := w.p.relations()
	noRegime := rp
	noRegime.HostileRegime = 0 // the propensity counts regime distance once
	return relationSetter{
		w: w, n: len(w.nations), rp: rp, noRegime: noRegime,
		h: w.hostility.RawMatrix().Data, ht: w.hostilityT.RawMatrix().Data,
		af: w.affinity.RawMatrix().Data, pr: w.propensity.RawMatrix().Data,
		riv: w.rivalry.RawMatrix().Data, tie: w.ties.RawMatrix().Data,
		shk: w.shocks.RawMatrix().Data, pol: w.polar,
	}
}

// pair sets the entries of the ordered pair (i, j).
func (s *relationSetter) pair(i, j int) {
	k := i*s.n + j
	if i == j {
		s.h[k], s.af[k], s.pr[k], s.ht[k] = 0, 0, 0, 0
		return
	}
	a, b := &s.w.nations[i], &s.w.nations[j]
	x := agents.Antagonism{Rivalry: s.riv[k], Ideological: s.w.ideological[k], Shocks: s.shk[k]}
	if s.pol != nil {
		x.Polarized = s.pol[k]
	}
	s.h[k] = agents.Hostility(s.rp, x, a, b)
	s.ht[j*s.n+i] = s.h[k]
	s.af[k] = agents.Affinity(s.rp, s.tie[k], a, b)
	// agents.Propensity, with the affinity just computed.
	s.pr[k] = s.af[k] - agents.Hostility(s.noRegime, x, a, b)
}

// rowAndColumn sets touched state i's row, and its column where the other
// state was not touched (that state's own row sets the rest).
func (s *relationSetter) rowAndColumn(i int) {
	for j := 0; j < s.n; j++ {
		s.pair(i, j)
		if !s.w.touched[j] {
			s.pair(j, i)
		}
	}
}

// shareRelationsFrom is the number of touched states from which their rows
// are set on two cores (a world's setting up touches every state; a tick's
// events a few, whose rows are not worth handing over).
const shareRelationsFrom = 16

// shareRelations sets the touched states' rows and columns on two cores,
// when the world can share (canShare) and enough states were touched, and
// reports whether it did. The world and its shadow claim touched states a
// few at a time; no entry is set from two rows (rowAndColumn), so each is
// written by one side, by the formula of the serial loop.
func (w *World) shareRelations() bool {
	return len(w.touchedList) >= shareRelationsFrom && w.shareWork((*World).relationsShare)
}

// relationsChunk is how many touched states one claim covers.
const relationsChunk = 4

// relationsShare sets the rows of the touched states it claims from next,
// with a setter of its own world's (the shadow's reads the same matrices).
func (w *World) relationsShare(next *atomic.Int64) {
	set := w.newRelationSetter()
	eachClaimed(next, len(w.touchedList), relationsChunk, func(k int) {
		set.rowAndColumn(w.touchedList[k])
	})
}

// sharePairsFrom is the number of distinct touched pairs from which they
// are set on two cores: a pair costs some tens of nanoseconds, so a few
// thousand are worth handing half of over.
const sharePairsFrom = 4096

// pairsChunk is how many pairs one claim of pairsShare covers.
const pairsChunk = 512

// sharePairs sets the touched pairs from index from on, which are distinct
// (polarize's), on two cores, when the world can share and they are many,
// and reports whether it did. No entry is set from two pairs, so each is
// written by one side, by the formula of the serial loop.
func (w *World) sharePairs(from int) bool {
	if len(w.touchedPairs)-from < sharePairsFrom {
		return false
	}
	w.pairsFrom = from
	return w.shareWork((*World).pairsShare)
}

// pairsShare sets the chunks of distinct touched pairs it claims from
// next, with a setter of its own world's.
func (w *World) pairsShare(next *atomic.Int64) {
	set := w.newRelationSetter()
	pairs := w.touchedPairs[w.pairsFrom:]
	eachClaimed(next, len(pairs), pairsChunk, func(k int) {
		set.pair(pairs[k][0], pairs[k][1])
		set.pair(pairs[k][1], pairs[k][0])
	})
}
