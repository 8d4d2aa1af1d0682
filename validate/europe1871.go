package validate

import (
	"math"
	"slices"

	"entente/agents"
	"entente/sim"
)

// majorPower is a state COW counts among the major powers, from a year.
type majorPower struct {
	id   string
	from int
}

// majors1871 are the major powers of 1871–1913 (COW State System
// Membership, major powers: the United Kingdom, France, Germany,
// Austria-Hungary, Italy and Russia throughout, Japan from 1895, the United
// States from 1898).
var majors1871 = []majorPower{{"UKG", 1871}, {"FRN", 1871}, {"GMY", 1871}, {"AUH", 1871}, {"ITA", 1871}, {"RUS", 1871},
	{"JPN", 1895}, {"USA", 1898}}

const majorsSource = "COW State System Membership (major powers); NMC milex × F£ over Maddison GDP per head × COW population (scenarios/data/README.md)"

// Europe1871 returns the targets of the europe-1871 scenario, each judged
// run by run.
func Europe1871(cfg sim.Config, h *History) []Target {
	continental := []string{"GMY", "AUH", "FRN", "RUS", "ITA"}
	ts := []Target{
		{
			Name: "Germany and Austria-Hungary allied, share of 1885–1913", Source: "ATOP v4.01: Dual Alliance 1879 (atopid 1335), Triple Alliance 1882 (1350)",
			History: "1.00 (from 1879)", Unit: "share of years", Lo: 0.8, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return alliedYears(r, "GMY", "AUH", 1885, 1913) },
		},
		{
			Name: "France and Russia allied, share of 1895–1913", Source: "ATOP v4.01: Franco-Russian alliance 1893–1917 (atopid 1385)",
			History: "1.00 (from 1893)", Unit: "share of years", Lo: 0.6, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return alliedYears(r, "FRN", "RUS", 1895, 1913) },
		},
		yesTarget("No pact joins Germany or Austria-Hungary with France or Russia, 1896–1913",
			"ATOP v4.01 (the Björkö treaty of 1905 between Germany and Russia never came into force)",
			func(r *Record) bool { return !crossPact(r, []string{"GMY", "AUH"}, []string{"FRN", "RUS"}, 1896, 1913) }),
		yesTarget("The UK in no new pact with a continental great power, 1872–1903",
			"ATOP v4.01: Britain's pacts with continental powers before 1904 were offence or neutrality pacts (1856 guarantee of the Ottoman Empire, 1870 guarantee of Belgium, Mediterranean Agreements 1887), none a defence pact; a pact of the scenario's start (none in 1871, whose pacts are offence pacts) joined by a continental power is a new pact with it",
			func(r *Record) bool { return !newTieWith(r, "UKG", continental, 1872, 1903) }),
		{
			Name: "Great powers' defence shares, RMSE over 1875–1913 (points)", Source: majorsSource,
			History: "0", Unit: "points", Lo: 0, Hi: 0.01,
			Measure: func(r *Record) (float64, bool) { return shareRMSE(r, h, majors1871, 1875, 1913) },
		},
		info("  holding each great power's share of the start", majorsSource, "points", startShareRMSE(cfg, h, majors1871, 1875, 1913)),
	}
	return append(ts, membership(cfg, h, cfg.StartYear, cfg.EndYear, 0.40)...)
}

