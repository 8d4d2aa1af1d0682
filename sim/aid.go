package sim

import "math"

// aidPlan is an aid_programme event in force.
type aidPlan struct {
	donor, recipient int
	perYear          float64 // [billion USD/yr]
	until            int     // last tick
}

// giveAid: each allied state donates α_i·B_i·dt, once over all its allies,
// split by need_j = ln(1 + θ_j)·(1 − Y_j/Y_max), Y_max the largest GDP among
// the donor and its allies. Aid buys the recipient capability; it does not
// count in the recipient's own share. Scenario aid programmes are paid too.
func (w *World) giveAid() {
	// ln(1 + θ_j), once per nation rather than once per donor.
	logRatio := w.scratchRow(&w.aidLogRatio, len(w.nations))
	for j := range logRatio {
		logRatio[j] = math.Log1p(max(0, w.ratio[j]))
	}
	for i := range w.nations {
		donor := &w.nations[i]
		if !donor.Active || len(w.memberships[i]) == 0 {
			continue
		}
		w.aidAllies, w.aidCohesion = w.aidAllies[:0], w.aidCohesion[:0]
		yMax := donor.GDP
		w.forAllies(i, nil, func(j int, c float64) {
			w.aidAllies = append(w.aidAllies, j)
			w.aidCohesion = append(w.aidCohesion, c)
			yMax = max(yMax, w.nations[j].GDP)
		})
		allies := w.aidAllies
		need := w.scratchRow(&w.aidNeed, len(allies))
		clear(need)
		total := 0.0
		for k, j := range allies {
			if !w.nations[j].Active || yMax <= 0 {
				continue
			}
			need[k] = logRatio[j] * (1 - w.nations[j].GDP/yMax)
			total += need[k]
		}
		if total <= 0 {
			continue
		}
		budget := w.steerAid(i, donor.Policy.Generosity) * donor.Budget() * w.dt
		for k, j := range allies {
			if need[k] > 0 {
				w.transferAid(i, j, budget*need[k]/total, w.carrier(i, j))
			}
		}
	}
	live := w.aidPlans[:0]
	for _, p := range w.aidPlans {
		if p.until < w.tick {
			continue
		}
		live = append(live, p)
		if w.nations[p.donor].Active && w.nations[p.recipient].Active {
			w.transferAid(p.donor, p.recipient, p.perYear*w.dt, w.carrier(p.donor, p.recipient))
		}
	}
	w.aidPlans = live
}

func (w *World) transferAid(from, to int, amount float64, a *Alliance) {
	w.flows[from].AidGiven += amount
	w.flows[to].AidReceived += amount
	w.tx(a, func(l *Ledger) { l.AidGiven += amount; l.AidReceived += amount })
}

// carrier is the shared alliance with the highest cohesion that books a
// flow between i and j (nil if they share none).
func (w *World) carrier(i, j int) *Alliance {
	var best *Alliance
	for _, a := range w.memberships[i] {
		if a.isMember[j] && (best == nil || a.snapshot > best.snapshot) {
			best = a
		}
	}
	return best
}
