package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"entente/agents"
	"entente/internal/suggest"
	"entente/internal/words"
	"entente/scenarios"
	"entente/sim"
	"entente/validate"
)

// cmdWhy explains what the model weighs for a nation, a pact of two or a
// candidacy to an alliance, in a run stopped after a year: the question a
// reader of `validate`'s worst pairs and states asks next.
func cmdWhy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("why", stdout)
	var sets listFlag
	fs.Var(&sets, "set", "override a [model] or [scenario] key: key=value (repeatable)")
	yearFlag := fs.String("year", "", "stop the run after the last tick of this year (required); FROM:TO reads every year of a span, one row a year")
	seed := seedFlag(fs, "random seed of the run, from 0 to 2^63-1 (overrides the scenario's)")
	asJSON := fs.Bool("json", false, "print the readings as JSON")
	without := fs.String("without", "", "leave out the scenario's events of these kinds, comma-separated, as validate --without does")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return badInput("why takes a scenario and at least one question: a nation (USA, or its name), a new pact of two (USA-JPN) or a candidacy to an alliance (JPN@NATO, JPN@A3, or JPN@USA for the alliances USA is in)")
	}
	if *yearFlag == "" {
		return badInput("why needs --year: the run stops after that year's last tick (FROM:TO for a row a year)")
	}
	from, to, span, err := parseYears(*yearFlag)
	if err != nil {
		return err
	}
	year := &from
	if sets, err = seedSet(*seed, sets); err != nil {
		return err
	}
	sc, err := loadWithout(ctx, pos[0], sets, splitKinds(*without))
	if err != nil {
		return err
	}
	cfg := sc.Config
	for _, y := range []int{from, to} {
		if y < cfg.StartYear || y > cfg.EndYear {
			return badInput("--year %d is outside %s's years, %d–%d", y, sc.Name, cfg.StartYear, cfg.EndYear)
		}
	}
	w, err := sim.New(cfg, 0)
	if err != nil {
		return usageError{err}
	}
	if err := stepThrough(ctx, w, *year); err != nil {
		return err
	}
	idx := map[string]int{} // ids, and names where no id is the same
	for i, n := range w.Nations() {
		idx[n.ID] = i
	}
	for i, n := range w.Nations() {
		if _, taken := idx[n.Name]; !taken && n.Name != "" {
			idx[n.Name] = i
		}
	}
	var qs []query
	var problems []string
	for _, q := range pos[1:] {
		r, err := parseQuery(w, idx, q, span)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		qs = append(qs, r)
	}
	if len(problems) > 0 {
		return badInput("%s", strings.Join(problems, "; "))
	}
	// History beside the model, for an era built from the data: ATOP's
	// pacts and the reference shares.
	var hist *validate.History
	if h, err := validate.LoadHistory(scenarios.Data, sc.Name); err == nil && validate.Judges(sc.Name, h) {
		hist = h
	}
	if span {
		return whySpan(ctx, w, idx, qs, hist, sc.Name, from, to, *asJSON, stdout)
	}
	// What the next tick did, from a run of its own: reading the world
	// changes nothing, and the run shown is the one `entente run` writes.
	readings := make([]reading, len(qs))
	for k, q := range qs {
		readings[k] = q.read(w, hist)
	}
	if !w.Done() {
		again, err := sim.New(cfg, 0)
		if err != nil {
			return usageError{err}
		}
		for again.Tick() < w.Tick()+1 && again.Step() {
		}
		for k := range readings {
			readings[k].attachNext(again, again.Records())
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(whyJSON{Scenario: sc.Name, Seed: cfg.Seed, Year: w.Year(), Readings: readings})
	}
	fmt.Fprintf(stdout, "%s, seed %d, %s a year: the world as the tick of %s left it; the alliance tests are those the next tick weighs (after its events and the moves of the nations that act before)\n",
		sc.Name, cfg.Seed, words.Count(cfg.TicksPerYear, "tick", "ticks"), yearLabel(w.Year(), cfg.TicksPerYear))
	for _, r := range readings {
		fmt.Fprintln(stdout)
		for _, line := range r.Lines {
			fmt.Fprintln(stdout, line)
		}
	}
	return nil
}

