package sim

import "math"

// Where an adversary's attention goes. A state's forces are one stock, and
// before focus every state hostile to it felt the whole of it: Israel in
// 1970 felt the Soviet Union's whole arsenal, as the United States did, and
// the coalitions of 1846 or of the 1920s formed against great powers whose
// forces faced other great powers. A state l turns its forces where its own
// threat comes from, so i feels of l's forces the part
//
//	t_il·(t_li/T_l)^β_f,
//
// t_li/T_l being the share of l's whole threat that comes from i (Θ is
// symmetric: l's enmity with i is i's with l). A peer rival keeps most of
// l's forces; a small neighbour that l does not fear feels little of them.
// The threat a state weighs in its alliance choices (perception's threats,
// κ, security, valuation, exits) is the focused one: where the adversaries'
// attention is now. Budgets count the whole forces, as prudence would (a
// state arms against the forces that could be turned on it). The enemies a
// pact would bring count with the attention they would give the state once
// the quarrel is its own (valuation.go, addedThreat: focusOf at the raised
// enmity); until 5 December they counted whole, and NATO's Western European
// members left it when Russia became its adversary.
// MODEL-NOTES, "Where an adversary's attention goes", has the forms tried
// and the numbers.

// focusOf is (t_li/T_l)^β_f with Θ_il at theta instead of the snapshot's
// thetaNow (the rest of l's threat as in the snapshot): 1 with focus off,
// 0 when l faces no threat.
func (w *World) focusOf(i, l int, thetaNow, theta float64) float64 {
	if w.p.Focus <= 0 {
		return 1
	}
	from := w.proximityT.At(i, l) * w.capVec.AtVec(i) // π_li·K_i
	total := w.threatWhole[l]
	if theta != thetaNow {
		total += (theta - thetaNow) * from
	}
	return w.attention(theta*from, total)
}

// attention is (tli/total)^β_f: the share of l's whole threat total that
// comes from i, tli, to the power focus (0 when either is not positive).
func (w *World) attention(tli, total float64) float64 {
	if !(tli > 0) || !(total > 0) {
		return 0
	}
	if w.p.Focus == 0.5 {
		// The default: math.Pow returns Sqrt(x) for y = 0.5, after eight
		// tests of special cases that cost more than the root (a tenth of
		// a 5,000-state tick's CPU went to them); the same bits.
		return math.Sqrt(min(1, tli/total))
	}
	return math.Pow(min(1, tli/total), w.p.Focus)
}

// focusThreats turns the whole threats of the tick's rows into focused
// ones, t_il·(t_li/T^w_l)^β_f, and sums each row into T_i. It reads rows,
// not elements: it runs over every pair each tick.
func (w *World) focusThreats() {
	k := w.capVec.RawVector().Data
	for i := range w.nations {
		th, t, piT := w.theta.RawRowView(i), w.threats.RawRowView(i), w.proximityT.RawRowView(i)
		ki := k[i]
		total := 0.0
		for l, v := range t {
			if v > 0 {
				t[l] = v * w.attention(th[l]*piT[l]*ki, w.threatWhole[l]) // Θ_li = Θ_il
				total += t[l]
			}
		}
		w.threat[i] = total
	}
}
