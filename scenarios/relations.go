package scenarios

import (
	"fmt"
	"slices"

	"entente/sim"
)

// checkRelations checks the [[rivalry]] or [[tie]] entries (table) and
// returns them resolved; levels must be in [lo, 1]. A rivalry may leave its
// level to the model (h_rival); a tie may not. Two entries may declare one
// pair only over years that do not overlap (two spells of a rivalry).
func (l *loader) checkRelations(table string, ts []relationTable, lo float64, yearsOK bool) []sim.Relation {
	out := make([]sim.Relation, 0, len(ts))
	type spell struct{ entry, from, to int64 }
	seen := map[[2]int][]spell{} // unordered pair → the spells declared so far
	s := &l.scenario
	for k, t := range ts {
		at := func(key, format string, args ...any) { l.errf(table, k, key, format, args...) }
		a, okA := l.requiredNation(table, k, "a", t.A)
		b, okB := l.requiredNation(table, k, "b", t.B)
		level := t.Level
		switch {
		case !l.has(table, k, "level") && table == "rivalry":
			level = -1 // the model's h_rival
		case !l.has(table, k, "level"):
			at("level", "is required")
		case t.Level < lo || t.Level > 1:
			at("level", "must be in [%g, 1], got %g", lo, t.Level)
		}
		if t.Ideological && table != "rivalry" {
			at("ideological", "applies to a rivalry only")
		}
		from, to := t.From, t.To
		if !l.has(table, k, "from") {
			from = s.StartYear
		}
		if !l.has(table, k, "to") {
			to = s.EndYear
		}
		spanOK := true
		if (yearsOK || l.has(table, k, "from") && l.has(table, k, "to")) && from > to {
			at("to", "must not be before from (%d), got %d", from, to)
			spanOK = false
		} else if yearsOK && (to < s.StartYear || from > s.EndYear) {
			at("from", "the years %d–%d are outside the run, %d–%d", from, to, s.StartYear, s.EndYear)
			spanOK = false
		}
		if !okA || !okB || !spanOK {
			continue
		}
		if a == b {
			at("b", "must differ from a (%s)", t.A)
			continue
		}
		pair := [2]int{min(a, b), max(a, b)}
		clash := slices.IndexFunc(seen[pair], func(o spell) bool { return from <= o.to && o.from <= to })
		if clash >= 0 {
			at("", "declares %s and %s again over overlapping years (first at %s[%d])", t.A, t.B, table, seen[pair][clash].entry)
			continue
		}
		seen[pair] = append(seen[pair], spell{int64(k), from, to})
		r := sim.Relation{A: a, B: b, Level: level, Ideological: t.Ideological}
		if yearsOK {
			tpy := s.TicksPerYear
			// from before the start counts from the start: clamped before
			// the product, which a year such as -9e18 would overflow.
			r.From = int((max(from, s.StartYear) - s.StartYear) * tpy)
			if to < s.EndYear {
				r.Until = int((to + 1 - s.StartYear) * tpy)
			}
		}
		out = append(out, r)
	}
	return out
}

// checkWarPact checks an alliance's made_in_war, war_ends and
// war_ends_month and sets ac's war and the tick in which it ends.
func (l *loader) checkWarPact(k int, t allianceTable, ac *sim.AllianceConfig) {
	at := func(key, format string, args ...any) { l.errf("alliance", k, key, format, args...) }
	dated, month := l.has("alliance", k, "war_ends"), l.has("alliance", k, "war_ends_month")
	if (dated || month) && !t.MadeInWar {
		key := "war_ends"
		if !dated {
			key = "war_ends_month"
		}
		at(key, "dates the end of the war the pact was made in: it needs made_in_war = true")
		return
	}
	ac.MadeInWar = t.MadeInWar
	if tick, ok := l.allianceDate(k, "war_ends", t.WarEnds, t.WarEndsMonth); ok {
		ac.WarEnds = tick // without a date: over by the start
	}
}

