package validate

import (
	"encoding/csv"
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
			value, in := "", ""
			if v.Defined {
				value = num(v.Value)
			}
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