// parseYears reads --year: one year, or FROM:TO (span true).
func parseYears(v string) (from, to int, span bool, err error) {
	a, b, span := strings.Cut(v, ":")
	from, errA := strconv.Atoi(strings.TrimSpace(a))
	to, errB := from, error(nil)
	if span {
		to, errB = strconv.Atoi(strings.TrimSpace(b))
	}
	if errA != nil || errB != nil || to < from {
		return 0, 0, false, badInput("--year %q: want a year (1954) or a span FROM:TO (1950:1990)", v)
	}
	return from, to, span, nil
}

// stepThrough runs w through the last tick of the year (its calendar
// time is the year plus (per − 1)/per), unless it is there already.
func stepThrough(ctx context.Context, w *sim.World, year int) error {
	dt := 1 / float64(w.Config().TicksPerYear)
	last := float64(year) + 1 - dt
	for w.Tick() < 0 || w.Year() < last-dt/2 {
		if !w.Step() {
			break
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return w.Err()
}

// yearLabel is a tick's calendar time: the year at one tick a year, with
// its fraction otherwise.
func yearLabel(y float64, perYear int) string {
	if perYear == 1 {
		return fmt.Sprintf("%.0f", y)
	}
	return fmt.Sprintf("%.2f", y)
}

// A query is one question on the command line.
type query struct {
	text     string
	nation   int             // a nation (b < 0, alliances nil)
	b        int             // the other founder of a pact
	alliance []*sim.Alliance // the alliances of a candidacy
	key      string          // a candidacy's alliance as asked (findAlliances), "" for others
}

// findAlliances is the live alliances x names: by ID or name, else those
// of the nation x.
func findAlliances(w *sim.World, idx map[string]int, x string) []*sim.Alliance {
	var found []*sim.Alliance
	for _, al := range w.Alliances() {
		if !al.Dissolved && (al.ID == x || al.Name == x) {
			found = append(found, al)
		}
	}
	if j, ok := idx[x]; ok && len(found) == 0 {
		found = append(found, w.Memberships(j)...)
	}
	return found
}

// parseQuery reads USA, USA-JPN or JPN@X (X an alliance's ID or name, or a
// nation whose alliances are meant).
// Over a span of years (span) a candidacy's alliance is found year by
// year: it need not be live at the first.
func parseQuery(w *sim.World, idx map[string]int, q string, span bool) (query, error) {
	ids := make([]string, 0, len(idx))
	for id := range idx {
		ids = append(ids, id)
	}
	slices.Sort(ids) // a suggestion among equals is the same every time
	nation := func(id string) (int, error) {
		if i, ok := idx[id]; ok {
			return i, nil
		}
		if c := suggest.Closest(id, ids); c != "" {
			return 0, fmt.Errorf("%q: no nation %s (did you mean %s?)", q, id, c)
		}
		return 0, fmt.Errorf("%q: no nation %s", q, id)
	}
	if i, ok := idx[q]; ok {
		return query{text: q, nation: i, b: -1}, nil
	}
	if a, x, ok := strings.Cut(q, "@"); ok {
		i, err := nation(a)
		if err != nil {
			return query{}, err
		}
		if span {
			return query{text: q, nation: i, b: -1, key: x}, nil
		}
		found := findAlliances(w, idx, x)
		if _, ok := idx[x]; ok && len(found) == 0 {
			return query{}, fmt.Errorf("%q: %s is in no alliance after %s", q, x, yearLabel(w.Year(), w.Config().TicksPerYear))
		}
		if len(found) == 0 {
			var names []string
			for _, al := range w.Alliances() {
				if !al.Dissolved {
					names = append(names, al.ID+" ("+al.Name+")")
				}
			}
			return query{}, fmt.Errorf("%q: no live alliance or nation %s (the alliances: %s)", q, x, strings.Join(names, ", "))
		}
		return query{text: q, nation: i, b: -1, alliance: found, key: x}, nil
	}
	// A pact of two: the first split at a '-' that names two nations (a
	// name may hold one: Guinea-Bissau).
	var first error
	for k := range len(q) {
		if q[k] != '-' {
			continue
		}
		i, err := nation(q[:k])
		if err == nil {
			var j int
			if j, err = nation(q[k+1:]); err == nil {
				return query{text: q, nation: i, b: j}, nil
			}
		}
		if first == nil {
			first = err
		}
	}
	if first != nil {
		return query{}, first
	}
	_, err := nation(q)
	return query{}, err
}

// reading is one query's answer: the lines printed, and the readings as
// JSON gives them.
type reading struct {
	Query   string                     `json:"query"`
	Nation  *nationJSON                `json:"nation,omitempty"`
	Pact    *pactJSON                  `json:"pact,omitempty"`
	Joins   []joinJSON                 `json:"joins,omitempty"`
	Members []standJSON                `json:"standings,omitempty"`
	History string                     `json:"history,omitempty"`
	Next    []recordJSON               `json:"next_tick"`
	ids     []string                   // the states asked about
	before  map[string]map[string]bool // the alliances each is in before the next tick
	Lines   []string                   `json:"-"`
}

// recordJSON is one event of the next tick, as events.csv has it.
type recordJSON struct {
	Tick     int     `json:"tick"`
	Year     float64 `json:"year"`
	Kind     string  `json:"kind"`
	Alliance string  `json:"alliance,omitempty"`
	Nation   string  `json:"nation,omitempty"`
	Cause    string  `json:"cause,omitempty"`
}

type whyJSON struct {
	Scenario string    `json:"scenario"`
	Seed     uint64    `json:"seed"`
	Year     float64   `json:"year"`
	Readings []reading `json:"readings"`
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
	case q.key != "" && len(q.alliance) == 0:
		r.History = "no live alliance " + q.key
		r.Joins = []joinJSON{}
		r.Lines = append(r.Lines, fmt.Sprintf("%s: no live alliance %s", q.text, q.key))
		mentions(q.nation)
	case q.alliance != nil:
		id := ns[q.nation].ID
		for _, a := range q.alliance {
			if a.Has(q.nation) {
				s := standJSONOf(w, w.Why(q.nation), a)
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
		line := fmt.Sprintf("%s %s %s %s", yearLabel(rec.Year, after.Config().TicksPerYear), rec.Kind, rec.Alliance, rec.Nation)
		if rec.Cause != "" {
			line += ": " + rec.Cause
		}
		r.Lines = append(r.Lines, "    "+strings.Join(strings.Fields(line), " "))
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
	rest := v.Value - (v.Security - v.Entrapment - v.Burden - v.Autonomy - v.Neutrality - v.Commitment)
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
		rule := b.Anchor.Share*b.ThreatTerm*b.IncomeTerm + b.Pull - b.Brake
		bound := ""
		switch {
		case rule > n.Policy.MaxShare:
			bound = fmt.Sprintf(", %.2f %% held to its ceiling", 100*rule)
		case rule < n.Policy.MinShare:
			bound = fmt.Sprintf(", %.2f %% raised to its floor", 100*rule)
		}
		lines = append(lines, fmt.Sprintf("  budget: %.2f %% of GDP; the peace rule's desire %.2f %% = anchor %.2f %% × threat term %.3f (burden %.3g against %.3g at the anchor) × income term %.3f + pull %.2f pt − brake %.2f pt%s",
			100*b.Share, 100*b.Peace, 100*b.Anchor.Share, b.ThreatTerm, b.Burden, b.Anchor.Burden, b.IncomeTerm, 100*b.Pull, 100*b.Brake, bound))
		if wr := b.War; wr != nil {
			var en []string
			for _, e := range wr.Enemies {
				en = append(en, ns[e].ID)
			}
			lines = append(lines, fmt.Sprintf("  at war with %s: its war demands %.2f %% of GDP, the larger of the enemies' spending matched (%.2f %% of its side's GDP) and its own war's costs (%.2f %%), held to its ceiling of %.2f %%, for %.0f %% of the tick; the share moves toward it at the budget's speed",
				strings.Join(en, " "), 100*b.Desired, 100*wr.Match, 100*wr.Effort, 100*wr.Ceiling, 100*wr.Part))
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
		lines = append(lines, fmt.Sprintf("  its best option: %s, value %s; its best for %s of the %s years deliberation asks: %s",
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

// The JSON readings name states by their IDs.

type nationJSON struct {
	ID        string       `json:"id"`
	Active    bool         `json:"active"`
	Threat    float64      `json:"threat"`
	Sources   []sourceJSON `json:"threat_sources"`
	Budget    *budgetJSON  `json:"budget,omitempty"`
	Standings []standJSON  `json:"standings"`
	Waiting   bool         `json:"waiting"`
	Next      *moveJSON    `json:"next,omitempty"`
}

// valueJSON is a membership value with its terms (the value is the
// security less the costs, plus a community's pull on a candidate).
type valueJSON struct {
	Value      float64 `json:"value"`
	Security   float64 `json:"security"`
	Entrapment float64 `json:"entrapment"`
	Burden     float64 `json:"burden"`
	Autonomy   float64 `json:"autonomy"`
	Neutrality float64 `json:"neutrality"`
	Commitment float64 `json:"commitment"`
}

func valueJSONOf(v agents.MembershipValue) valueJSON {
	return valueJSON{v.Value, v.Security, v.Entrapment, v.Burden, v.Autonomy, v.Neutrality, v.Commitment}
}

type budgetJSON struct {
	War            *warJSON `json:"war,omitempty"`
	Share          float64  `json:"share"`
	Peace          float64  `json:"peace_desire"`
	Desired        float64  `json:"desire"`
	AnchorShare    float64  `json:"anchor_share"`
	AnchorBurden   float64  `json:"anchor_burden"`
	Burden         float64  `json:"burden"`
	ThreatTerm     float64  `json:"threat_term"`
	IncomeTerm     float64  `json:"income_term"`
	Pull           float64  `json:"pull"`
	Brake          float64  `json:"brake"`
	Threat         float64  `json:"threat"`
	AllianceThreat float64  `json:"alliance_threat"`
	OwnShare       float64  `json:"own_share"`
	Forces         float64  `json:"forces"`
}

// warJSON is a war's demand on the budget (WarWhy).
type warJSON struct {
	Enemies []string `json:"enemies"`
	Match   float64  `json:"enemies_matched"`
	Effort  float64  `json:"own_costs"`
	Ceiling float64  `json:"ceiling"`
	Part    float64  `json:"part_of_tick"`
}

type moveJSON struct {
	Action string    `json:"action"`
	Target string    `json:"target"`
	Value  valueJSON `json:"value"`
	Held   float64   `json:"held_years"`
	Acts   bool      `json:"acts_next_tick"`
}

type sourceJSON struct {
	From      string  `json:"from"`
	Hostility float64 `json:"hostility"`
	Proximity float64 `json:"proximity"`
	Forces    float64 `json:"forces"`
	Threat    float64 `json:"threat"`
	Part      float64 `json:"part"`
}

type standJSON struct {
	Alliance  string             `json:"alliance"`
	Value     valueJSON          `json:"value"`
	ExitLevel float64            `json:"exit_level"`
	Kappa     *float64           `json:"kappa,omitempty"`
	KappaStay float64            `json:"kappa_stay"`
	Rival     string             `json:"rival_of_leader,omitempty"`
	AtWar     string             `json:"at_war_with,omitempty"`
	Crossed   string             `json:"crossed,omitempty"`
	Years     map[string]float64 `json:"years_failed"`
	Patience  float64            `json:"patience_years"`
	text      string
}

type sideJSON struct {
	ID        string    `json:"id"`
	Value     valueJSON `json:"value"`
	Admission float64   `json:"admission_kappa"`
	Reach     float64   `json:"reach"`
	Shared    bool      `json:"shared"`
	Fails     string    `json:"fails,omitempty"`
}

type pactJSON struct {
	A        string     `json:"a"`
	B        string     `json:"b"`
	Closed   string     `json:"closed,omitempty"`
	Cohesion float64    `json:"cohesion,omitempty"`
	Sides    []sideJSON `json:"sides,omitempty"`
}

type joinJSON struct {
	Alliance string    `json:"alliance"`
	Closed   string    `json:"closed,omitempty"`
	Side     *sideJSON `json:"side,omitempty"`
}

func nationJSONOf(w *sim.World, y sim.Why) nationJSON {
	ns := w.Nations()
	j := nationJSON{ID: ns[y.Nation].ID, Active: y.Active, Threat: y.Threat, Waiting: y.Waiting, Sources: []sourceJSON{}, Standings: []standJSON{}}
	if b := y.Budget; b.Set {
		j.Budget = &budgetJSON{nil, b.Share, b.Peace, b.Desired, b.Anchor.Share, b.Anchor.Burden, b.Burden, b.ThreatTerm, b.IncomeTerm, b.Pull, b.Brake,
			b.Threat, b.AllianceThreat, b.OwnShare, b.Forces}
		if wr := b.War; wr != nil {
			j.Budget.War = &warJSON{Match: wr.Match, Effort: wr.Effort, Ceiling: wr.Ceiling, Part: wr.Part}
			for _, e := range wr.Enemies {
				j.Budget.War.Enemies = append(j.Budget.War.Enemies, ns[e].ID)
			}
		}
	}
	if y.Next != nil {
		j.Next = &moveJSON{string(y.Next.Action), y.Next.Target, valueJSONOf(y.Next.Value), y.Held, y.Acts}
	}
	for _, s := range y.Sources {
		j.Sources = append(j.Sources, sourceJSON{ns[s.From].ID, s.Hostility, s.Proximity, s.Force, s.Threat, s.Part})
	}
	for _, s := range y.Standings {
		j.Standings = append(j.Standings, standJSONOf(w, y, s.Alliance))
	}
	return j
}

func standJSONOf(w *sim.World, y sim.Why, a *sim.Alliance) standJSON {
	for _, s := range y.Standings {
		if s.Alliance != a {
			continue
		}
		j := standJSON{Alliance: a.ID, Value: valueJSONOf(s.Value), ExitLevel: s.ExitLevel, KappaStay: s.KappaStay, Rival: s.Rival, AtWar: s.AtWar, Crossed: s.Crossed,
			Years: map[string]float64{"value": s.Years.Value, "kappa": s.Years.Kappa, "rival": s.Years.Rival, "crossed": s.Years.Crossed}, Patience: s.Patience, text: standText(w, s)}
		if s.Shared {
			k := s.Kappa
			j.Kappa = &k
		}
		return j
	}
	return standJSON{Alliance: a.ID}
}

func sideJSONOf(id string, s sim.Side) sideJSON {
	return sideJSON{ID: id, Value: valueJSONOf(s.Value), Admission: s.Admission, Reach: s.Reach, Shared: s.Shared, Fails: s.Fails}
}

func pactJSONOf(w *sim.World, p sim.PactWhy) pactJSON {
	ns := w.Nations()
	j := pactJSON{A: ns[p.A].ID, B: ns[p.B].ID, Closed: p.Closed, Cohesion: p.Cohesion}
	if p.Closed == "" {
		j.Sides = []sideJSON{sideJSONOf(j.A, p.Sides[0]), sideJSONOf(j.B, p.Sides[1])}
	}
	return j
}

func joinJSONOf(w *sim.World, j sim.JoinWhy) joinJSON {
	out := joinJSON{Alliance: j.Alliance.ID, Closed: j.Closed}
	if j.Closed == "" {
		s := sideJSONOf(w.Nations()[j.Nation].ID, j.Side)
		out.Side = &s
	}
	return out
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
