package sim

// Majority ranks kept by heaps. An alliance's scope reads, for every state
// l, its members' hostilities toward l at two ranks next to the median
// (majorityAt). Recomputing them costs O(N·m) per alliance of m members; in
// a formation where a large pact gains members one after another that
// cost, paid once per member, dominated a tick of thousands of states. A
// large alliance therefore keeps, for every l, its members' hostilities
// toward l split at the rank r the majority reads: the r largest in a
// min-heap, the others in a max-heap. A member who joins is pushed into
// one of them and the split moved by one if r moves, O(log m) for each l.
// The values at given ranks of a multiset do not depend on how it is
// ordered, so the heaps give exactly what a sort of the same values gives.

// rankHeapMin is the size from which an alliance keeps heaps (below it,
// recomputing is as cheap). A variable so that tests can lower it.
var rankHeapMin = 32

// rankHeaps holds the heaps of every l in one slab: column l is
// vals[l·cap : (l+1)·cap], its min-heap of the r largest values growing
// from the start (nt[l] entries), its max-heap of the others growing from
// the end (nb[l] entries, heap index k at position cap − 1 − k).
type rankHeaps struct {
	cap    int
	r      int // the split: ranks r and r + 1 from the top are read
	vals   []float64
	nt, nb []int32
}

// splitRank is the rank r = k′ − 1, k′ = ⌊(m+1)/2⌋ + 1, of an alliance of m
// members: majorityAt reads ranks r and r + 1.
func splitRank(m int) int { return (m + 1) / 2 }

// buildRankHeaps builds a's heaps from H, or drops them when a is small or
// a hostility is NaN (heaps need an order).
func (w *World) buildRankHeaps(a *Alliance) {
	m := len(a.Members)
	if m < rankHeapMin {
		a.heaps = nil
		return
	}
	n := len(w.nations)
	h := a.heaps
	if h == nil || h.cap < m || len(h.nt) != n {
		c := max(2*m, 2*rankHeapMin)
		h = &rankHeaps{cap: c, vals: make([]float64, n*c), nt: make([]int32, n), nb: make([]int32, n)}
	}
	h.r = splitRank(m)
	// The members' hostilities, member row by member row (contiguous),
	// into the columns' slots; then each column split and heaped.
	for l := range n {
		h.nt[l] = 0
	}
	for _, mem := range a.Members {
		for l, v := range w.hostility.RawRowView(mem) {
			if l == mem {
				continue
			}
			if v != v {
				a.heaps = nil
				return
			}
			h.vals[l*h.cap+int(h.nt[l])] = v
			h.nt[l]++
		}
	}
	for l := range n {
		base := l * h.cap
		c := int(h.nt[l])
		col := append(w.majorityBuf[:0], h.vals[base:base+c]...)
		w.majorityBuf = col
		h.placeColumn(l, col)
	}
	a.heaps = h
}

// placeColumn splits col (column l's values, reordered) at the rank r and
// lays out its heaps.
func (h *rankHeaps) placeColumn(l int, col []float64) {
	c := len(col)
	nt := min(h.r, c)
	if nt > 0 && nt < c {
		selectAsc(col, c-nt) // the nt largest last
	}
	base := l * h.cap
	top := h.vals[base : base+nt]
	copy(top, col[c-nt:])
	heapifyMin(top)
	nb := c - nt
	for k := range nb {
		h.vals[base+h.cap-1-k] = col[k]
	}
	h.nt[l], h.nb[l] = int32(nt), int32(nb)
	for k := nb/2 - 1; k >= 0; k-- {
		h.siftDownMax(base, nb, k)
	}
}

// buildColumn fills column l of h from H: false if a value is NaN.
func (w *World) buildColumn(a *Alliance, h *rankHeaps, l int) bool {
	col := w.majorityBuf[:0]
	hl := w.hostilityT.RawRowView(l) // H_ml for every m
	for _, m := range a.Members {
		if m != l {
			v := hl[m]
			if v != v {
				return false
			}
			col = append(col, v)
		}
	}
	w.majorityBuf = col
	h.placeColumn(l, col)
	return true
}

// insert adds x to column l (a member joined) and moves the split to the
// heaps' r.
func (h *rankHeaps) insert(l int, x float64) {
	base := l * h.cap
	nt, nb := int(h.nt[l]), int(h.nb[l])
	if nb > 0 && x <= h.vals[base+h.cap-1] {
		nb++
		h.vals[base+h.cap-nb] = x
		h.siftUpMax(base, nb-1)
	} else {
		h.vals[base+nt] = x
		nt++
		siftUpMin(h.vals[base:base+nt], nt-1)
	}
	h.nt[l], h.nb[l] = int32(nt), int32(nb)
	h.rebalance(l)
}

