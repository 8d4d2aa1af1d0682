package serve

import (
	"cmp"
	"entente/internal/words"
	"fmt"
	"slices"
	"strings"
	"time"

	"entente/sim"
)

// Line is one entry of the page's event ticker: what happened in a tick,
// in words a class can follow.
type Line struct {
	Kind     string `json:"kind"`     // formed, joined, left, strained, dissolved, default, entered, merged, event, live
	Alliance string `json:"alliance"` // the alliance's id, or ""
	Text     string `json:"text"`
}

// tickerLines tells the records of the world's last tick in plain
// language, one line per alliance and kind ("1949: the USA, the UK, France
// and 9 others form an alliance against the USSR's bloc"). A nation that
// joins an alliance in the tick it is founded counts as a founder.
func tickerLines(w *sim.World, nm namer) []Line {
	when := when(w.Config(), w.Tick())
	byID := map[string]*sim.Alliance{}
	for _, a := range w.Alliances() {
		byID[a.ID] = a
	}
	formed := map[string]bool{}
	for _, r := range w.Records() {
		if r.Kind == sim.Formed {
			formed[r.Alliance] = true
		}
	}
	type group struct {
		kind, alliance, cause string
		nations               []string
	}
	var groups []*group
	find := func(kind, alliance, cause string) *group {
		for _, g := range groups {
			if g.kind == kind && g.alliance == alliance && g.cause == cause {
				return g
			}
		}
		g := &group{kind: kind, alliance: alliance, cause: cause}
		groups = append(groups, g)
		return g
	}
	for _, r := range w.Records() {
		switch {
		case r.Kind == sim.Decided, r.Kind == sim.Undecided, r.Kind == sim.Blocked: // a class's pages tell these
		case r.Kind == sim.Joined && formed[r.Alliance], r.Kind == sim.Formed:
			find(sim.Formed, r.Alliance, "")
		case r.Kind == sim.Joined, r.Kind == sim.Defaulted:
			g := find(r.Kind, r.Alliance, "")
			g.nations = append(g.nations, r.Nation)
		case r.Kind == sim.Left:
			g := find(r.Kind, r.Alliance, leaveKind(r.Cause))
			g.nations = append(g.nations, r.Nation)
		default:
			g := find(r.Kind, r.Alliance, r.Cause)
			g.nations = append(g.nations, r.Nation)
		}
	}
	names := nationNames(w)
	var out []Line
	for _, g := range groups {
		a := byID[g.alliance]
		var text string
		kind := g.kind
		switch g.kind {
		case sim.Formed:
			text = fmt.Sprintf("%s form an alliance", listNames(spokenMembers(w, a.Members)))
			if t := against(w, a.Members); t != "" {
				text += " against " + t
			}
		case sim.Joined:
			text = fmt.Sprintf("%s %s %s", listNames(spokenIDs(names, g.nations)), words.Plural(len(g.nations), "joins", "join"), nm.name(w, a))
		case sim.Left:
			text = fmt.Sprintf("%s %s %s: %s", listNames(spokenIDs(names, g.nations)), words.Plural(len(g.nations), "leaves", "leave"), nm.name(w, a), leaveReason(g.cause, len(g.nations), names))
		case sim.Strained:
			text = fmt.Sprintf("%s is strained: %s", nm.name(w, a), strainReason(g.cause))
		case sim.Dissolved:
			reason := dissolveReason(g.cause)
			if id, ok := strings.CutPrefix(g.cause, "merged into "); ok && byID[id] != nil {
				reason = "it merges into " + nm.name(w, byID[id]) // the engine's id is no name for a class
			}
			text = fmt.Sprintf("%s dissolves: %s", nm.name(w, a), reason)
		case sim.Defaulted:
			text = fmt.Sprintf("%s %s on loans from %s allies", listNames(spokenIDs(names, g.nations)), words.Plural(len(g.nations), "defaults", "default"), words.Plural(len(g.nations), "its", "their"))
		case sim.Entered:
			text = fmt.Sprintf("%s %s (%s)", listNames(spokenIDs(names, g.nations)), words.Plural(len(g.nations), "appears", "appear"), g.cause)
		case sim.Merged:
			into := strings.TrimPrefix(g.cause, "into ")
			text = fmt.Sprintf("%s %s into %s", listNames(spokenIDs(names, g.nations)), words.Plural(len(g.nations), "merges", "merge"), cmp.Or(names[into], into))
		case "event:entry", "event:merge": // told by the entered and merged lines
			continue
		default: // a scenario event: its label says it
			kind = "event"
			text = eventText(g.kind, g.cause, names)
		}
		out = append(out, Line{Kind: kind, Alliance: g.alliance, Text: when + ": " + text})
	}
	return out
}

