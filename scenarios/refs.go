package scenarios

import (
	"fmt"
	"slices"
	"strings"

	"entente/sim"
)

// nationRef resolves a nation id given at a key of an entry, reporting an
// unknown one.
func (l *loader) nationRef(table string, index int, key, id string) (int, bool) {
	i, ok := l.ids[id]
	if !ok && !l.anyBad("nation", "id") { // else it may be the id in error
		l.errf(table, index, key, "unknown nation %q", id)
	}
	return i, ok
}

// requiredNation resolves the nation id a required key gives.
func (l *loader) requiredNation(table string, index int, key, id string) (int, bool) {
	if !l.has(table, index, key) {
		l.errf(table, index, key, "is required")
		return 0, false
	}
	return l.nationRef(table, index, key, id)
}

// group resolves the GROUP strings an event gives at key: nation ids
// (resolved to indices), camp:NAME and region:NAME (kept as names: the
// engine resolves them when the event fires, since camps change), or all.
func (l *loader) group(k int, key string, items []string) sim.Group {
	g, _ := l.groupOf(k, key, items, false)
	return g
}

// warSide resolves a war's side at key: a group, where items of the form
// outside:NAME name enemies that are not among the scenario's states
// (North Vietnam, which the Cold War scenario does not model, against the
// United States). A side may be all outside; the engine then has no enemy
// to match, and its belligerents pay their own war's costs
// (sim/warbudget.go). The names are returned as given.
func (l *loader) warSide(k int, key string, items []string) (sim.Group, []string) {
	return l.groupOf(k, key, items, true)
}

// groupOf is group, with the names of outside:NAME items when outsideOK
// (a war's side) and an error for them otherwise.
func (l *loader) groupOf(k int, key string, items []string, outsideOK bool) (sim.Group, []string) {
	var g sim.Group
	var outside []string
	if len(items) == 0 {
		l.errf("event", k, key, "must not be empty")
		return g, nil
	}
	for j, s := range items {
		at := fmt.Sprintf("%s[%d]", key, j)
		prefix, name, qualified := strings.Cut(s, ":")
		switch {
		case s == "all":
			g.All = true
		case qualified && prefix == "outside" && !outsideOK:
			l.errf("event", k, at, "outside:NAME names a state outside the scenario; only a war's sides may (a war against it)")
		case qualified && prefix == "outside":
			_, inside := l.ids[name]
			switch {
			case name == "":
				l.errf("event", k, at, "outside: needs the name of a state outside the scenario (outside:NAME)")
			case inside:
				l.errf("event", k, at, "%s is one of the scenario's states: list it as %q, not as outside:%s", name, name, name)
			case slices.Contains(outside, name):
				l.errf("event", k, at, "outside:%s is listed twice", name)
			default:
				outside = append(outside, name)
			}
		case qualified && prefix == "camp":
			if name == "" {
				l.errf("event", k, at, "camp: needs a camp name (camp:NAME)")
			} else if !slices.Contains(g.Camps, name) {
				g.Camps = append(g.Camps, name)
			}
		case qualified && prefix == "region":
			if !l.hasRegion(name) && !l.anyBad("nation", "region") {
				l.errf("event", k, at, "no nation has region %q", name)
			} else if !slices.Contains(g.Regions, name) {
				g.Regions = append(g.Regions, name)
			}
		case qualified:
			l.errf("event", k, at, "unknown group %q (want a nation id, camp:NAME, region:NAME or all)", s)
		default:
			if i, ok := l.nationRef("event", k, at, s); ok && !slices.Contains(g.Nations, i) {
				g.Nations = append(g.Nations, i)
			}
		}
	}
	return g, outside
}

// hasRegion reports whether some nation has the region name.
func (l *loader) hasRegion(name string) bool {
	for i := range l.nations {
		if name != "" && l.nations[i].Region == name {
			return true
		}
	}
	return false
}

// allianceRef resolves an event's alliance key: "all", or the id of a
// nation whose alliances the event changes.
func (l *loader) allianceRef(k int, id string) sim.AllianceRef {
	if id == "all" {
		return sim.AllianceRef{All: true}
	}
	if l.isAllianceName(id) {
		return sim.AllianceRef{Name: id, Holder: -1}
	}
	if l.anyBad("alliance", "name") {
		i, _ := l.ids[id] // it may be the name in error
		return sim.AllianceRef{Holder: i}
	}
	i, _ := l.nationRef("event", k, "alliance", id)
	return sim.AllianceRef{Holder: i}
}

// isAllianceName reports whether id names one of the scenario's [[alliance]]
// tables (and no nation: an id that is a nation's refers to the nation).
func (l *loader) isAllianceName(id string) bool {
	_, isNation := l.ids[id]
	return !isNation && slices.ContainsFunc(l.alliances, func(a allianceTable) bool { return a.Name == id })
}
