// Command blockers reads what stops the pacts history made anew in each
// built-in era. For every ATOP pact that obliges two or more of an era's
// states and none in its earlier years, it runs the era (its own seed, one
// run) to the end of the year before the pact began and asks of every pair
// of the pact's members that year what a new pact of the two fails first,
// as `entente why ERA A-B --year Y` reads it: a test that closes it
// (rivals, a war under way, not both in the system), the founders' failing
// admission tests and values, or nothing (it passes, or the run has them
// allied already). Each pair counts the years ATOP has both in the pact within
// the era. Run from the repository's root:
//
//	go run ./scripts/blockers [ERA ...]
//
// docs/MODEL-NOTES.md ("A treaty of two is the stronger's guarantee")
// gives what it prints.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

func main() {
	only := os.Args[1:]
	err := eras.Each(func(name string, cfg sim.Config, h *validate.History) error {
		if !validate.Judges(name, h) || len(only) > 0 && !slices.Contains(only, name) {
			return nil
		}
		counts, err := blockers(cfg, h)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		report(name, counts)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "blockers:", err)
		os.Exit(1)
	}
}

// founding is a pair of a new pact's members in its first year, with the
// years ATOP has both in it within the era.
type founding struct {
	a, b  string
	years int
}

// newPacts lists, by the year they began, the pairs of the pacts that
// oblige two or more of the era's states from that year and none before
// within it.
func newPacts(cfg sim.Config, h *validate.History) map[int][]founding {
	last := min(cfg.EndYear, validate.ATOPLast)
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
				continue // a pact of the start: the scenario has it
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

// blockers runs the era once and counts, by what stops them, the pair-years
// of the pacts history made anew.
func blockers(cfg sim.Config, h *validate.History) (map[string]int, error) {
	pacts := newPacts(cfg, h)
	counts := map[string]int{}
	if len(pacts) == 0 {
		return counts, nil
	}
	w, err := sim.New(cfg, 0)
	if err != nil {
		return nil, err
	}
	idx := map[string]int{}
	for i, n := range w.Nations() {
		idx[n.ID] = i
	}
	dt := 1 / float64(cfg.TicksPerYear)
	for _, y := range slices.Sorted(maps.Keys(pacts)) {
		// The world as the last tick of the year before left it, as
		// `entente why --year y−1` reads it.
		for w.Tick() < 0 || w.Year() < float64(y)-dt-dt/2 {
			if !w.Step() {
				break
			}
		}
		if err := w.Err(); err != nil {
			return nil, err
		}
		for _, f := range pacts[y] {
			counts[blocker(w, idx[f.a], idx[f.b])] += f.years
		}
	}
	return counts, nil
}

// figures are what a reading's text names beyond its kind: numbers and
// states' ids.
var figures = regexp.MustCompile(`-?\d+(\.\d+)?|\b[A-Z]{2,3}\b`)

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
		return "closed: " + strip(p.Closed)
	}
	roles := [2]string{"a founder's", "a founder's"}
	sides := p.Sides
	switch {
	case sides[1].Protege:
		roles = [2]string{"the stronger's", "the weaker's"}
	case sides[0].Protege:
		roles = [2]string{"the stronger's", "the weaker's"}
		sides[0], sides[1] = sides[1], sides[0]
	}
	var fails []string
	for k, s := range sides {
		if s.Fails != "" {
			fails = append(fails, roles[k]+" "+testOf(s.Fails))
		}
	}
	if len(fails) == 0 {
		return "passes"
	}
	return strings.Join(fails, "; ")
}

// testOf names the test a founder's reading fails.
func testOf(fails string) string {
	switch {
	case strings.HasPrefix(fails, "value"):
		return "value"
	case strings.HasPrefix(fails, "admission"):
		return "admission κ"
	case strings.Contains(fails, "fear no adversary"):
		return "admission: its partner fears no adversary of the pact"
	}
	return strip(fails)
}

func strip(s string) string {
	s = figures.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(strings.NewReplacer("(", "", ")", "", ",", "").Replace(s)), " ")
}

func report(name string, counts map[string]int) {
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Printf("%s: %d pair-years of the pacts history made anew\n", name, total)
	kinds := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	for _, k := range kinds {
		fmt.Printf("  %6d  %5.1f %%  %s\n", counts[k], 100*float64(counts[k])/float64(total), k)
	}
}
