package main

// cmdWhy explains what the model weighs; whyread.go writes the readings,
// whyjson.go gives them as JSON, whyspan.go a row a year.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

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
		return badInput("why takes a scenario and at least one question: a nation (USA, or its name), a new pact of two (USA-JPN), a candidacy to an alliance (JPN@NATO, JPN@A3, or JPN@USA for the alliances USA is in), an alliance as a whole (@NATO) or one of history's pacts (ATOP:3180)")
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
	if err := w.StepThrough(ctx, *year); err != nil {
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
	// History beside the model, for an era built from the data: ATOP's
	// pacts and the reference shares.
	var hist *validate.History
	if h, err := validate.LoadHistory(scenarios.Data, sc.Name); err == nil && validate.Judges(sc.Name, h) {
		hist = h
	}
	var qs []query
	var problems []string
	for _, q := range pos[1:] {
		if r, ok, err := parseATOP(q, hist, cfg.StartYear, cfg.EndYear); ok {
			if err != nil {
				problems = append(problems, err.Error())
			} else {
				qs = append(qs, r)
			}
			continue
		}
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
	if span {
		return whySpan(ctx, w, idx, qs, hist, sc.Name, from, to, *asJSON, stdout)
	}
	at := w.Year()
	readings := make([]reading, len(qs))
	for k, q := range qs {
		readings[k] = q.read(w, hist)
	}
	// What the next tick did: the run itself goes on a tick (reading it
	// changed nothing: sim's TestWhyChangesNothing), as a span's does.
	if !w.Done() && w.Step() {
		for k := range readings {
			readings[k].attachNext(w, w.Records())
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(whyJSON{Scenario: sc.Name, Seed: cfg.Seed, Year: at, Readings: readings})
	}
	fmt.Fprintf(stdout, "%s, seed %d, %s a year: the world as the tick of %s left it; the alliance tests are those the next tick weighs (after its events and the moves of the nations that act before)\n",
		sc.Name, cfg.Seed, words.Count(cfg.TicksPerYear, "tick", "ticks"), yearLabel(at, cfg.TicksPerYear))
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
	nation   int             // a nation (b < 0, alliances nil); −1 for an alliance as a whole (@X)
	b        int             // the other founder of a pact
	alliance []*sim.Alliance // the alliances of a candidacy
	key      string          // a candidacy's alliance as asked (findAlliances), "" for others
	atop     int             // one of history's pacts (ATOP:N, whyatop.go), 0 for others
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

// parseQuery reads USA, USA-JPN, JPN@X or @X (X an alliance's ID or name,
// or a nation whose alliances are meant; @X: the alliance as a whole).
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
		i := -1 // @X: the alliance as a whole
		if a != "" {
			var err error
			if i, err = nation(a); err != nil {
				return query{}, err
			}
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
