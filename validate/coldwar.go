package validate

import (
	"fmt"
	"math"
)

// Cold War states by COW stateabb.
var (
	natoFounders = []string{"CAN", "UKG", "FRN", "BEL", "NTH", "LUX", "NOR", "DEN", "ICE", "ITA", "POR"}
	eastMembers  = []string{"POL", "CZE", "HUN", "RUM", "BUL", "GDR", "ALB"}
	westEurope   = []string{"UKG", "FRN", "BEL", "NTH", "LUX", "NOR", "DEN", "ITA", "POR", "GRC", "TUR", "GFR"}
	neutrals     = []string{"SWD", "SWZ", "AUS", "IRE", "FIN"}
)

// ColdWar returns the targets of MODEL.md section 7 for the cold-war
// scenario.
func ColdWar(h *History) []Target {
	ts := []Target{
		{
			Name: "NATO and Warsaw Pact co-membership agreement, 1955–1988", Source: "ATOP v4.01 (atopid 3180, 3285)",
			History: "≥ 0.85", Lo: 0.85, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return agreement(r, h, 1955, 1988, false) },
		},
		{
			Name: "  agreement of predicting no alliances (baseline)", Source: "ATOP v4.01",
			History: "—", Lo: math.Inf(-1), Hi: math.Inf(1), Info: true,
			Measure: func(r *Record) (float64, bool) { return agreement(r, h, 1955, 1988, true) },
		},
		{
			Name: "Western bloc forms (USA with 3 NATO founders)", Source: "ATOP v4.01: NATO 1949",
			History: "1949", Unit: "year", Lo: 1948, Hi: 1951,
			Measure: func(r *Record) (float64, bool) { return formed(r, "USA", natoFounders, 3) },
		},
		{
			Name: "Eastern bloc forms (USSR with 3 of Eastern Europe)", Source: "ATOP v4.01: USSR with CZE 1943, POL and YUG 1945, ROM, HUN, BUL 1948 (atopid 2563–3135); Warsaw Pact 1955",
			History: "1945–1955", Unit: "year", Lo: 1947, Hi: 1956,
			Measure: func(r *Record) (float64, bool) { return formed(r, "RUS", eastMembers, 3) },
		},
		{
			Name: "Western bloc exploitation index, 1964", Source: "Olson & Zeckhauser 1966: 0.49; SIPRI+Maddison: 0.62",
			History: "0.49–0.62", Lo: 0.3, Hi: 0.8,
			Measure: func(r *Record) (float64, bool) { return exploitation(r, "USA", 1964) },
		},
		{
			Name: "Western bloc exploitation index, 1970", Source: "Khanna & Sandler 1996",
			History: "about 0.2", Lo: -0.1, Hi: 0.45,
			Measure: func(r *Record) (float64, bool) { return exploitation(r, "USA", 1970) },
		},
		{
			Name: "  its fall from 1964 to 1970", Source: "Khanna & Sandler 1996 (flexible response, 1967)",
			History: "about 0.3", Lo: 0.1, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return drop(exploitation, r, "USA", 1964, 1970) },
		},
		{
			Name: "US share of Western bloc spending, 1955–1988", Source: "SIPRI; MODEL.md 7",
			History: "60–75", Unit: "%", Lo: 0.6, Hi: 0.75,
			Measure: func(r *Record) (float64, bool) { return leaderShare(r, "USA", 1955, 1988) },
		},
	}
	for _, state := range []string{"USA", "UKG", "FRN", "GFR", "RUS"} {
		for _, year := range []int{1955, 1968, 1985} {
			ref, ok := h.Share(state, year)
			if !ok {
				continue
			}
			ts = append(ts, Target{
				Name: fmt.Sprintf("%s defence share, %d", state, year), Source: ref.Source,
				History: format(ref.Value, "%"), Unit: "%", Lo: ref.Value - 0.02, Hi: ref.Value + 0.02,
				Measure: func(r *Record) (float64, bool) { return share(r, state, year) },
			})
		}
	}
	ts = append(ts,
		Target{
			Name: "Western Europe in the bloc spending 2–6 % of GDP, 1968", Source: "SIPRI; MODEL.md 7",
			History: "most", Unit: "%", Lo: 0.7, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return inBand(r, westEurope, 1968, 0.02, 0.06) },
		},
		Target{
			Name: "Eastern bloc intact in 1988", Source: "ATOP v4.01: Warsaw Pact to 1991",
			History: "yes", Unit: "share of seeds", Lo: 0.9, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return fraction(blocAt(r, "RUS", eastMembers, 3, 1988)) },
		},
		Target{
			Name: "Eastern bloc dissolved by 1991", Source: "ATOP v4.01: Warsaw Pact ends 1991",
			History: "yes", Unit: "share of seeds", Lo: 0.9, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return fraction(!blocAt(r, "RUS", eastMembers, 2, 1991)) },
		},
		Target{
			Name: "Western bloc persists to 1991", Source: "ATOP v4.01: NATO",
			History: "yes", Unit: "share of seeds", Lo: 0.9, Hi: 1,
			Measure: func(r *Record) (float64, bool) { return fraction(blocAt(r, "USA", natoFounders, 3, 1991)) },
		},
		// Further checks, beyond MODEL.md section 7.
		Target{
			Name: "Neutrals never allied with a bloc leader", Source: "neutrality of SWD, SWZ, AUS, IRE, FIN (MODEL.md, Starting constants)",
			History: "yes", Unit: "share of seeds", Lo: 0.9, Hi: 1, Extra: true,
			Measure: func(r *Record) (float64, bool) { return fraction(neutralsStayOut(r)) },
		},
		neutralShares(h),
		Target{
			Name: "Western bloc cohesive (not strained), 1960–1985", Source: "no member left NATO (ATOP v4.01); France left only its integrated command (1966)",
			History: "yes", Unit: "%", Lo: 0.8, Hi: 1, Extra: true,
			Measure: func(r *Record) (float64, bool) { return cohesiveYears(r, "USA", 1960, 1985, 0.3) },
		},
		Target{
			Name: "US share of Western bloc spending, 1976–1988", Source: "SIPRI; the prototype's open problem (MODEL.md)",
			History: "60–75", Unit: "%", Lo: 0.6, Hi: 0.75, Extra: true,
			Measure: func(r *Record) (float64, bool) { return leaderShare(r, "USA", 1976, 1988) },
		},
	)
	return ts
}

