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
	Scenario     string   `json:"scenario"`
	TicksPerYear int      `json:"ticks_per_year"`
	Seeds        []uint64 `json:"seeds"`
	// LeftOut are the event kinds the runs left out (entente validate
	// --without), sorted; none for the scenario as it is.
	LeftOut []string `json:"left_out,omitempty"`
	// Overrides are the --set overrides the runs were loaded with, but
	// their seeds (Seeds): the `entente why` command WriteMisses names
	// repeats them.
	Overrides   []string `json:"-"`
	Results     []Result `json:"-"`
	Passed      int      `json:"passed"`
	Failed      int      `json:"failed"`
	ExtraPassed int      `json:"extra_passed"`
	ExtraFailed int      `json:"extra_failed"`
	// Pairs are the pairs of states whose alliances the runs get wrong,
	// worst first (Evaluate fills them; pairs.csv).
	Pairs []PairError `json:"-"`
	// Pacts are history's pacts of the era with the runs' recall of each,
	// the most missed first (Evaluate fills them; pacts.csv).
	Pacts []PactRecall `json:"-"`
	// AgainstStart is the runs' account against the baseline of the
	// start's pacts persisting, in pair-years (Evaluate fills it;
	// against.go).
	AgainstStart *StartAccount `json:"against_start_pacts,omitempty"`
	// Blockers say what stops history's new pacts in the first seed's run
	// (blockers.go), most pair-years first; the command fills them
	// (entente validate), not Evaluate, which the calibration repeats.
	Blockers []Blocker `json:"blockers,omitempty"`
	// Shares are the state-years of defence spending beside history,
	// largest error first (Evaluate fills them; shares.csv).
	Shares []ShareError `json:"-"`
	// SharesFrom is the first year WriteMisses sums: the years of the
	// start shares themselves (a war under way, a demobilisation) are
	// the start's, not the model's.
	SharesFrom int `json:"-"`
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
	switch {
	case math.IsNaN(v):
		return "—"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	}
	switch unit {
	case "%", "points":
		return strconv.FormatFloat(100*v, 'f', 1, 64)
	case "year":
		return strconv.FormatFloat(v, 'f', 0, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

// band shows the band a run is judged on.
func (t Target) band() string {
	switch {
	case t.Info:
		return ""
	case t.Unit == "yes/no":
		return "yes"
	case t.Lo > 0 && t.Lo < 1e-6:
		return "> 0"
	case t.Unit == "points" && t.Lo == 0:
		return "≤ " + format(t.Hi, t.Unit)
	case t.Hi == 1 && t.Unit != "year":
		return "≥ " + format(t.Lo, t.Unit)
	}
	return format(t.Lo, t.Unit) + " to " + format(t.Hi, t.Unit)
}

func verdict(r Result) string {
	switch {
	case r.Info:
		return "info"
	case r.Extra && !r.Pass:
		return "miss"
	case r.Pass:
		return "pass"
	}
	return "FAIL"
}

// runsInBand shows how many runs met the target and how many it needs.
func runsInBand(r Result) string {
	if r.Info {
		return ""
	}
	return fmt.Sprintf("%d of %d (need %.0f %%)", r.InBand, r.Runs, 100*r.Required())
}

// unitLabel is the unit as the table shows it after a value.
func unitLabel(unit string) string {
	switch unit {
	case "%":
		return " %"
	case "points":
		return " pt"
	}
	return ""
}

// WriteTable prints the report for people: each target's historical value,
// the band a run is judged on, the median of the runs with its 90 %
// interval, how many runs met the target (and how many it needs), the
// verdict and the source.
func (rep *Report) WriteTable(w io.Writer) error {
	tpy := ""
	if rep.TicksPerYear > 1 {
		tpy = fmt.Sprintf(", %d ticks a year", rep.TicksPerYear)
	}
	fmt.Fprintf(w, "%s%s over %d seeds (%d–%d)%s; a target holds when enough runs lie in its band\n\n",
		rep.Scenario, leftOut(rep.LeftOut), len(rep.Seeds), rep.Seeds[0], rep.Seeds[len(rep.Seeds)-1], tpy)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "target\thistory\tband\tmedian\t90 % of runs\truns in band\t\tsource")
	extras := false
	for _, r := range rep.Results {
		if r.Extra && !extras {
			extras = true
			fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
			fmt.Fprintln(tw, "further checks (beyond docs/ODD.md §1)\t\t\t\t\t\t\t")
		}
		interval := fmt.Sprintf("%s to %s", format(r.P05, r.Unit), format(r.P95, r.Unit))
		if r.Defined < r.Runs {
			interval += fmt.Sprintf(" (%d runs)", r.Defined)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s%s\t%s\t%s\t%s\t%s\n", r.Name, r.History, r.band(),
			format(r.Median, r.Unit), unitLabel(r.Unit), interval, runsInBand(r), verdict(r), r.Source)
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

// WriteCSV writes the table as validation.csv: one row per target, with
// its band, the median, interval and mean over runs, the runs in the band
// and the share needed.
func (rep *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"target", "source", "history", "unit", "lo", "hi", "median", "p05", "p95", "mean",
		"defined_runs", "runs_in_band", "runs", "share_needed", "verdict"})
	for _, r := range rep.Results {
		lo, hi, need := num(r.Lo), num(r.Hi), num(r.Required())
		if r.Info {
			lo, hi, need = "", "", ""
		}
		cw.Write([]string{strings.TrimSpace(r.Name), r.Source, r.History, r.Unit, lo, hi,
			num(r.Median), num(r.P05), num(r.P95), num(r.Mean),
			strconv.Itoa(r.Defined), strconv.Itoa(r.InBand), strconv.Itoa(r.Runs), need, verdict(r)})
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
	Target      string   `json:"target"`
	Source      string   `json:"source"`
	History     string   `json:"history"`
	Unit        string   `json:"unit"`
	Lo          *float64 `json:"lo"`
	Hi          *float64 `json:"hi"`
	Median      *float64 `json:"median"`
	P05         *float64 `json:"p05"`
	P95         *float64 `json:"p95"`
	Mean        *float64 `json:"mean"`
	Defined     int      `json:"defined_runs"`
	InBand      int      `json:"runs_in_band"`
	Runs        int      `json:"runs"`
	ShareNeeded *float64 `json:"share_needed"`
	Verdict     string   `json:"verdict"`
	Pass        bool     `json:"pass"`
	Info        bool     `json:"info,omitempty"`
	Extra       bool     `json:"extra,omitempty"`
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
		j := jsonResult{Target: strings.TrimSpace(r.Name), Source: r.Source, History: r.History, Unit: r.Unit,
			Median: ptr(r.Median), P05: ptr(r.P05), P95: ptr(r.P95), Mean: ptr(r.Mean),
			Defined: r.Defined, InBand: r.InBand, Runs: r.Runs, Verdict: verdict(r), Pass: r.Pass, Info: r.Info, Extra: r.Extra}
		if !r.Info {
			j.Lo, j.Hi, j.ShareNeeded = ptr(r.Lo), ptr(r.Hi), ptr(r.Required())
		}
		out.Targets = append(out.Targets, j)
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

// leftOut names the event kinds a report's runs left out, for its title:
// " without its detente and threat_shock events", or nothing.
func leftOut(kinds []string) string {
	switch len(kinds) {
	case 0:
		return ""
	case 1:
		return " without its " + kinds[0] + " events"
	}
	return " without its " + strings.Join(kinds[:len(kinds)-1], ", ") + " and " + kinds[len(kinds)-1] + " events"
}
