package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// toml writes the scenario: [scenario], the nations sorted by id, the
// rivalries and ties sorted by pair, the alliances, then the events by
// date (stable: events of one date keep the order they are listed in).
func (sc *scenario) toml() ([]byte, error) {
	w := &writer{}
	w.line("")
	w.line("[scenario]")
	w.str("name", sc.name, "")
	w.str("title", sc.title, "")
	w.multiline("description", sc.description)
	w.integer("start_year", sc.start, "MODEL.md section 7")
	w.integer("end_year", sc.end, "MODEL.md section 7 (inclusive)")
	w.integer("ticks_per_year", 1, "yearly: the data are annual")
	w.integer("share_years", startYears, "a start share is the median of the first three years with a figure: budget anchors take their burden over the same years")
	w.integer("seed", 1, "the default master seed")
	w.str("geometry", "geo", "positions are capitals in degrees")
	w.line("sources = [")
	for _, s := range sc.sources {
		w.line("  %s,", w.quote("sources", s))
	}
	w.line("]")

	nations := slices.Clone(sc.nations)
	slices.SortFunc(nations, func(a, b nation) int { return cmp.Compare(a.id, b.id) })
	for _, n := range nations {
		w.writeNation(n)
	}
	for _, t := range []struct {
		table string
		rels  []relation
	}{{"rivalry", sc.rivalries}, {"tie", sc.ties}} {
		rels := slices.Clone(t.rels)
		slices.SortFunc(rels, func(x, y relation) int {
			return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.from, y.from))
		})
		for _, r := range rels {
			w.context = fmt.Sprintf("%s %s–%s", t.table, r.a, r.b)
			w.line("")
			w.comment(r.why)
			w.line("[[%s]]", t.table)
			w.str("a", r.a, "")
			w.str("b", r.b, "")
			if !r.fromTSS {
				w.number("level", num{r.level, 2, "judgement on the record cited in source"})
			}
			if r.from != 0 && r.from != sc.start {
				w.integer("from", r.from, "first year in force")
			}
			if r.to != 0 && r.to != sc.end {
				w.integer("to", r.to, "last year in force")
			}
			if r.ideological {
				w.boolean("ideological", "a rivalry over political systems: its hostility grows with the regime distance")
			}
			if r.kinds != "" {
				w.str("kinds", r.kinds, "")
			}
			w.str("source", r.source, "")
		}
	}
	for _, a := range sc.alliances {
		w.context = "alliance " + a.name
		w.line("")
		w.comment(a.why)
		w.line("[[alliance]]")
		w.str("name", a.name, "")
		w.list("members", a.members, fmt.Sprintf("%d members", len(a.members)))
		if a.target.src != "" {
			w.number("target", a.target)
		}
		if a.founded != 0 {
			w.integer("founded", a.founded, cmp.Or(a.foundedSource, "North Atlantic Treaty signed 4 April 1949 (ATOP v4.01, atopid 3180)"))
		}
		if a.war != nil {
			w.boolean("made_in_war", a.war.why)
			if !a.war.ends.IsZero() {
				w.integer("war_ends", a.war.ends.Year(), a.war.endsWhy)
				w.integer("war_ends_month", int(a.war.ends.Month()), cowDay(a.war.ends))
			}
		}
		if a.bilateral {
			w.boolean("bilateral", fmt.Sprintf("a treaty of two parties on 1 January %d (ATOP v4.01, atopid %d): no other state accedes to it", sc.start, a.atopid))
		}
		if a.organised {
			w.boolean("organised", fmt.Sprintf("a multilateral treaty that provides for an organisation of its members (ATOP v4.01, atopid %d: organ1 above 0)", a.atopid))
		}
		if r := a.renewal; r != nil {
			w.integer("renewal", r.year, r.note)
			w.integer("renewal_month", r.month, fmt.Sprintf("%s %d", time.Month(r.month), r.year))
		}
		w.str("source", a.source, "")
	}
	events := slices.Clone(sc.events)
	slices.SortStableFunc(events, func(a, b event) int {
		return cmp.Or(cmp.Compare(a.year, b.year), cmp.Compare(max(a.month, 1), max(b.month, 1)))
	})
	for _, e := range events {
		w.writeEvent(e)
	}
	out := &writer{}
	out.comment(strings.Join(sc.header, "\n"))
	out.comment(judgementSummary(w.judged))
	out.buf.Write(w.buf.Bytes())
	return out.buf.Bytes(), w.err
}