// rebalance moves values between column l's heaps until the min-heap holds
// the min(r, count) largest.
func (h *rankHeaps) rebalance(l int) {
	base := l * h.cap
	nt, nb := int(h.nt[l]), int(h.nb[l])
	for nt > h.r { // the smallest of the top goes down
		top := h.vals[base : base+nt]
		x := top[0]
		nt--
		top[0] = top[nt]
		siftDownMin(top[:nt], 0)
		nb++
		h.vals[base+h.cap-nb] = x
		h.siftUpMax(base, nb-1)
	}
	for nt < h.r && nb > 0 { // the largest of the bottom goes up
		x := h.vals[base+h.cap-1]
		nb--
		h.vals[base+h.cap-1] = h.vals[base+h.cap-1-nb]
		h.siftDownMax(base, nb, 0)
		h.vals[base+nt] = x
		nt++
		siftUpMin(h.vals[base:base+nt], nt-1)
	}
	h.nt[l], h.nb[l] = int32(nt), int32(nb)
}

// ranks returns column l's values at ranks r and r + 1 from the top, 0
// past its count.
func (h *rankHeaps) ranks(l int) (vr, vr1 float64) {
	base := l * h.cap
	if int(h.nt[l]) == h.r && h.r > 0 {
		vr = h.vals[base]
	}
	if h.nb[l] > 0 {
		vr1 = h.vals[base+h.cap-1]
	}
	return vr, vr1
}

// The max-heap of column base, n entries, index k at base + cap − 1 − k.
func (h *rankHeaps) at(base, k int) *float64 { return &h.vals[base+h.cap-1-k] }

func (h *rankHeaps) siftUpMax(base, k int) {
	for k > 0 {
		p := (k - 1) / 2
		if !(*h.at(base, k) > *h.at(base, p)) {
			return
		}
		*h.at(base, k), *h.at(base, p) = *h.at(base, p), *h.at(base, k)
		k = p
	}
}

func (h *rankHeaps) siftDownMax(base, n, k int) {
	for {
		c := 2*k + 1
		if c >= n {
			return
		}
		if c+1 < n && *h.at(base, c+1) > *h.at(base, c) {
			c++
		}
		if !(*h.at(base, c) > *h.at(base, k)) {
			return
		}
		*h.at(base, k), *h.at(base, c) = *h.at(base, c), *h.at(base, k)
		k = c
	}
}

func heapifyMin(a []float64) {
	for k := len(a)/2 - 1; k >= 0; k-- {
		siftDownMin(a, k)
	}
}

func siftUpMin(a []float64, k int) {
	for k > 0 {
		p := (k - 1) / 2
		if !(a[k] < a[p]) {
			return
		}
		a[k], a[p] = a[p], a[k]
		k = p
	}
}

func siftDownMin(a []float64, k int) {
	n := len(a)
	for {
		c := 2*k + 1
		if c >= n {
			return
		}
		if c+1 < n && a[c+1] < a[c] {
			c++
		}
		if !(a[c] < a[k]) {
			return
		}
		a[k], a[c] = a[c], a[k]
		k = c
	}
}

// joinHeaps updates a's heaps for member i, who just joined: its
// hostility toward every other l, and the split moved to the new r (grown
// first if full). false when a keeps no heaps.
func (w *World) joinHeaps(a *Alliance, i int) bool {
	h := a.heaps
	m := len(a.Members)
	if h == nil {
		if m >= rankHeapMin {
			w.buildRankHeaps(a)
			return a.heaps != nil
		}
		return false
	}
	if m > h.cap {
		w.buildRankHeaps(a) // full: a larger slab, built anew
		return a.heaps != nil
	}
	h.r = splitRank(m)
	for l, v := range w.hostility.RawRowView(i) {
		switch {
		case v != v:
			a.heaps = nil // no order: recomputed when read
			return false
		case l != i:
			h.insert(l, v)
		default:
			h.rebalance(l)
		}
	}
	return true
}

// heapMajority is majorityAt read from a's heaps.
func (a *Alliance) heapMajority(l int) [3]float64 {
	above, at := a.heaps.ranks(l)
	m := len(a.Members)
	if m/2+1 == (m+1)/2+1 {
		return [3]float64{at, above, at}
	}
	return [3]float64{above, above, at}
}
