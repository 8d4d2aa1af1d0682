package sim

import "sync/atomic"

// A pact of i and j is weighed twice in most formations: in i's search
// and again in j's, when neither has acted in between. cannotPair's
// verdict is the same both times: it is symmetric in i and j (each test is
// made for both founders), and it reads only the tick's snapshot
// (relations, threat, security, κ) and what prepareBounds computed as
// formation started. So formation keeps it, one entry per unordered pair:
// the formation's generation and the verdict in one word, so that one
// atomic store publishes both while the shadow searches too (parallel.go).
// Half of a small world's pair bounds were this repeat.

// pairSlot is the pair's entry: the strict upper triangle, row by row.
func pairSlot(i, j int) int {
	lo, hi := min(i, j), max(i, j)
	return hi*(hi-1)/2 + lo
}

// genMask is the part of formGen an entry keeps.
const genMask = 1<<31 - 1

// verdictWord packs a formation's generation and a verdict; never 0, the
// value of an entry not yet written, since the generation kept is never
// 0 (sizeVerdicts).
func verdictWord(gen uint32, skip bool) uint32 {
	v := gen << 1
	if skip {
		v |= 1
	}
	return v
}

// pairVerdict returns cannotPair(i, j) as computed earlier in this
// formation, if it was.
func (w *World) pairVerdict(i, j int) (skip, known bool) {
	if !w.limitsFresh || len(w.verdicts) == 0 {
		return false, false
	}
	k := pairSlot(i, j)
	var v uint32
	if w.memoShared {
		v = atomic.LoadUint32(&w.verdicts[k])
	} else {
		v = w.verdicts[k]
	}
	if v>>1 != w.formGen&genMask {
		return false, false
	}
	return v&1 == 1, true
}

// keepVerdict records cannotPair(i, j) for the rest of the formation.
func (w *World) keepVerdict(i, j int, skip bool) {
	if !w.limitsFresh || len(w.verdicts) == 0 {
		return
	}
	v := verdictWord(w.formGen, skip)
	if w.memoShared {
		atomic.StoreUint32(&w.verdicts[pairSlot(i, j)], v)
		return
	}
	w.verdicts[pairSlot(i, j)] = v
}

// sizeVerdicts makes room for every pair's verdict, once a world, and
// clears the entries when the generation wraps (once in 2³¹ formations).
func (w *World) sizeVerdicts() {
	n := len(w.nations)
	if m := n * (n - 1) / 2; len(w.verdicts) != m {
		w.verdicts = make([]uint32, m)
	}
	if w.formGen&genMask == 0 {
		clear(w.verdicts)
		w.formGen++
	}
}