// checkRenewal checks an alliance's renewal and renewal_month and sets
// ac's renewal and the tick in which its term ends.
func (l *loader) checkRenewal(k int, t allianceTable, ac *sim.AllianceConfig) {
	tick, ok := l.allianceDate(k, "renewal", t.Renewal, t.RenewalMonth)
	switch {
	case !ok:
	case t.Renewal < l.scenario.StartYear:
		// The term in force at the start cannot have ended before it.
		l.errf("alliance", k, "renewal", "must not be before start_year (%d), got %d: the term in force at the start ends at or after it", l.scenario.StartYear, t.Renewal)
	default:
		ac.Renews, ac.Renewal = true, tick
	}
}

// allianceDate checks an alliance's date, a year under key and its month
// under key_month (default 1), and returns the tick in which it falls (0
// when it is before the start) and whether it is given and valid.
func (l *loader) allianceDate(k int, key string, year, month int64) (int, bool) {
	at := func(key, format string, args ...any) { l.errf("alliance", k, key, format, args...) }
	monthKey := key + "_month"
	dated, hasMonth := l.has("alliance", k, key), l.has("alliance", k, monthKey)
	switch {
	case hasMonth && !dated:
		at(monthKey, "needs %s, the year", key)
		return 0, false
	case !dated:
		return 0, false
	}
	if !hasMonth {
		month = 1
	}
	switch {
	case year < -maxYear || year > maxYear:
		at(key, "must be in [%d, %d], got %d", -maxYear, maxYear, year)
	case month < 1 || month > 12:
		at(monthKey, "must be in [1, 12], got %d", month)
	default:
		// A date before the start falls at a tick below 0: clamped to 0
		// (the year is within the calendar's bound, so the product holds).
		return int(max(0, l.scenario.tickAt(year, month))), true
	}
	return 0, false
}

// checkAlliances checks the [[alliance]] entries and returns them resolved.
func (l *loader) checkAlliances() []sim.AllianceConfig {
	out := make([]sim.AllianceConfig, 0, len(l.alliances))
	for k, t := range l.alliances {
		at := func(key, format string, args ...any) { l.errf("alliance", k, key, format, args...) }
		ac := sim.AllianceConfig{Name: t.Name, Target: t.Target, Cohesion: t.Cohesion, Pooling: t.Pooling, Organised: t.Organised, Bilateral: t.Bilateral}
		if t.Founded != 0 {
			if t.Founded > l.scenario.StartYear {
				at("founded", "must not be after start_year (%d), got %d", l.scenario.StartYear, t.Founded)
			} else if t.Founded < -maxYear {
				// The calendar's bound, as start_year's: an age from a year
				// such as -9.2e18 overflows and turns negative.
				at("founded", "must be in [%d, %d], got %d", -maxYear, maxYear, t.Founded)
			} else {
				ac.Age = float64(l.scenario.StartYear - t.Founded)
			}
		}
		l.checkWarPact(k, t, &ac)
		l.checkRenewal(k, t, &ac)
		if !l.has("alliance", k, "members") {
			at("members", "is required")
		} else if len(t.Members) < 2 {
			at("members", "must list at least two nations, got %d", len(t.Members))
		} else if t.Bilateral && len(t.Members) != 2 {
			at("bilateral", "marks a treaty of two, but members lists %d nations", len(t.Members))
		}
		seen := map[string]int{}
		for j, id := range t.Members {
			key := fmt.Sprintf("members[%d]", j)
			if first, dup := seen[id]; dup {
				at(key, "%q is already members[%d]", id, first)
				continue
			}
			seen[id] = j
			if i, ok := l.nationRef("alliance", k, key, id); ok {
				ac.Members = append(ac.Members, i)
			}
		}
		for _, v := range []struct {
			key string
			x   float64
		}{{"target", t.Target}, {"cohesion", t.Cohesion}, {"pooling", t.Pooling}} {
			if v.x < 0 || v.x > 1 {
				at(v.key, "must be in [0, 1], got %g", v.x)
			}
		}
		out = append(out, ac)
	}
	return out
}
