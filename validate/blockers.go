package validate

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"entente/sim"
)

// What stops history's new pacts. The pacts the runs miss (pacts.csv) are
// mostly pacts history made after the start; Blockers asks one run, at the
// end of the year before each of them began, what a new pact of every two
// of its members then fails, as `entente why ERA A-B --year Y` reads it,
// and counts the pair-years of each answer. An era's failure then shows
// its kind at once: pacts with no adversary the weaker partner fears (the
// regions' collective-defence organisations), an admission test, a value
// short of v_form, a rivalry or a war that closes the pair.

// Blocker is one answer, with the pair-years of the pacts it stops.
type Blocker struct {
	What      string `json:"what"`
	PairYears int    `json:"pair_years"`
}

// founding is a pair of a new pact's members in its first year, with the
// years ATOP has both in it within the era.
type founding struct {
	a, b  string
	years int
}

// newPacts lists, by the year they began, the pairs of the pacts that
// oblige two or more of the era's states from that year and none before
// within it (a pact of the start is the scenario's).
func newPacts(cfg sim.Config, h *History) map[int][]founding {
	last := min(cfg.EndYear, atopLast)
	if last <= cfg.StartYear {
		return nil
	}
	byYear := make([]map[int][]string, last-cfg.StartYear+1)
	for y := cfg.StartYear; y <= last; y++ {
		byYear[y-cfg.StartYear] = h.Pacts(y)
	}
	seen := map[int]bool{}
	out := map[int][]founding{}
	for y := cfg.StartYear; y <= last; y++ {
		pacts := byYear[y-cfg.StartYear]
		for _, id := range slices.Sorted(maps.Keys(pacts)) {
			ms := pacts[id]
			if len(ms) < 2 || seen[id] {
				continue
			}
			seen[id] = true
			if y == cfg.StartYear {
				continue
			}
			for x, a := range ms {
				for _, b := range ms[x+1:] {
					f := founding{a: a, b: b}
					for t := y; t <= last; t++ {
						in := byYear[t-cfg.StartYear][id]
						if slices.Contains(in, a) && slices.Contains(in, b) {
							f.years++
						}
					}
					out[y] = append(out[y], f)
				}
			}
		}
	}
	return out
}

// Blockers runs cfg once (its seed) and counts, by what stops them, the
// pair-years of the pacts history made anew, most first (ties by answer).
func Blockers(ctx context.Context, cfg sim.Config, h *History) ([]Blocker, error) {
	pacts := newPacts(cfg, h)
	if len(pacts) == 0 {
		return nil, nil
	}
	w, err := sim.New(cfg, 0)
	if err != nil {
		return nil, err
	}
	idx := map[string]int{}
	for i, n := range w.Nations() {
		idx[n.ID] = i
	}
	counts := map[string]int{}
	for _, y := range slices.Sorted(maps.Keys(pacts)) {
		// The world as the last tick of the year before left it, as
		// `entente why --year y−1` reads it.
		if err := w.StepThrough(ctx, y-1); err != nil {
			return nil, err
		}
		for _, f := range pacts[y] {
			i, okA := idx[f.a]
			j, okB := idx[f.b]
			if !okA || !okB {
				continue // history's state not among the scenario's (it judges the pair-years it has)
			}
			counts[blocker(w, i, j)] += f.years
		}
	}
	out := make([]Blocker, 0, len(counts))
	for what, n := range counts {
		out = append(out, Blocker{What: what, PairYears: n})
	}
	slices.SortFunc(out, func(a, b Blocker) int {
		return cmp.Or(cmp.Compare(b.PairYears, a.PairYears), strings.Compare(a.What, b.What))
	})
	return out, nil
}

// blocker names what stops a new pact of i and j: the test that closes
// it, or each founder's failing test, the stronger's first (the weaker is
// the protégé, whose admission is not asked: sim/guarantee.go; founders of
// equal forces are "a founder").
func blocker(w *sim.World, i, j int) string {
	for _, a := range w.Memberships(i) {
		if a.Has(j) {
			return "allied in the run"
		}
	}
	p := w.WhyPact(i, j)
	if p.Closed != "" {
		return "closed: " + withoutFigures(p.Closed)
	}
	roles, sides := [2]string{"a founder's", "a founder's"}, p.Sides
	if sides[0].Protege { // the stronger first
		sides[0], sides[1] = sides[1], sides[0]
	}
	if sides[1].Protege {
		roles = [2]string{"the stronger's", "the weaker's"}
	}
	var fails []string
	for k, s := range sides {
		if s.Test != "" {
			fails = append(fails, roles[k]+" "+testOf(s.Test))
		}
	}
	if len(fails) == 0 {
		return "passes"
	}
	return strings.Join(fails, "; ")
}

// testOf names the test a founder's reading fails, as a blocker counts it.
func testOf(t sim.SideTest) string {
	switch t {
	case sim.FailsValue:
		return "value"
	case sim.FailsAdmission:
		return "admission κ"
	case sim.FailsScope:
		return "admission: its partner fears no adversary of the pact"
	}
	return string(t)
}

// figures are what a reading's text names beyond its kind: numbers and
// states' ids.
var figures = regexp.MustCompile(`-?\d+(\.\d+)?|\b[A-Z]{2,3}\b`)

func withoutFigures(s string) string {
	s = figures.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(strings.NewReplacer("(", "", ")", "", ",", "").Replace(s)), " ")
}

// BlockedPairYears is the pair-years of history's new pacts that bs count:
// all of them, each put down to one answer.
func BlockedPairYears(bs []Blocker) int {
	total := 0
	for _, b := range bs {
		total += b.PairYears
	}
	return total
}

// BlockerLines are the n answers that stop the most pair-years (bs as
// Blockers orders them), each with its share of them all.
func BlockerLines(bs []Blocker, n int) []string {
	total := BlockedPairYears(bs)
	var out []string
	for _, b := range bs[:min(n, len(bs))] {
		out = append(out, fmt.Sprintf("%6d  %3.0f %%  %s", b.PairYears, 100*float64(b.PairYears)/float64(total), b.What))
	}
	return out
}
