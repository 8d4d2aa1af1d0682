package scenarios

import (
	"fmt"

	"entente/sim"
)

// checkRelations checks the [[rivalry]] or [[tie]] entries (table) and
// returns them resolved; levels must be in [lo, 1].
func (l *loader) checkRelations(table string, ts []relationTable, lo float64) []sim.Relation {
	out := make([]sim.Relation, 0, len(ts))
	first := map[[2]int]int{} // unordered pair → first entry that declares it
	for k, t := range ts {
		at := func(key, format string, args ...any) { l.errf(table, k, key, format, args...) }
		a, okA := l.requiredNation(table, k, "a", t.A)
		b, okB := l.requiredNation(table, k, "b", t.B)
		if !l.has(table, k, "level") {
			at("level", "is required")
		} else if t.Level < lo || t.Level > 1 {
			at("level", "must be in [%g, 1], got %g", lo, t.Level)
		}
		if !okA || !okB {
			continue
		}
		if a == b {
			at("b", "must differ from a (%s)", t.A)
			continue
		}
		pair := [2]int{min(a, b), max(a, b)}
		if j, dup := first[pair]; dup {
			at("", "declares %s and %s again (first at %s[%d])", t.A, t.B, table, j)
			continue
		}
		first[pair] = k
		out = append(out, sim.Relation{A: a, B: b, Level: t.Level})
	}
	return out
}

// checkAlliances checks the [[alliance]] entries and returns them resolved.
func (l *loader) checkAlliances() []sim.AllianceConfig {
	out := make([]sim.AllianceConfig, 0, len(l.alliances))
	for k, t := range l.alliances {
		at := func(key, format string, args ...any) { l.errf("alliance", k, key, format, args...) }
		ac := sim.AllianceConfig{Name: t.Name, Target: t.Target, Cohesion: t.Cohesion, Pooling: t.Pooling}
		if t.Founded != 0 {
			if t.Founded > l.scenario.StartYear {
				at("founded", "must not be after start_year (%d), got %d", l.scenario.StartYear, t.Founded)
			} else {
				ac.Age = float64(l.scenario.StartYear - t.Founded)
			}
		}
		if !l.has("alliance", k, "members") {
			at("members", "is required")
		} else if len(t.Members) < 2 {
			at("members", "must list at least two nations, got %d", len(t.Members))
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
