package sim

// pool: each alliance takes its own σ_A of every member's budget into joint
// programmes, which produce M_A times what they spend (economies of scale,
// no duplication), credited to each contributor in proportion to what it
// put in.
func (w *World) pool() {
	for _, a := range w.alliances {
		if a.Dissolved || a.Pooling <= 0 {
			continue
		}
		for _, i := range a.Members {
			n := &w.nations[i]
			if !n.Active {
				continue
			}
			c := a.Pooling * n.Budget() * w.dt
			out := w.p.PoolGain * c
			w.flows[i].Pooled += c
			w.flows[i].PoolReturn += out
			w.tx(a, func(g *Ledger) { g.Pooled += c; g.PoolSpent += c; g.PoolOutput += out })
		}
	}
}
