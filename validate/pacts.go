package validate

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// A political scientist reads history as pacts, not pairs: did the runs
// make NATO, the Arab League's treaty, ECOWAS's protocol? Each of history's
// pacts in an era is a block of pair-years (its members' pairs in the
// years it obliged them), and the runs' recall of it is the part of that
// block they have allied, by any alliance: the pact the model made for it
// need not be one, nor hold the same members. pairs.csv says with whom the
// runs part from history; pacts.csv says in which of history's pacts.

// PactRecall is one ATOP pact of an era and how much of it the runs
// reproduce.
type PactRecall struct {
	ATOP int
	// Members are the scenario's states that shared it with another of its
	// members in the system in some year of the span, sorted.
	Members []string
	// From and To are the first and last years of the span in which two
	// of its members in the system shared it.
	From, To int
	// StartYears are the pair-years of PairYears that the baseline of the
	// start's pacts persisting has allied: none for a pact made in the era,
	// all of them for one the scenario starts with and history kept as it
	// was, less where it took in members after the start.
	StartYears int
	// PairYears are the pair-years its members shared it, both in the
	// system (a pair in two pacts counts in each).
	PairYears int
	// Allied are the pair-years of PairYears the runs have the pair
	// allied, mean over the runs.
	Allied float64
}

// Recall is the share of the pact's pair-years the runs have allied.
func (p PactRecall) Recall() float64 { return p.Allied / float64(p.PairYears) }

// Missed is the pact's pair-years the runs do not have allied.
func (p PactRecall) Missed() float64 { return float64(p.PairYears) - p.Allied }

// PactRecalls returns every ATOP pact with a pair of the scenario's states
// in [from, to] (the last tick of each year, both states in the system),
// with what start, the baseline's prediction, has of it, the most
// pair-years missed first (ties by ATOP id).
func PactRecalls(records []*Record, h *History, start Predictor, from, to int) []PactRecall {
	if len(records) == 0 {
		return nil
	}
	// Which states are in the system is the same in every run (only the
	// scenario's entries and merges change it), so the first run's record
	// says which pair-years count and what the baseline has of them.
	first := records[0]
	index := map[string]int{}
	for i, id := range first.IDs {
		index[id] = i
	}
	by := map[int]*PactRecall{}
	members := map[int]map[string]bool{}
	for y := from; y <= to; y++ {
		t := first.Tick(y)
		if t < 0 {
			continue
		}
		for atop, ms := range h.pactMembers(y) {
			for _, pair := range pairsInSystem(first, t, index, ms) {
				p := by[atop]
				if p == nil {
					p = &PactRecall{ATOP: atop, From: y}
					by[atop], members[atop] = p, map[string]bool{}
				}
				i, j := pair[0], pair[1]
				p.To = y
				members[atop][first.IDs[i]], members[atop][first.IDs[j]] = true, true
				p.PairYears++
				if start(t, i, j) {
					p.StartYears++
				}
				p.Allied += runsAllied(records, y, i, j)
			}
		}
	}
	out := make([]PactRecall, 0, len(by))
	for atop, p := range by {
		for m := range members[atop] {
			p.Members = append(p.Members, m)
		}
		slices.Sort(p.Members)
		out = append(out, *p)
	}
	slices.SortFunc(out, func(x, y PactRecall) int {
		return cmp.Or(cmp.Compare(y.Missed(), x.Missed()), cmp.Compare(x.ATOP, y.ATOP))
	})
	return out
}

// pairsInSystem lists the pairs (i < j) of the ids ms, deduplicated, that
// are both in the system at tick t of r.
func pairsInSystem(r *Record, t int, index map[string]int, ms []string) [][2]int {
	var in []int
	for _, m := range ms {
		if i, ok := index[m]; ok && r.Nations[t][i].Active && !slices.Contains(in, i) {
			in = append(in, i)
		}
	}
	slices.Sort(in)
	var out [][2]int
	for x, i := range in {
		for _, j := range in[x+1:] {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// runsAllied is the share of the records that have states i and j
// allied at the last tick of year y.
func runsAllied(records []*Record, y, i, j int) float64 {
	allied := 0
	for _, r := range records {
		if t := r.Tick(y); t >= 0 && r.Allied(t, i, j) {
			allied++
		}
	}
	return float64(allied) / float64(len(records))
}

// WritePactRecalls writes pact recalls as CSV: atopid, members (space
// separated), from, to, pair_years, start_years, allied_years, recall.
func WritePactRecalls(w io.Writer, ps []PactRecall) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"atopid", "members", "from", "to", "pair_years", "start_years", "allied_years", "recall"}); err != nil {
		return err
	}
	for _, p := range ps {
		if err := cw.Write([]string{strconv.Itoa(p.ATOP), strings.Join(p.Members, " "), strconv.Itoa(p.From), strconv.Itoa(p.To),
			strconv.Itoa(p.PairYears), strconv.Itoa(p.StartYears), strconv.FormatFloat(p.Allied, 'f', 2, 64),
			strconv.FormatFloat(p.Recall(), 'f', 3, 64)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// pactMisses describes the first n pacts (PactRecalls sorts them most
// missed first) that the runs miss at all.
func pactMisses(ps []PactRecall, n int) []string {
	var out []string
	for _, p := range ps {
		if len(out) == n || p.Missed() <= 0 {
			break
		}
		ms := p.Members
		more := ""
		if len(ms) > 6 {
			ms, more = ms[:6], fmt.Sprintf(" and %d more", len(p.Members)-6)
		}
		out = append(out, fmt.Sprintf("ATOP %d (%s%s; %d–%d): %d pair-years, the start's pacts %.0f %%, the runs %.0f %%",
			p.ATOP, strings.Join(ms, " "), more, p.From, p.To, p.PairYears, 100*float64(p.StartYears)/float64(p.PairYears), 100*p.Recall()))
	}
	return out
}
