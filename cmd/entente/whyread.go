package main

// The readings of entente why as text: a state, a pact of two, a
// candidacy, with history beside them and the next tick's events.

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"entente/agents"
	"entente/sim"
	"entente/validate"
)

// reading is one query's answer: the lines printed, and the readings as
// JSON gives them.
type reading struct {
	Query   string                     `json:"query"`
	Nation  *nationJSON                `json:"nation,omitempty"`
	Pact    *pactJSON                  `json:"pact,omitempty"`
	Joins   []joinJSON                 `json:"joins,omitempty"`
	Members []standJSON                `json:"standings,omitempty"`
	ATOP    *atopJSON                  `json:"atop,omitempty"`
	History string                     `json:"history,omitempty"`
	Next    []recordJSON               `json:"next_tick"`
	ids     []string                   // the states asked about
	before  map[string]map[string]bool // the alliances each is in before the next tick
	Lines   []string                   `json:"-"`
}

func (q query) read(w *sim.World, hist *validate.History) reading {
	ns := w.Nations()
	r := reading{Query: q.text, Next: []recordJSON{}}
	year := int(math.Floor(w.Year()))
	// The states the question is about, and the alliances each is in now:
	// the next tick's events that concern them (attachNext).
	mentions := func(ids ...int) {
		r.before = map[string]map[string]bool{}
		for _, i := range ids {
			r.ids = append(r.ids, ns[i].ID)
			in := map[string]bool{}
			for _, a := range w.Memberships(i) {
				in[a.ID] = true
			}
			r.before[ns[i].ID] = in
		}
	}
	switch {
	case q.atop != 0:
		a, in := readATOP(w, hist, q, year)
		r.ATOP = &a
		r.Lines = atopLines(a)
		mentions(in...)
	case q.key != "" && len(q.alliance) == 0:
		r.History = "no live alliance " + q.key
		r.Joins = []joinJSON{}
		r.Lines = append(r.Lines, fmt.Sprintf("%s: no live alliance %s", q.text, q.key))
		if q.nation >= 0 {
			mentions(q.nation)
		}
	case q.nation < 0:
		// An alliance as a whole: its state and each member's tests of
		// staying.
		var all []int
		for _, a := range q.alliance {
			r.Lines = append(r.Lines, fmt.Sprintf("%s: cohesion %.2f, target %.1f %% of GDP, institutionalisation %.2f", allianceLabel(w, a), a.Cohesion, 100*a.Target, a.Institution))
			for _, m := range a.Members {
				s := standJSONOf(w, w.WhyStanding(m, a))
				s.Nation = ns[m].ID
				r.Members = append(r.Members, s)
				r.Lines = append(r.Lines, fmt.Sprintf("  %s: %s", ns[m].ID, s.text))
				all = append(all, m)
			}
		}
		mentions(all...)
	case q.alliance != nil:
		id := ns[q.nation].ID
		for _, a := range q.alliance {
			if a.Has(q.nation) {
				s := standJSONOf(w, w.WhyStanding(q.nation, a))
				r.Members = append(r.Members, s)
				r.Lines = append(r.Lines, fmt.Sprintf("%s in %s: a member", id, allianceLabel(w, a)))
				r.Lines = append(r.Lines, "  "+s.text)
				continue
			}
			j := w.WhyJoin(q.nation, a)
			jj := joinJSONOf(w, j)
			r.Joins = append(r.Joins, jj)
			r.Lines = append(r.Lines, fmt.Sprintf("%s joining %s:", id, allianceLabel(w, a)))
			if hist != nil {
				r.History = alliedWith(w, hist, q.nation, a, year)
				r.Lines = append(r.Lines, "  history (ATOP): "+r.History)
			}
			if j.Closed != "" {
				r.Lines = append(r.Lines, "  not weighed: "+j.Closed)
				continue
			}
			r.Lines = append(r.Lines, "  "+sideText(id, j.Side, w.Config().Params))
			r.Lines = append(r.Lines, "  "+verdict(j.Side.Fails == "", id+" may join: it does when this is its best option and has been for deliberation's years (its reading as a nation says)", id+" is not admitted: "+j.Side.Fails))
		}
		mentions(q.nation)
	case q.b >= 0:
		p := w.WhyPact(q.nation, q.b)
		a, b := ns[q.nation].ID, ns[q.b].ID
		pj := pactJSONOf(w, p)
		r.Pact = &pj
		r.Lines = append(r.Lines, fmt.Sprintf("%s–%s, a new pact of the two:", a, b))
		if hist != nil {
			r.History = alliedYears(w, hist, a, b)
			r.Lines = append(r.Lines, "  history (ATOP): "+r.History)
		}
		if p.Closed != "" {
			r.Lines = append(r.Lines, "  not weighed: "+p.Closed)
		} else {
			r.Lines = append(r.Lines, fmt.Sprintf("  it would start at cohesion %.2f", p.Cohesion))
			for s, id := range []string{a, b} {
				r.Lines = append(r.Lines, "  "+sideText(id, p.Sides[s], w.Config().Params))
			}
			switch {
			case p.Sides[0].Fails != "":
				r.Lines = append(r.Lines, "  "+verdict(false, "", "it does not form: "+a+"'s "+p.Sides[0].Fails))
			case p.Sides[1].Fails != "":
				r.Lines = append(r.Lines, "  "+verdict(false, "", "it does not form: "+b+"'s "+p.Sides[1].Fails))
			default:
				r.Lines = append(r.Lines, "  "+verdict(true, "both founders pass: it forms when it is the best option of the one that acts first and has been for deliberation's years", ""))
			}
		}
		mentions(q.nation, q.b)
	default:
		y := w.Why(q.nation)
		nj := nationJSONOf(w, y)
		r.Nation = &nj
		r.Lines = nationText(w, y)
		if hist != nil {
			r.History = historyOf(w, hist, ns[q.nation].ID, year)
			r.Lines = append(r.Lines[:1], append([]string{"  history: " + r.History}, r.Lines[1:]...)...)
		}
		mentions(q.nation)
	}
	return r
}