// agreement is the share of pairs of states in the system whose
// co-membership in the simulation (sharing any alliance) matches history
// (both in NATO or both in the Warsaw Pact), averaged over the years; with
// none, the simulated side is "no alliances" (the baseline).
func agreement(r *Record, h *History, from, to int, none bool) (float64, bool) {
	total, years := 0.0, 0
	for y := from; y <= to; y++ {
		t := r.Tick(y)
		if t < 0 {
			continue
		}
		agree, pairs := 0, 0
		for i := range r.IDs {
			if !r.Nations[t][i].Active {
				continue
			}
			for j := i + 1; j < len(r.IDs); j++ {
				if !r.Nations[t][j].Active {
					continue
				}
				sim := !none && r.Allied(t, i, j)
				if sim == h.CoMembers(r.IDs[i], r.IDs[j], y) {
					agree++
				}
				pairs++
			}
		}
		if pairs > 0 {
			total += float64(agree) / float64(pairs)
			years++
		}
	}
	if years == 0 {
		return 0, false
	}
	return total / float64(years), true
}

// blocAt reports whether the leader's alliance holds at least n of the
// given members in a year.
func blocAt(r *Record, leader string, members []string, n int, year int) bool {
	_, a, ok := r.HolderIn(year, leader)
	if !ok {
		return false
	}
	count := 0
	for _, m := range a.Members {
		for _, id := range members {
			if r.IDs[m] == id {
				count++
			}
		}
	}
	return count >= n
}

// formed is the first year the leader's alliance holds n of the members.
func formed(r *Record, leader string, members []string, n int) (float64, bool) {
	for t, y := range r.Years {
		if blocAt(r, leader, members, n, int(y)) && r.Tick(int(y)) == t {
			return y, true
		}
	}
	return 0, false
}

