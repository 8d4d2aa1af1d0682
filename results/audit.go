package results

import (
	"fmt"
	"slices"
	"strings"

	"entente/sim"
)

// membershipAudit checks that the event log explains every change in the
// alliances column of nations.csv: from one tick to the next, a nation's
// alliances change only by what that tick's joined, formed, left,
// dissolved and merged records say.
type membershipAudit struct {
	held []map[string]bool // per nation: the alliances it was in last tick
}

func newMembershipAudit(w *sim.World) *membershipAudit {
	m := &membershipAudit{held: make([]map[string]bool, len(w.Nations()))}
	for i := range m.held {
		m.held[i] = heldBy(w, i)
	}
	return m
}

func heldBy(w *sim.World, i int) map[string]bool {
	out := map[string]bool{}
	for _, a := range w.Memberships(i) {
		out[a.ID] = true
	}
	return out
}

// observe replays the tick's records over last tick's memberships and
// compares the result with the world's.
func (m *membershipAudit) observe(w *sim.World) error {
	index := map[string]int{}
	for i, n := range w.Nations() {
		index[n.ID] = i
	}
	byID := map[string]*sim.Alliance{}
	for _, a := range w.Alliances() {
		byID[a.ID] = a
	}
	for _, r := range w.Records() {
		i, hasNation := index[r.Nation]
		switch r.Kind {
		case sim.Joined:
			m.held[i][r.Alliance] = true
		case sim.Formed:
			for _, f := range byID[r.Alliance].Founders {
				m.held[f][r.Alliance] = true
			}
		case sim.Left:
			delete(m.held[i], r.Alliance)
		case sim.Dissolved:
			for k := range m.held {
				delete(m.held[k], r.Alliance)
			}
		case sim.Merged:
			if hasNation {
				clear(m.held[i])
			}
		}
	}
	var bad []string
	for i, n := range w.Nations() {
		now := heldBy(w, i)
		if !sameSet(now, m.held[i]) {
			bad = append(bad, fmt.Sprintf("%s is in %v, the event log says %v", n.ID, keys(now), keys(m.held[i])))
		}
		m.held[i] = now
	}
	if len(bad) > 0 {
		return fmt.Errorf("tick %d: memberships the event log does not explain: %s", w.Tick(), strings.Join(bad, "; "))
	}
	return nil
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