// when says a tick's date: the year, the quarter or the month.
func when(cfg *sim.Config, tick int) string {
	year := cfg.StartYear + tick/cfg.TicksPerYear
	switch part := tick % cfg.TicksPerYear; cfg.TicksPerYear {
	case 4:
		return fmt.Sprintf("%d Q%d", year, part+1)
	case 12:
		return fmt.Sprintf("%s %d", time.Month(part+1), year)
	}
	return fmt.Sprint(year)
}

func nationNames(w *sim.World) map[string]string {
	m := map[string]string{}
	for _, n := range w.Nations() {
		m[n.ID] = spoken(n.Name)
	}
	return m
}

func spokenIDs(names map[string]string, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = names[id]
	}
	return out
}

// spokenMembers names members, the strongest first.
func spokenMembers(w *sim.World, members []int) []string {
	ms := slices.Clone(members)
	ns := w.Nations()
	slices.SortStableFunc(ms, func(a, b int) int { return cmp.Compare(ns[b].Capability, ns[a].Capability) })
	out := make([]string, len(ms))
	for k, i := range ms {
		out[k] = spoken(ns[i].Name)
	}
	return out
}

// leader is an alliance's strongest member (its last members once
// dissolved), or -1.
func leader(w *sim.World, a *sim.Alliance) int {
	ms := a.Members
	if a.Dissolved {
		ms = a.LastMembers
	}
	best := -1
	for _, i := range ms {
		if best < 0 || w.Nations()[i].Capability > w.Nations()[best].Capability {
			best = i
		}
	}
	return best
}

// namer keeps the name each alliance was first given (by alliance id), so
// that a bloc keeps its name when its strongest member changes.
type namer map[string]string

// name is an alliance's name, the same as in the run's story, files and
// figures (sim.Alliance.Label): the scenario's, or after its strongest
// founder when it formed ("the USA's alliance").
func (nm namer) name(w *sim.World, a *sim.Alliance) string {
	if a == nil {
		return "an alliance"
	}
	if n, ok := nm[a.ID]; ok {
		return n
	}
	n := a.Label
	if n == "" {
		n = "alliance " + a.ID
		if l := leader(w, a); l >= 0 {
			n = sim.LeaderName(w.Nations()[l].Name)
		}
	}
	nm[a.ID] = n
	return n
}

// against names where most of the members' threat comes from: a state,
// or its bloc when it is allied ("the USSR's bloc"); "" when they perceive
// none.
func against(w *sim.World, members []int) string {
	best, most := -1, 0.0
	for l, n := range w.Nations() {
		if !n.Active || slices.Contains(members, l) {
			continue
		}
		t := 0.0
		for _, m := range members {
			t += w.ThreatFrom(m, l)
		}
		if t > most {
			best, most = l, t
		}
	}
	if best < 0 {
		return ""
	}
	name := spoken(w.Nations()[best].Name)
	if len(w.Memberships(best)) > 0 {
		return possessive(name) + " bloc"
	}
	return name
}

// rivalOfLeader begins the engine's cause for a member that left as a
// rival of its pact's leader; the leader's id follows.
const rivalOfLeader = "rival of the pact's leader, "

