package sim

import "math"

// buildCapability is phase 6: the stock depreciates and grows by what the
// state spends on its own forces (its budget less aid given and pooled
// contributions, plus aid received and loans, which are spent on arrival),
// plus its share of joint programmes' output; what it spends above its
// peace path in a war is consumed by the war (warbudget.go):
// K ← (1 − δ·dt)·K + e·(B·dt − given − pooled + received + borrowed) + e·M_A·pooled.
func (w *World) buildCapability() {
	floor := w.floor()
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		f := w.flows[i]
		spend := (n.Share-w.warPart[i])*n.GDP*w.dt - f.AidGiven - f.Pooled + f.AidReceived + f.Borrowed
		k := (1-w.p.Depreciation*w.dt)*n.Capability + w.p.Efficiency*(spend+f.PoolReturn)
		n.Capability = max(k, floor)
	}
	w.recordPower()
}

// recordPower appends this tick's capability shares to the history used
// for shifts in relative power, keeping only the window.
func (w *World) recordPower() {
	total := w.worldCapability()
	keep := int(math.Round(w.p.ShiftWindow/w.dt)) + 1
	var shares []float64
	if len(w.powerHistory) >= keep {
		// The oldest row leaves the window: reuse it for the newest.
		shares = w.powerHistory[0]
		copy(w.powerHistory, w.powerHistory[1:])
		w.powerHistory = w.powerHistory[:len(w.powerHistory)-1]
	} else {
		shares = make([]float64, len(w.nations))
	}
	for i := range w.nations {
		shares[i] = 0
		if w.nations[i].Active && total > 0 {
			shares[i] = w.nations[i].Capability / total
		}
	}
	w.powerHistory = append(w.powerHistory, shares)
	if len(w.powerHistory) > keep {
		w.powerHistory = w.powerHistory[len(w.powerHistory)-keep:]
	}
	w.recordShifts()
}

// recordShifts keeps each nation's |ln(now/then)| over the window, once a
// tick: powerShift reads it for every pact and every pact weighed, and it
// is the same number each time (NaN where a share is 0: not counted).
func (w *World) recordShifts() {
	h := len(w.powerHistory)
	w.shifts = w.shifts[:0]
	if h < 2 {
		return
	}
	now, then := w.powerHistory[h-1], w.powerHistory[0]
	for i := range now {
		x := math.NaN()
		if now[i] > 0 && then[i] > 0 {
			x = math.Abs(math.Log(now[i] / then[i]))
		}
		w.shifts = append(w.shifts, x)
	}
}
