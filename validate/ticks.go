package validate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTickTable prints reports of one scenario at several tick lengths
// side by side: for each target its band and, at each length, the median
// of the runs, how many runs lie in the band and the verdict. Rows of
// information are left out. The reports must score the same targets.
func WriteTickTable(w io.Writer, reps []*Report) error {
	if len(reps) == 0 {
		return nil
	}
	first := reps[0]
	fmt.Fprintf(w, "%s%s over %d seeds at %s ticks a year\n\n", first.Scenario, leftOut(first.LeftOut), len(first.Seeds), tickList(reps))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{"target", "band"}
	for _, rep := range reps {
		head = append(head, fmt.Sprintf("%d a year", rep.TicksPerYear))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for k, r := range first.Results {
		if r.Info {
			continue
		}
		cells := []string{r.Name, r.band()}
		for _, rep := range reps {
			o := rep.Results[k]
			cells = append(cells, fmt.Sprintf("%s%s, %d/%d %s", format(o.Median, o.Unit), unitLabel(o.Unit), o.InBand, o.Runs, verdict(o)))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, rep := range reps {
		fmt.Fprintf(w, "%d a year: %d of %d targets hold\n", rep.TicksPerYear, rep.Passed, rep.Passed+rep.Failed)
	}
	return nil
}

func tickList(reps []*Report) string {
	var s []string
	for _, rep := range reps {
		s = append(s, fmt.Sprint(rep.TicksPerYear))
	}
	return strings.Join(s, ", ")
}