// aimedAtFellow ends the engine's cause for a member that left a pact
// because another of its pacts is aimed at a fellow member; the fellow's id
// follows.
const aimedAtFellow = ", a pact aimed at a fellow member, "

// aimedAtAlly ends the id in the engine's cause for a member that left a
// pact aimed at its ally in another pact it keeps; the cause begins
// "aimed at " and the ally's id.
const aimedAtAlly = ", its ally in "

// leaveKind sorts the engine's causes of departure into the reasons the
// ticker gives. A rival of the leader keeps the leader's id: one tick's
// departures from one alliance share a leader. A member whose other pact is
// aimed at a fellow keeps the fellow's id, not the other pact's; one that
// left a pact aimed at its ally in another keeps the ally's.
func leaveKind(cause string) string {
	switch {
	case strings.HasPrefix(cause, "no common threat"):
		return "no common threat"
	case strings.HasPrefix(cause, "value"):
		return "not worth it"
	}
	if _, fellow, ok := strings.Cut(cause, aimedAtFellow); ok && strings.HasPrefix(cause, "in ") {
		return "aimed at " + fellow
	}
	if rest, ok := strings.CutPrefix(cause, "aimed at "); ok {
		if ally, _, ok := strings.Cut(rest, aimedAtAlly); ok {
			return "aimed at its ally " + ally
		}
	}
	return cause
}

// leaveReason says why n members left, naming a leader by its spoken name.
func leaveReason(kind string, n int, names map[string]string) string {
	switch kind {
	case "no common threat":
		return words.Plural(n, "it no longer fears what its allies fear", "they no longer fear what their allies fear")
	case "not worth it":
		return "staying costs more than it protects"
	}
	if id, ok := strings.CutPrefix(kind, rivalOfLeader); ok {
		return words.Plural(n, "it has become a rival of ", "they have become rivals of ") + cmp.Or(names[id], id)
	}
	if id, ok := strings.CutPrefix(kind, "aimed at its ally "); ok {
		return words.Plural(n, "the pact is aimed at its ally ", "the pact is aimed at their ally ") + cmp.Or(names[id], id)
	}
	if id, ok := strings.CutPrefix(kind, "aimed at "); ok {
		return words.Plural(n, "another of its pacts is aimed at ", "other pacts of theirs are aimed at ") + cmp.Or(names[id], id)
	}
	return kind
}

// eventText tells a scenario event: its label, with nation ids named
// ("YUG leaves the communist camp" → "Yugoslavia leaves the communist
// camp"), and a regime change as the direction it goes.
func eventText(kind, cause string, names map[string]string) string {
	id, rest, _ := strings.Cut(cause, " ")
	name, ok := names[id]
	if !ok {
		return cause
	}
	if kind == "event:regime_change" {
		var from, to float64
		if _, err := fmt.Sscanf(rest, "regime %g → %g", &from, &to); err == nil {
			dir := "more democratic"
			if to < from {
				dir = "more autocratic"
			}
			return fmt.Sprintf("%s becomes %s (Polity2 %g → %g)", name, dir, from, to)
		}
	}
	return name + " " + rest
}

var reasons = map[string]string{
	"weak common threat": "its members no longer face a common threat",
	"burden gap":         "some members pay far more than others",
	"divergence":         "its members have grown apart (regimes, camps or power)",
	"fiscal stress":      "its members are short of money",
	"defaults":           "members have defaulted on their allies' loans",
}

func strainReason(cause string) string { return cmp.Or(reasons[cause], cause) }

func dissolveReason(cause string) string {
	if i := strings.LastIndex(cause, "("); i >= 0 && strings.HasSuffix(cause, ")") {
		if r, ok := reasons[cause[i+1:len(cause)-1]]; ok {
			return r
		}
	}
	if strings.HasPrefix(cause, "fewer than two members") {
		return "fewer than two members are left"
	}
	return cause
}