// attachNext adds the next tick's events that concern the reading's
// states: their own, and those of an alliance one of them is in before
// the tick or after it (after: the world the tick left; the founder's
// partner is a member of the pact it formed).
func (r *reading) attachNext(after *sim.World, recs []sim.Record) {
	for _, rec := range recs {
		for _, id := range r.ids {
			if rec.Nation == id || rec.Alliance != "" && (r.before[id][rec.Alliance] || inAlliance(after, rec.Alliance, id)) {
				r.Next = append(r.Next, recordJSON(rec))
				break
			}
		}
	}
	if len(r.Next) == 0 {
		r.Lines = append(r.Lines, "  the next tick: no event of it")
		return
	}
	r.Lines = append(r.Lines, "  the next tick's events:")
	for _, rec := range r.Next {
		line := strings.Join(strings.Fields(fmt.Sprintf("%s %s %s %s", yearLabel(rec.Year, after.Config().TicksPerYear), rec.Kind, rec.Alliance, rec.Nation)), " ")
		if rec.Cause != "" {
			line += ": " + rec.Cause
		}
		r.Lines = append(r.Lines, "    "+line)
	}
}

// inAlliance reports whether nation id is a member of the alliance with
// that ID as the world stands.
func inAlliance(w *sim.World, allianceID, id string) bool {
	for _, a := range w.Alliances() {
		if a.ID != allianceID {
			continue
		}
		for _, m := range a.Members {
			if w.Nations()[m].ID == id {
				return true
			}
		}
	}
	return false
}

func allianceLabel(w *sim.World, a *sim.Alliance) string {
	ids := make([]string, len(a.Members))
	for k, m := range a.Members {
		ids[k] = w.Nations()[m].ID
	}
	label := a.ID
	if a.Name != "" && a.Name != a.ID {
		label += " (" + a.Name + ")"
	}
	return fmt.Sprintf("%s, members %s", label, strings.Join(ids, " "))
}

func verdict(pass bool, yes, no string) string {
	if pass {
		return "→ " + yes
	}
	return "→ " + no
}

// valueText names a value's terms as the event log does.
func valueText(v agents.MembershipValue) string {
	return fmt.Sprintf("%.3f (security %.3f, entrapment %.3f, burden %.3f, autonomy %.3f, neutrality %.3f, commitment %.3f%s)",
		v.Value, v.Security, v.Entrapment, v.Burden, v.Autonomy, v.Neutrality, v.Commitment, pullText(v))
}

// pullText is the part of a value its terms do not give: a community's
// pull on a candidate (community.go).
func pullText(v agents.MembershipValue) string {
	rest := v.Beyond()
	if math.Abs(rest) < 5e-4 {
		return ""
	}
	return fmt.Sprintf(", a community's pull %.3f", rest)
}

func sideText(id string, s sim.Side, p sim.Params) string {
	adm := "no admission test: " + id + "'s partners fear no adversary of the pact"
	if s.Shared {
		adm = fmt.Sprintf("admission κ %.3f (the partners' scoped κ toward it, times a reach of %.3f) against κ_admit %.3f", s.Admission, s.Reach, p.KappaAdmit)
	}
	if s.Protege {
		adm = fmt.Sprintf("no admission test: the weaker founder, whom the stronger guarantees (its admission κ, %.3f against κ_admit %.3f, is not asked)", s.Admission, p.KappaAdmit)
		if !s.Shared {
			adm = "no admission test: the weaker founder, whom the stronger guarantees (its partner fears no adversary of the pact, which is not asked of it)"
		}
	}
	return fmt.Sprintf("%s: value %s; %s", id, valueText(s.Value), adm)
}