// judgementSummary lists the numbers the scenario sets by judgement (not
// from a data file), so that a reader sees at the top how few there are
// and where each is; each is also marked "judgement" on its own line.
func judgementSummary(judged []string) string {
	if len(judged) == 0 {
		return "\nJudgement numbers: none; every number comes from a data file or a stated rule."
	}
	lines := []string{"", fmt.Sprintf("Judgement numbers (not from a data file; each marked \"judgement\" on its line, with why): %d", len(judged))}
	for _, j := range judged {
		lines = append(lines, "  "+j)
	}
	return strings.Join(lines, "\n")
}

func (w *writer) writeNation(n nation) {
	w.context = "nation " + n.id
	w.line("")
	w.line("[[nation]]")
	w.str("id", n.id, n.note)
	w.str("name", n.name, "")
	w.str("region", n.region, "")
	w.number("lat", n.lat)
	w.number("lon", n.lon)
	w.number("gdp", n.gdp)
	w.number("growth", n.growth)
	w.number("share", n.share)
	w.number("capability", n.capability)
	w.number("debt", n.debt)
	w.number("regime", n.regime)
	if n.regimeSince != nil {
		w.number("regime_since", *n.regimeSince)
	}
	if n.shareRegime != nil {
		w.number("share_regime", *n.shareRegime)
	}
	if n.reach != nil {
		w.number("reach", *n.reach)
	}
	if n.neutralSource != "" {
		w.boolean("neutral", "a declared policy of neutrality, see neutral_source")
		w.str("neutral_source", n.neutralSource, "")
	}
	if n.command != "" {
		w.boolean("command_economy", n.command)
	}
	if n.island != "" {
		w.boolean("island", n.island)
	}
	for _, f := range n.policy {
		w.number(f.key, num{f.v, 3, f.src})
	}
	w.str("source", n.source, "")
}

func (w *writer) writeEvent(e event) {
	w.context = fmt.Sprintf("event %d %q", e.year, e.label)
	w.line("")
	w.comment(e.why)
	w.line("[[event]]")
	w.integer("year", e.year, e.date)
	if e.month > 0 {
		w.integer("month", e.month, e.date)
	}
	w.str("kind", e.kind, "")
	w.str("label", e.label, "")
	switch e.kind {
	case "threat_shock", "detente":
		w.list("a", e.a, "")
		w.list("b", e.b, "")
		w.number("delta", e.delta)
	case "recession", "growth":
		w.list("nations", e.nations, "")
		w.number("delta", e.delta)
		w.number("duration", e.duration)
	case "regime_change":
		w.list("nations", e.nations, "")
		w.number("value", e.value)
	case "camp":
		w.list("nations", e.nations, "")
		w.str("camp", e.camp, "")
	case "target":
		w.str("alliance", e.alliance, allianceNote(e.alliance))
		w.number("value", e.value)
	case "doctrine":
		w.str("alliance", e.alliance, allianceNote(e.alliance))
		w.number("psi", e.psi)
	case "war":
		w.list("a", e.a, "")
		w.list("b", e.b, "")
		if e.duration.v > 0 {
			w.number("duration", e.duration)
		}
		if e.fighting.v > 0 {
			w.number("fighting", e.fighting)
		}
	case "entry":
		w.str("nation", e.nation, "")
		if e.alliance != "" {
			w.str("alliance", e.alliance, "the pact of the start it enters as a member of")
		}
	case "merge":
		w.str("nation", e.nation, "")
		w.str("into", e.into, "")
	case "territory":
		w.list("nations", e.nations, "")
		w.number("factor", e.value)
	default:
		if w.err == nil {
			w.err = fmt.Errorf("event %q: unknown kind %q", e.label, e.kind)
		}
	}
	w.str("source", e.source, "")
}

// allianceNote says what an event's alliance key names: an alliance of the
// start by its name, or the alliances that hold a nation.
func allianceNote(ref string) string {
	for _, name := range atopNames {
		if ref == name {
			return "the alliance of that name (at the start)"
		}
	}
	return "the alliances that hold this nation"
}
