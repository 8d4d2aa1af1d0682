package eras

import (
	"slices"
	"strings"

	"entente/sim"
)

// War is one war event of a scenario as the engine fights it (sim's
// startWar): its sides without a state on both, its dates in calendar
// years, and whether a side is all outside the era (no budget to match).
type War struct {
	Label    string
	Sides    [2][]int
	From, To float64
	Outside  bool
}

// Fights reports whether nation i is on a side of the war.
func (x War) Fights(i int) bool {
	return slices.Contains(x.Sides[0], i) || slices.Contains(x.Sides[1], i)
}

// Wars reads a scenario's war events: a war without dates fights its whole
// ticks, Duration of them or to the run's end; one with a date and no end,
// to its Duration's last tick or the run's end.
func Wars(cfg sim.Config) []War {
	dt := 1 / float64(max(cfg.TicksPerYear, 1))
	start, end := float64(cfg.StartYear), float64(cfg.EndYear+1)
	var out []War
	for _, e := range cfg.Events {
		if e.Kind != sim.War {
			continue
		}
		a, b := e.A.Members(cfg.Nations), e.B.Members(cfg.Nations)
		both := func(i int) bool { return slices.Contains(a, i) && slices.Contains(b, i) }
		x := War{Label: strings.TrimSpace(e.Label), Sides: [2][]int{
			slices.DeleteFunc(slices.Clone(a), both), slices.DeleteFunc(slices.Clone(b), both)}}
		x.Outside = len(x.Sides[0]) == 0 || len(x.Sides[1]) == 0
		x.From, x.To = start+e.From, start+e.To
		if e.From == 0 && e.To == 0 {
			x.From = start + float64(e.Tick)*dt
		}
		if e.To == 0 {
			x.To = end
			if e.Duration > 0 {
				x.To = min(end, start+float64(e.Tick+e.Duration)*dt)
			}
		}
		out = append(out, x)
	}
	return out
}
