package validate

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A target holds when enough runs meet it, and the table shows the median
// and the count. run-values.csv gives what they are made of: every target's
// value in every run, with its seed and whether the run meets the target,
// so that a reader can see a bimodal measure, find the runs that fail and
// ask one of them why (`entente why … --seed S`).

// WriteRunValues writes one row per target and run: the target, the run's seed,
// its value (empty where the measure is undefined in that run) and
// whether the run meets the target ("yes" or "no"; empty for a row of
// information, which has no band).
func (rep *Report) WriteRunValues(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"target", "seed", "value", "in_band"})
	for _, r := range rep.Results {
		name := strings.TrimSpace(r.Name)
		for _, v := range r.PerRun {
			value, in := num(v.Value), "" // num writes NaN, an undefined measure, as empty
			if !r.Info {
				in = "no"
				if v.InBand {
					in = "yes"
				}
			}
			cw.Write([]string{name, strconv.FormatUint(v.Seed, 10), value, in})
		}
	}
	cw.Flush()
	return cw.Error()
}

// missLines names, for each target that fails (or further check that
// misses) while some runs meet it, the seeds of the runs that do not, at
// most n of them: the runs to ask why. A target no run meets is left out,
// as any seed answers for it.
func (rep *Report) missLines(n int) []string {
	var lines []string
	for _, r := range rep.Results {
		if r.Info || r.Pass || r.InBand == 0 {
			continue
		}
		var seeds []string
		for _, v := range r.PerRun {
			if !v.InBand {
				seeds = append(seeds, strconv.FormatUint(v.Seed, 10))
			}
		}
		more := ""
		if len(seeds) > n {
			seeds, more = seeds[:n], ", …"
		}
		lines = append(lines, fmt.Sprintf("%s: seeds %s%s (%d of %d runs)",
			strings.TrimSpace(r.Name), strings.Join(seeds, ", "), more, r.Runs-r.InBand, r.Runs))
	}
	return lines
}