func nationText(w *sim.World, y sim.Why) []string {
	ns := w.Nations()
	n := ns[y.Nation]
	lines := []string{fmt.Sprintf("%s (%s)", n.ID, n.Name)}
	if !n.Active {
		return append(lines, "  not in the system")
	}
	var src []string
	for k, s := range y.Sources {
		if k == 5 || s.Part < 0.01 {
			break
		}
		src = append(src, fmt.Sprintf("%s %.0f %% (hostility %.2f × exposure %.2f × forces %.3g)", ns[s.From].ID, 100*s.Part, s.Hostility, s.Proximity, s.Force))
	}
	if len(src) == 0 {
		src = append(src, "nobody")
	}
	lines = append(lines, fmt.Sprintf("  threat %.3g as perceived now, from %s (its budget answers the threat of budget_lag before: its burden, below)", y.Threat, strings.Join(src, ", ")))
	if b := y.Budget; b.Set {
		rule := b.Terms.Unbounded(b.Anchor.Share, b.Pull)
		bound := ""
		switch {
		case rule > n.Policy.MaxShare:
			bound = fmt.Sprintf(", %.2f %% held to its ceiling", 100*rule)
		case rule < n.Policy.MinShare:
			bound = fmt.Sprintf(", %.2f %% raised to its floor", 100*rule)
		}
		if b.Held {
			bound += fmt.Sprintf("; the share's rise from %.2f %% held to share_rise's %.0f %% a year", 100*b.Before, 100*w.Config().Params.ShareRise)
		}
		regime := "" // shown where the regime has fallen below the anchor's
		if b.Terms.Regime != 1 {
			regime = fmt.Sprintf(" × regime term %.3f (Polity2 %.3g against %.3g at the anchor)", b.Terms.Regime, b.Regime, b.Anchor.Regime)
		}
		returned := "" // shown where the anchor has returned toward the era's median
		if b.Returned != 1 {
			returned = fmt.Sprintf(" (its %.2f %% returned toward the era's median %.2f %% over %.1f years of a threat below its anchor's)", 100*b.Anchor.Share/b.Returned, 100*b.EraMedian, b.ReturnYears)
		}
		lines = append(lines, fmt.Sprintf("  budget: %.2f %% of GDP; the peace rule's desire %.2f %% = anchor %.2f %%%s × threat term %.3f (burden %.3g against %.3g at the anchor) × income term %.3f%s + pull %.2f pt − brake %.2f pt%s",
			100*b.Share, 100*b.Peace, 100*b.Anchor.Share, returned, b.Terms.Threat, b.Burden, b.Anchor.Burden, b.Terms.Income, regime, 100*b.Pull, 100*b.Terms.Brake, bound))
		if wr := b.War; wr != nil {
			var en []string
			for _, e := range wr.Enemies {
				en = append(en, ns[e].ID)
			}
			matched := fmt.Sprintf("%.2f %% of its side's GDP", 100*wr.Match)
			if wr.Match > wr.Cap {
				matched += fmt.Sprintf(", held to war_cap's %.2f %%", 100*wr.Cap)
			}
			lines = append(lines, fmt.Sprintf("  at war with %s: its war demands %.2f %% of GDP, the larger of the enemies' spending matched (%s) and its own war's costs (%.2f %%), held to its ceiling of %.2f %%, for %.0f %% of the tick; the share moves toward it at the budget's speed",
				strings.Join(en, " "), 100*b.Desired, matched, 100*wr.Effort, 100*wr.Ceiling, 100*wr.Part))
		}
		lines = append(lines, fmt.Sprintf("  its burden: threat %.3g and its alliances' %.3g, its own forces %.3g giving %.0f %% of its protection", b.Threat, b.AllianceThreat, b.Forces, 100*b.OwnShare))
	}
	if len(y.Standings) == 0 {
		lines = append(lines, "  in no alliance")
	}
	for _, a := range y.Standings {
		lines = append(lines, "  in "+allianceLabel(w, a.Alliance)+":")
		lines = append(lines, "    "+standText(w, a))
	}
	switch {
	case y.Waiting:
		lines = append(lines, "  it joined or founded a pact less than a year ago: it does not act at the next tick")
	case y.Next == nil:
		lines = append(lines, "  no option to join or found a pact passes its tests")
	default:
		what := "join " + y.Next.Target
		if y.Next.Action == sim.Found {
			what = "found a pact with " + y.Next.Target
		}
		acts := "it does not act on it at the next tick"
		if y.Acts {
			acts = "it acts on it at the next tick, if the tick's events and the nations before it leave it so"
		}
		lines = append(lines, fmt.Sprintf("  its best option: %s, value %s; it has meant to ally for %s of the %s years deliberation asks: %s",
			what, valueText(y.Next.Value), yearsText(y.Held), yearsText(w.Config().Params.Deliberation), acts))
	}
	return lines
}

