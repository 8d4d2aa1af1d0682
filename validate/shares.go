package validate

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
)

// ShareError is one state-year of defence spending set beside history:
// the budget targets say whether the runs' shares are near history's (an
// RMSE, a share in a band), this says which states and years carry the
// error. It is to the budget targets what PairError is to κ: the budget
// RMSE of Europe 1871–1913 is mostly Japan's war of 1904–05, which no
// target shows and this file does at its top.
type ShareError struct {
	State   string
	Year    int
	History float64 // the reference share of GDP (History.Share)
	// Median, P05 and P95 are the runs' shares of GDP in that year (the
	// year's last tick, as the targets read it).
	Median, P05, P95 float64
	// SquaredError is the mean over runs of (run − history)², in share²:
	// summed over a target's states and years and divided by their
	// number, it is the square of the RMSE that run-averaged errors give.
	SquaredError float64
	Runs         int
}

// ShareErrors returns every state-year in [from, to] with a reference
// share and the state active in the runs, largest squared error first
// (ties by state and year).
func ShareErrors(records []*Record, h *History, from, to int) []ShareError {
	if len(records) == 0 {
		return nil
	}
	var out []ShareError
	vs := make([]float64, 0, len(records))
	for _, id := range records[0].IDs {
		for y := from; y <= to; y++ {
			ref, ok := h.Share(id, y)
			if !ok {
				continue
			}
			vs = vs[:0]
			se := 0.0
			for _, r := range records {
				v, ok := share(r, id, y)
				if !ok {
					continue
				}
				vs = append(vs, v)
				se += (v - ref.Value) * (v - ref.Value)
			}
			if len(vs) == 0 {
				continue
			}
			slices.Sort(vs)
			out = append(out, ShareError{State: id, Year: y, History: ref.Value,
				Median: Quantile(vs, 0.5), P05: Quantile(vs, 0.05), P95: Quantile(vs, 0.95),
				SquaredError: se / float64(len(vs)), Runs: len(vs)})
		}
	}
	slices.SortStableFunc(out, func(a, b ShareError) int {
		return cmp.Or(cmp.Compare(b.SquaredError, a.SquaredError), cmp.Compare(a.State, b.State), cmp.Compare(a.Year, b.Year))
	})
	return out
}

// WriteShareErrors writes share errors as CSV: state, year, then history,
// median, p05 and p95 in percent of GDP, squared_error in points² (percent
// squared) and runs.
func WriteShareErrors(w io.Writer, errs []ShareError) error {
	cw := csv.NewWriter(w)
	pct := func(v float64) string { return strconv.FormatFloat(100*v, 'f', 2, 64) }
	if err := cw.Write([]string{"state", "year", "history", "median", "p05", "p95", "squared_error", "runs"}); err != nil {
		return err
	}
	for _, e := range errs {
		if err := cw.Write([]string{e.State, strconv.Itoa(e.Year), pct(e.History), pct(e.Median), pct(e.P05), pct(e.P95),
			strconv.FormatFloat(1e4*e.SquaredError, 'f', 3, 64), strconv.Itoa(e.Runs)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
