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
	// Members are the scenario's states that were its members in some
	// year of the span, sorted.
	Members []string
	// From and To are the first and last years of the span in which two
	// of its members in the system shared it.
	From, To int
	// Start are the pair-years of PairYears that the baseline of the
	// start's pacts persisting has allied: all of them for a pact the
	// scenario starts with and history kept, none for one made in the era.
	Start int
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
	ids := records[0].IDs
	index := map[string]int{}
	for i, id := range ids {
		index[id] = i
	}
	by := map[int]*PactRecall{}
	members := map[int]map[string]bool{}
	for y := from; y <= to; y++ {
		for atop, ms := range h.pactMembers(y) {
			slices.Sort(ms)
			ms = slices.Compact(ms)
			for x, a := range ms {
				for _, b := range ms[x+1:] {
					i, j := index[a], index[b]
					n := 0 // runs in which both are in the system
					allied, kept := 0, false
					for _, r := range records {
						t := r.Tick(y)
						if t < 0 || !r.Nations[t][i].Active || !r.Nations[t][j].Active {
							continue
						}
						n++
						kept = start(t, i, j)
						if r.Allied(t, i, j) {
							allied++
						}
					}
					if n == 0 {
						continue
					}
					p := by[atop]
					if p == nil {
						p = &PactRecall{ATOP: atop, From: y}
						by[atop], members[atop] = p, map[string]bool{}
					}
					p.To = y
					members[atop][a], members[atop][b] = true, true
					// A pair-year of history's, counted once; the runs'
					// part is their mean over the records.
					p.PairYears++
					p.Allied += float64(allied) / float64(len(records))
					if kept {
						p.Start++
					}
				}
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

// WritePactRecalls writes pact recalls as CSV: atopid, members (space
// separated), from, to, pair_years, start_years, allied_years, recall.
func WritePactRecalls(w io.Writer, ps []PactRecall) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"atopid", "members", "from", "to", "pair_years", "start_years", "allied_years", "recall"}); err != nil {
		return err
	}
	for _, p := range ps {
		if err := cw.Write([]string{strconv.Itoa(p.ATOP), strings.Join(p.Members, " "), strconv.Itoa(p.From), strconv.Itoa(p.To),
			strconv.Itoa(p.PairYears), strconv.Itoa(p.Start), strconv.FormatFloat(p.Allied, 'f', 2, 64),
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
			p.ATOP, strings.Join(ms, " "), more, p.From, p.To, p.PairYears, 100*float64(p.Start)/float64(p.PairYears), 100*p.Recall()))
	}
	return out
}