// exploitation is the Spearman index of the leader's alliance in a year,
// as the engine recorded it (undefined under three members or on ties).
func exploitation(r *Record, leader string, year int) (float64, bool) {
	_, a, ok := r.HolderIn(year, leader)
	if !ok {
		return 0, false
	}
	return a.Exploitation, !math.IsNaN(a.Exploitation)
}

// drop is how much a measure falls from one year to a later one.
func drop(measure func(*Record, string, int) (float64, bool), r *Record, leader string, from, to int) (float64, bool) {
	a, ok1 := measure(r, leader, from)
	b, ok2 := measure(r, leader, to)
	return a - b, ok1 && ok2
}

// leaderShare is the leader's share of its alliance's military spending,
// averaged over the years.
func leaderShare(r *Record, leader string, from, to int) (float64, bool) {
	i := r.Index(leader)
	sum, n := 0.0, 0
	for y := from; y <= to; y++ {
		t := r.Tick(y)
		if t < 0 || i < 0 {
			continue
		}
		a := r.Holder(t, i)
		if a == nil || len(a.Members) < 2 {
			continue
		}
		total := 0.0
		for _, m := range a.Members {
			total += r.Nations[t][m].GDP * r.Nations[t][m].Share
		}
		own := r.Nations[t][i].GDP * r.Nations[t][i].Share
		if total > 0 {
			sum += own / total
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

func share(r *Record, state string, year int) (float64, bool) {
	t, i := r.Tick(year), r.Index(state)
	if t < 0 || i < 0 || !r.Nations[t][i].Active {
		return 0, false
	}
	return r.Nations[t][i].Share, true
}

// inBand is the share of the listed states in the system whose defence
// share lies in [lo, hi] in a year.
func inBand(r *Record, states []string, year int, lo, hi float64) (float64, bool) {
	t := r.Tick(year)
	in, n := 0, 0
	for _, s := range states {
		i := r.Index(s)
		if t < 0 || i < 0 || !r.Nations[t][i].Active {
			continue
		}
		n++
		if v := r.Nations[t][i].Share; v >= lo && v <= hi {
			in++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(in) / float64(n), true
}

// neutralsStayOut reports whether no neutral state ever shared an alliance
// with the USA or the USSR.
func neutralsStayOut(r *Record) bool {
	leaders := []int{r.Index("USA"), r.Index("RUS")}
	for t := range r.Years {
		for _, s := range neutrals {
			i := r.Index(s)
			if i < 0 {
				continue
			}
			for _, l := range leaders {
				if l >= 0 && r.Allied(t, i, l) {
					return false
				}
			}
		}
	}
	return true
}

// neutralShares compares the European neutrals' mean defence share in 1968
// with the reference data: a check that states outside the blocs do not
// arm as if they faced the USSR alone.
func neutralShares(h *History) Target {
	sum, n := 0.0, 0
	for _, s := range neutrals {
		if ref, ok := h.Share(s, 1968); ok {
			sum += ref.Value
			n++
		}
	}
	mean := sum / math.Max(1, float64(n))
	return Target{
		Name: "European neutrals' mean defence share, 1968", Source: "SIPRI (SWD, SWZ, AUS, IRE, FIN)",
		History: format(mean, "%"), Unit: "%", Lo: mean - 0.02, Hi: mean + 0.02, Extra: true,
		Measure: func(r *Record) (float64, bool) {
			sum, n := 0.0, 0
			for _, s := range neutrals {
				if v, ok := share(r, s, 1968); ok {
					sum += v
					n++
				}
			}
			return sum / math.Max(1, float64(n)), n > 0
		},
	}
}

// cohesiveYears is the share of the years in which the leader's alliance
// had cohesion at or above the strain level.
func cohesiveYears(r *Record, leader string, from, to int, strain float64) (float64, bool) {
	i := r.Index(leader)
	ok, n := 0, 0
	for y := from; y <= to; y++ {
		t := r.Tick(y)
		if t < 0 || i < 0 {
			continue
		}
		n++
		if a := r.Holder(t, i); a != nil && a.Cohesion >= strain {
			ok++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(ok) / float64(n), true
}