// alliedYears is the share of the years [from, to] in which two states
// shared an alliance (at each year's last tick).
func alliedYears(r *Record, a, b string, from, to int) (float64, bool) {
	i, j := r.Index(a), r.Index(b)
	if i < 0 || j < 0 {
		return 0, false
	}
	in, n := 0, 0
	for y := from; y <= to; y++ {
		if t := r.Tick(y); t >= 0 {
			n++
			if r.Allied(t, i, j) {
				in++
			}
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(in) / float64(n), true
}

// crossPact reports whether a state of one group shared an alliance with
// a state of the other in any year of [from, to].
func crossPact(r *Record, as, bs []string, from, to int) bool {
	for y := from; y <= to; y++ {
		t := r.Tick(y)
		if t < 0 {
			continue
		}
		for _, a := range as {
			for _, b := range bs {
				if i, j := r.Index(a), r.Index(b); i >= 0 && j >= 0 && r.Allied(t, i, j) {
					return true
				}
			}
		}
	}
	return false
}

// newTieWith reports whether a state shared, in any year of [from, to],
// an alliance with one of the others that is not a tie of the start: a
// pact formed after the start, or one of the start's that another joined
// (or left and rejoined). Britain's guarantee of Belgium with Prussia
// (1870, in force on 1 January 1871) may live on in a run; Austria-Hungary
// and Italy joining it would be a new commitment of Britain's to them, as
// much as a pact founded with them. A tie of the start is one held in a
// pact in force before the first tick and never broken since, tick by
// tick.
func newTieWith(r *Record, state string, others []string, from, to int) bool {
	i := r.Index(state)
	if i < 0 || len(r.Allies) == 0 {
		return false
	}
	type tie struct {
		pact string
		with int
	}
	held := map[tie]bool{} // the start's ties of state, while unbroken
	for _, a := range r.Start {
		if slices.Contains(a.Members, i) {
			for _, m := range a.Members {
				held[tie{a.ID, m}] = true
			}
		}
	}
	last := min(r.Tick(to), len(r.Allies)-1)
	for t := 0; t <= last; t++ {
		y := int(math.Floor(r.Years[t]))
		// Each year is judged at its last tick, as every target.
		judged := y >= from && (t == len(r.Years)-1 || math.Floor(r.Years[t+1]) > float64(y))
		now := map[tie]bool{}
		for _, a := range r.Allies[t] {
			if !slices.Contains(a.Members, i) {
				continue
			}
			for _, m := range a.Members {
				if held[tie{a.ID, m}] {
					now[tie{a.ID, m}] = true
				} else if judged && slices.Contains(others, r.IDs[m]) {
					return true
				}
			}
		}
		held = now
	}
	return false
}

// shareRMSE is the root mean square difference between the run's defence
// shares and the reference shares of the states over the years (each state
// from the year it counts).
func shareRMSE(r *Record, h *History, states []majorPower, from, to int) (float64, bool) {
	sum, n := 0.0, 0
	for _, s := range states {
		for y := max(from, s.from); y <= to; y++ {
			ref, ok1 := h.Share(s.id, y)
			v, ok2 := share(r, s.id, y)
			if ok1 && ok2 {
				sum += (v - ref.Value) * (v - ref.Value)
				n++
			}
		}
	}
	if n == 0 {
		return 0, false
	}
	return math.Sqrt(sum / float64(n)), true
}

// startShareRMSE is shareRMSE for the prediction that every state keeps
// its share of the start: the baseline a budget rule must beat.
func startShareRMSE(cfg sim.Config, h *History, states []majorPower, from, to int) float64 {
	return forecastRMSE(cfg, h, states, from, to, func(k, _ int) float64 { return cfg.Nations[k].Share })
}

// forecastRMSE is shareRMSE for a forecast that needs no run: forecast(k,
// y) is nation k's share in year y (NaN without a reference share to judge
// it on).
func forecastRMSE(cfg sim.Config, h *History, states []majorPower, from, to int, forecast func(k, y int) float64) float64 {
	sum, n := 0.0, 0
	for _, s := range states {
		k := slices.IndexFunc(cfg.Nations, func(nt agents.Nation) bool { return nt.ID == s.id })
		if k < 0 {
			continue
		}
		for y := max(from, s.from); y <= to; y++ {
			if ref, ok := h.Share(s.id, y); ok {
				d := forecast(k, y) - ref.Value
				sum += d * d
				n++
			}
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return math.Sqrt(sum / float64(n))
}
