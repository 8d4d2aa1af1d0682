package validate

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Report is the outcome of validating a scenario.
type Report struct {
	Scenario    string   `json:"scenario"`
	Seeds       []uint64 `json:"seeds"`
	Results     []Result `json:"-"`
	Passed      int      `json:"passed"`
	Failed      int      `json:"failed"`
	ExtraPassed int      `json:"extra_passed"`
	ExtraFailed int      `json:"extra_failed"`
}

// NewReport scores every target.
func NewReport(scenario string, targets []Target, records []*Record) *Report {
	rep := &Report{Scenario: scenario}
	for _, r := range records {
		rep.Seeds = append(rep.Seeds, r.Seed)
	}
	for _, t := range targets {
		res := Score(t, records)
		rep.Results = append(rep.Results, res)
		switch {
		case t.Info:
		case t.Extra && res.Pass:
			rep.ExtraPassed++
		case t.Extra:
			rep.ExtraFailed++
		case res.Pass:
			rep.Passed++
		default:
			rep.Failed++
		}
	}
	return rep
}

// format shows a value in a target's unit.
func format(v float64, unit string) string {
	if math.IsNaN(v) {
		return "—"
	}
	switch unit {
	case "%":
		return strconv.FormatFloat(100*v, 'f', 1, 64)
	case "year":
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

func verdict(r Result) string {
	if r.Info {
		return "info"
	}
	if r.Extra && !r.Pass {
		return "miss"
	}
	if r.Pass {
		return "pass"
	}
	return "FAIL"
}

// WriteTable prints the report for people.
func (rep *Report) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%s over %d seeds (%d–%d)\n\n", rep.Scenario, len(rep.Seeds), rep.Seeds[0], rep.Seeds[len(rep.Seeds)-1])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "target\thistory\tsimulated mean\t90 % interval\tpass\tsource")
	extras := false
	for _, r := range rep.Results {
		if r.Extra && !extras {
			extras = true
			fmt.Fprintln(tw, "\t\t\t\t\t")
			fmt.Fprintln(tw, "further checks (beyond MODEL.md section 7)\t\t\t\t\t")
		}
		unit := r.Unit
		if unit == "%" {
			unit = " %"
		} else if unit != "" && unit != "year" {
			unit = " " + unit
		} else {
			unit = ""
		}
		interval := fmt.Sprintf("%s to %s", format(r.P05, r.Unit), format(r.P95, r.Unit))
		if r.Defined < r.Runs {
			interval += fmt.Sprintf(" (%d of %d runs)", r.Defined, r.Runs)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%s\t%s\t%s\t%s\n", r.Name, r.History, format(r.Mean, r.Unit), unit, interval, verdict(r), r.Source)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d of %d targets hold", rep.Passed, rep.Passed+rep.Failed)
	if n := rep.ExtraPassed + rep.ExtraFailed; n > 0 {
		fmt.Fprintf(w, "; %d of %d further checks", rep.ExtraPassed, n)
	}
	fmt.Fprintln(w)
	return err
}

// WriteCSV writes the table as validation.csv.
func (rep *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"target", "source", "history", "unit", "mean", "p05", "p95", "defined_runs", "runs", "lo", "hi", "pass"})
	for _, r := range rep.Results {
		cw.Write([]string{strings.TrimSpace(r.Name), r.Source, r.History, r.Unit, num(r.Mean), num(r.P05), num(r.P95),
			strconv.Itoa(r.Defined), strconv.Itoa(r.Runs), num(r.Lo), num(r.Hi), verdict(r)})
	}
	cw.Flush()
	return cw.Error()
}

func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', 6, 64)
}

type jsonResult struct {
	Target  string   `json:"target"`
	Source  string   `json:"source"`
	History string   `json:"history"`
	Unit    string   `json:"unit"`
	Mean    *float64 `json:"mean"`
	P05     *float64 `json:"p05"`
	P95     *float64 `json:"p95"`
	Defined int      `json:"defined_runs"`
	Runs    int      `json:"runs"`
	Lo      float64  `json:"lo"`
	Hi      float64  `json:"hi"`
	Pass    bool     `json:"pass"`
	Info    bool     `json:"info,omitempty"`
}

func ptr(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// WriteJSON writes the report as JSON.
func (rep *Report) WriteJSON(w io.Writer) error {
	out := struct {
		*Report
		Targets []jsonResult `json:"targets"`
	}{Report: rep}
	for _, r := range rep.Results {
		lo, hi := r.Lo, r.Hi
		if math.IsInf(lo, 0) {
			lo = -1e308
		}
		if math.IsInf(hi, 0) {
			hi = 1e308
		}
		out.Targets = append(out.Targets, jsonResult{strings.TrimSpace(r.Name), r.Source, r.History, r.Unit, ptr(r.Mean), ptr(r.P05), ptr(r.P95), r.Defined, r.Runs, lo, hi, r.Pass, r.Info})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// Names lists the targets, for messages.
func (rep *Report) Names() string {
	var names []string
	for _, r := range rep.Results {
		names = append(names, r.Name)
	}
	return strings.Join(names, ", ")
}
