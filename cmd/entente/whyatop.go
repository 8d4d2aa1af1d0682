package main

// A question about one of history's pacts (ATOP:3205): the pacts.csv of
// `entente validate` names the pacts the runs miss, and this asks, pair by
// pair of the pact's members that year, whether the run has them allied
// and, if not, the first test a new pact of the two fails.

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"entente/sim"
	"entente/validate"
)

// atopPrefix opens a question about an ATOP pact.
const atopPrefix = "atop:"

// parseATOP reads ATOP:N (any case) into a query, or says it is not one.
func parseATOP(q string, hist *validate.History, first, last int) (query, bool, error) {
	if !strings.HasPrefix(strings.ToLower(q), atopPrefix) {
		return query{}, false, nil
	}
	id, err := strconv.Atoi(q[len(atopPrefix):])
	if err != nil || id <= 0 {
		return query{}, true, fmt.Errorf("%q: an ATOP pact is ATOP:N, N its ATOP v4.01 id", q)
	}
	if hist == nil {
		return query{}, true, fmt.Errorf("%q: the scenario has no history to read ATOP's pacts from (an era built from the data has)", q)
	}
	for y := first; y <= min(last, validate.ATOPLast); y++ {
		if len(hist.PactMembers(id, y)) >= 2 {
			return query{text: q, nation: -1, b: -1, atop: id}, true, nil
		}
	}
	return query{}, true, fmt.Errorf("%q: ATOP %d obliges no two of the scenario's states in %d–%d", q, id, first, min(last, validate.ATOPLast))
}

// atopJSON is a reading of one of history's pacts.
type atopJSON struct {
	ATOP    int            `json:"atopid"`
	Year    int            `json:"year"`
	Members []string       `json:"members"`
	Pairs   []atopPairJSON `json:"pairs"`
}

type atopPairJSON struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Alliance string `json:"alliance,omitempty"` // the run's alliance that holds both
	Why      string `json:"why_not,omitempty"`  // the first test a new pact of the two fails, or "passes"
	kind     string // Why without its figures and founder, for counting
}

// readATOP reads the pact's pairs in the world's year.
func readATOP(w *sim.World, hist *validate.History, q query, year int) (atopJSON, []int) {
	ns := w.Nations()
	idx := map[string]int{}
	for i, n := range ns {
		idx[n.ID] = i
	}
	out := atopJSON{ATOP: q.atop, Year: year, Members: []string{}, Pairs: []atopPairJSON{}}
	var in []int
	if year <= validate.ATOPLast {
		for _, id := range hist.PactMembers(q.atop, year) {
			if i, ok := idx[id]; ok && ns[i].Active {
				in = append(in, i)
				out.Members = append(out.Members, id)
			}
		}
	}
	for x, i := range in {
		for _, j := range in[x+1:] {
			p := atopPairJSON{A: ns[i].ID, B: ns[j].ID}
			for _, a := range w.Memberships(i) {
				if a.Has(j) {
					p.Alliance = a.ID
					break
				}
			}
			if p.Alliance == "" {
				p.Why, p.kind = pactWhyNot(w, i, j)
			}
			out.Pairs = append(out.Pairs, p)
		}
	}
	return out, in
}

// pactWhyNot is the first test a new pact of i and j fails, or "passes",
// and its kind: a closed pact's reason before its colon ("rivals"), a
// founder's failing test without its figures ("value ≤ v_form").
func pactWhyNot(w *sim.World, i, j int) (why, kind string) {
	p := w.WhyPact(i, j)
	ns := w.Nations()
	switch {
	case p.Closed != "":
		kind, _, _ = strings.Cut(p.Closed, ":")
		return p.Closed, withoutFigures(kind)
	case p.Sides[0].Fails != "":
		return ns[i].ID + ": " + p.Sides[0].Fails, withoutFigures(p.Sides[0].Fails)
	case p.Sides[1].Fails != "":
		return ns[j].ID + ": " + p.Sides[1].Fails, withoutFigures(p.Sides[1].Fails)
	}
	return "passes", "passes"
}

// figures are the numbers a reason quotes: without them, reasons of a
// kind read alike and can be counted.
var figures = regexp.MustCompile(`[-−]?\d+(\.\d+)?`)

func withoutFigures(why string) string {
	return strings.Join(strings.Fields(figures.ReplaceAllString(why, "")), " ")
}

// reasons counts the pairs not allied by the kind of their first failing
// test, most first (ties by kind).
func reasons(pairs []atopPairJSON) string {
	count := map[string]int{}
	for _, p := range pairs {
		if p.Alliance == "" {
			count[p.kind]++
		}
	}
	kinds := slices.Collect(maps.Keys(count))
	slices.SortFunc(kinds, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s (%d)", k, count[k]))
	}
	return strings.Join(parts, "; ")
}

// atopLines are a reading's lines.
func atopLines(a atopJSON) []string {
	if len(a.Members) < 2 {
		return []string{fmt.Sprintf("ATOP %d in %d: it obliges no two of the scenario's states in the system", a.ATOP, a.Year)}
	}
	allied := a.allied()
	lines := []string{fmt.Sprintf("ATOP %d in %d, as ATOP v4.01 has it: %s; %d pairs, %d allied in the run",
		a.ATOP, a.Year, strings.Join(a.Members, " "), len(a.Pairs), allied)}
	for _, p := range a.Pairs {
		if p.Alliance != "" {
			lines = append(lines, fmt.Sprintf("  %-9s allied in the run (%s)", p.A+"–"+p.B, p.Alliance))
		} else {
			lines = append(lines, fmt.Sprintf("  %-9s not allied: %s", p.A+"–"+p.B, p.Why))
		}
	}
	if allied < len(a.Pairs) {
		lines = append(lines, "  why not, by pairs: "+reasons(a.Pairs))
	}
	return lines
}

// atopRow is a span's line for the pact in a year.
func atopRow(a atopJSON) string {
	why := reasons(a.Pairs)
	if why == "" {
		why = "—"
	}
	return fmt.Sprintf("%d  %7d  %5d  %6d  %s", a.Year, len(a.Members), len(a.Pairs), a.allied(), why)
}

// allied counts the pact's pairs the run has allied.
func (a atopJSON) allied() int {
	n := 0
	for _, p := range a.Pairs {
		if p.Alliance != "" {
			n++
		}
	}
	return n
}

const atopHeader = "year  members  pairs  allied  why not, by pairs"