// yearsText is a span of years as the ticks count it: whole at one tick
// a year, to the quarter or the month otherwise.
func yearsText(y float64) string {
	if y == math.Trunc(y) {
		return strconv.FormatFloat(y, 'f', 0, 64)
	}
	return strconv.FormatFloat(y, 'f', 2, 64)
}

func standText(w *sim.World, s sim.Standing) string {
	p := w.Config().Params
	parts := []string{fmt.Sprintf("value of staying %s against its exit level %.3f (v_exit %.2f less what holds it), below it %s of the %s years it leaves after",
		valueText(s.Value), s.ExitLevel, p.ExitValue, yearsText(s.Years.Value), yearsText(s.Patience))}
	if s.Shared {
		parts = append(parts, fmt.Sprintf("its fellows' κ toward its threat %.3f against %.3f, below it %s years", s.Kappa, s.KappaStay, yearsText(s.Years.Kappa)))
	} else {
		parts = append(parts, "it fears none of the pact's adversaries (no κ test)")
	}
	if s.Rival != "" {
		parts = append(parts, fmt.Sprintf("a rival of its leader %s for %s years", s.Rival, yearsText(s.Years.Rival)))
	}
	if s.AtWar != "" {
		parts = append(parts, "at war with a stronger fellow, "+s.AtWar)
	}
	if s.Crossed != "" {
		parts = append(parts, fmt.Sprintf("crossed: %s, for %s years", s.Crossed, yearsText(s.Years.Crossed)))
	}
	return strings.Join(parts, "; ")
}

// alliedYears says in which of the scenario's years ATOP has a and b
// allied: "allied 1951–1990", "allied 1951–1960, 1965", or "never allied
// in 1950–1990".
func alliedYears(w *sim.World, h *validate.History, a, b string) string {
	cfg := w.Config()
	var spans []string
	from := -1
	flush := func(to int) {
		if from < 0 {
			return
		}
		if from == to {
			spans = append(spans, strconv.Itoa(from))
		} else {
			spans = append(spans, fmt.Sprintf("%d–%d", from, to))
		}
		from = -1
	}
	last := min(cfg.EndYear, validate.ATOPLast)
	for y := cfg.StartYear; y <= last; y++ {
		if h.Allied(a, b, y) {
			if from < 0 {
				from = y
			}
			continue
		}
		flush(y - 1)
	}
	flush(last)
	after := ""
	if last < cfg.EndYear {
		after = fmt.Sprintf(" (ATOP ends in %d)", last)
	}
	if len(spans) == 0 {
		return fmt.Sprintf("never allied in %d–%d%s", cfg.StartYear, last, after)
	}
	return "allied " + strings.Join(spans, ", ") + after
}

// alliedWith names the members of a that ATOP has allied with state i in
// the year.
func alliedWith(w *sim.World, h *validate.History, i int, a *sim.Alliance, year int) string {
	if year > validate.ATOPLast {
		return fmt.Sprintf("no ATOP data after %d", validate.ATOPLast)
	}
	ns := w.Nations()
	var with []string
	for _, m := range a.Members {
		if m != i && h.Allied(ns[i].ID, ns[m].ID, year) {
			with = append(with, ns[m].ID)
		}
	}
	if len(with) == 0 {
		return fmt.Sprintf("allied with none of them in %d", year)
	}
	return fmt.Sprintf("allied with %s in %d", strings.Join(with, " "), year)
}

// historyOf is a state's reference share and ATOP allies in a year.
func historyOf(w *sim.World, h *validate.History, id string, year int) string {
	out := fmt.Sprintf("no reference share for %d", year)
	if s, ok := h.Share(id, year); ok {
		out = fmt.Sprintf("%.2f %% of GDP in %d (%s)", 100*s.Value, year, s.Source)
	}
	if year > validate.ATOPLast {
		return fmt.Sprintf("%s; no ATOP data after %d", out, validate.ATOPLast)
	}
	var allies []string
	for _, n := range w.Nations() {
		if n.ID != id && h.Allied(id, n.ID, year) {
			allies = append(allies, n.ID)
		}
	}
	if len(allies) == 0 {
		return out + "; allied with none of the era's states (ATOP)"
	}
	return out + "; allied with " + strings.Join(allies, " ") + " (ATOP)"
}
