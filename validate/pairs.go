package validate

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
)

// PairError is where one pair of states' alliance history and the runs'
// part company, over the co-membership years: the κ of the targets says
// how much the model disagrees with history, this says with whom. It is
// what a modeller reads first when κ falls.
type PairError struct {
	A, B          string
	History       int     // years allied in ATOP
	Model         float64 // mean years allied, over the runs
	False, Missed float64 // mean years allied in the model but not in history, and the reverse
}

// PairErrors returns every pair with any disagreement over [from, to],
// worst first (mean false plus missed years; ties by name), averaged over
// the records.
func PairErrors(records []*Record, h *History, from, to int) []PairError {
	if len(records) == 0 {
		return nil
	}
	ids := records[0].IDs
	n := len(ids)
	errs := make([]PairError, n*n)
	forPairYears(records, from, to, func(r *Record, t, y, i, j int) {
		model, hist := r.Allied(t, i, j), h.Allied(ids[i], ids[j], y)
		e := &errs[i*n+j]
		if hist && r == records[0] {
			e.History++
		}
		if model {
			e.Model++
		}
		switch {
		case model && !hist:
			e.False++
		case hist && !model:
			e.Missed++
		}
	})
	runs := float64(len(records))
	return worstPairs(ids, errs, func(e *PairError) float64 { return e.False + e.Missed }, func(e *PairError, a, b string) {
		e.A, e.B = a, b
		e.Model /= runs
		e.False /= runs
		e.Missed /= runs
	})
}

// worstPairs returns the cells of the pairs i < j of ids (cells[i·n+j])
// whose weight is positive, each finished by done (named, and its counts
// made means over the runs), heaviest first; ties keep the pairs' order.
func worstPairs[T any](ids []string, cells []T, weight func(*T) float64, done func(c *T, a, b string)) []T {
	n := len(ids)
	var out []T
	for i := range n {
		for j := i + 1; j < n; j++ {
			c := cells[i*n+j]
			if weight(&c) == 0 {
				continue
			}
			done(&c, ids[i], ids[j])
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(x, y T) int { return cmp.Compare(weight(&y), weight(&x)) })
	return out
}

// forPairYears calls f for every record, every year of [from, to] in
// which the record has a tick (its last, t), and every pair i < j of
// states in the system then: the pair-years the co-membership rows read.
func forPairYears(records []*Record, from, to int, f func(r *Record, t, y, i, j int)) {
	for _, r := range records {
		for y := from; y <= to; y++ {
			t := r.Tick(y)
			if t < 0 {
				continue
			}
			for i := range r.IDs {
				if !r.Nations[t][i].Active {
					continue
				}
				for j := i + 1; j < len(r.IDs); j++ {
					if r.Nations[t][j].Active {
						f(r, t, y, i, j)
					}
				}
			}
		}
	}
}

// WritePairErrors writes pair errors as CSV: a, b, history_years,
// model_years, false_years, missed_years.
func WritePairErrors(w io.Writer, errs []PairError) error {
	cw := csv.NewWriter(w)
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	if err := cw.Write([]string{"a", "b", "history_years", "model_years", "false_years", "missed_years"}); err != nil {
		return err
	}
	for _, e := range errs {
		if err := cw.Write([]string{e.A, e.B, strconv.Itoa(e.History), f(e.Model), f(e.False), f(e.Missed)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
