package validate

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A table of targets says whether the runs hold; a modeller's next
// question is where they part from history, and pairs.csv and shares.csv
// answer it row by row. WriteMisses puts their head on the screen: the
// states that carry most of the squared error of the defence shares (with
// each one's worst year), and the pairs of states whose alliance the runs
// get most wrong, so that an era built from the data shows at once whether
// its failure is a war the model cannot see, a start share, or a pact.

// stateMiss is one state's part of the squared error of the shares.
type stateMiss struct {
	state string
	sum   float64    // squared error summed over its years
	worst ShareError // its year of largest error
}

// section writes a heading and its lines, indented, after a blank line;
// nothing when there are no lines.
func section(b *strings.Builder, heading string, lines []string) {
	if len(lines) == 0 {
		return
	}
	b.WriteString("\n" + heading + "\n")
	for _, l := range lines {
		b.WriteString("  " + l + "\n")
	}
}

// WriteMisses writes the n states with the largest part of the shares'
// squared error, the n pairs with the most years wrong, the n pacts of
// history the runs miss most, the n answers that stop most of history's
// new pacts, the account against the start's pacts and the why commands
// that read the first of them. It writes nothing for a report with none
// of them.
func (rep *Report) WriteMisses(w io.Writer, n int) error {
	var b strings.Builder
	var shares []ShareError
	last := 0
	for _, e := range rep.Shares {
		if e.Year >= rep.SharesFrom {
			shares = append(shares, e)
			last = max(last, e.Year)
		}
	}
	section(&b, "the runs that miss a target some runs meet (run-values.csv): their seeds, to ask `entente why … --seed`",
		rep.missLines(10))
	section(&b, fmt.Sprintf("where the defence shares part from history, every state with a reference share, %d–%d (shares.csv;\n"+
		"a target may read fewer states and years): part of the squared error, and the worst year", rep.SharesFrom, last), shareMisses(shares, n))
	section(&b, "the pairs the alliances get most wrong (pairs.csv): mean years a run has them allied, against ATOP", pairMisses(rep.Pairs, n))
	section(&b, "history's pacts the runs miss most (pacts.csv): the pair-years of each, and the part the runs have allied", pactMisses(rep.Pacts, n))
	if len(rep.Blockers) > 0 && len(rep.Seeds) > 0 {
		total := BlockedPairYears(rep.Blockers)
		section(&b, fmt.Sprintf("what stops history's new pacts, in the run of seed %d: the %d pair-years of the pacts ATOP begins after the\n"+
			"start, by what a new pact of two of their members fails at the end of the year before (the stronger's test first)", rep.Seeds[0], total),
			BlockerLines(rep.Blockers, n))
	}
	if rep.AgainstStart != nil {
		section(&b, "against the alliances of the start persisting (the baseline), in pair-years, mean over the runs", rep.AgainstStart.lines())
	}
	if ask := rep.whyHint(shares); ask != "" {
		b.WriteString("\nwhat one run weighs for them, at any year: " + ask + "\n")
		if pact := rep.pactHint(); pact != "" {
			b.WriteString("and history's pact the runs miss most, year by year: " + pact + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shareMisses describes the n states with the largest summed squared
// error, largest first (ties by state).
func shareMisses(errs []ShareError, n int) []string {
	ms, total := stateMisses(errs)
	var out []string
	for _, m := range ms[:min(n, len(ms))] {
		out = append(out, fmt.Sprintf("%-4s %3.0f %%   %d: %.1f %% of GDP in the runs (median), %.1f %% in history",
			m.state, 100*m.sum/total, m.worst.Year, 100*m.worst.Median, 100*m.worst.History))
	}
	return out
}

// stateMisses sums each state's squared error, largest first (ties by
// state), with the total; none when there is no error.
func stateMisses(errs []ShareError) ([]*stateMiss, float64) {
	total := 0.0
	by := map[string]*stateMiss{}
	for _, e := range errs {
		total += e.SquaredError
		m := by[e.State]
		if m == nil {
			m = &stateMiss{state: e.State, worst: e}
			by[e.State] = m
		}
		m.sum += e.SquaredError
		if e.SquaredError > m.worst.SquaredError {
			m.worst = e
		}
	}
	if !(total > 0) {
		return nil, 0
	}
	var ms []*stateMiss
	for _, m := range by {
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b *stateMiss) int { return cmp.Or(cmp.Compare(b.sum, a.sum), cmp.Compare(a.state, b.state)) })
	return ms, total
}

// pairMisses describes the first n pair errors (PairErrors sorts them
// worst first).
func pairMisses(errs []PairError, n int) []string {
	var out []string
	for _, e := range errs[:min(n, len(errs))] {
		what := "false"
		if e.Missed > e.False {
			what = "missed"
		}
		out = append(out, fmt.Sprintf("%-9s %s: %.1f years allied in the runs, %d in ATOP (%.1f false, %.1f missed)",
			e.A+"–"+e.B, what, e.Model, e.History, e.False, e.Missed))
	}
	return out
}

// pactHint is the `entente why` command that reads, year by year over its
// span, the pact of history's the runs miss most, or "" when they miss
// none; with the same seed, overrides and kinds left out as whyHint's.
func (rep *Report) pactHint() string {
	if len(rep.Pacts) == 0 || rep.Pacts[0].Missed() <= 0 || len(rep.Seeds) == 0 {
		return ""
	}
	p := rep.Pacts[0]
	return fmt.Sprintf("entente why %s ATOP:%d --year %d:%d --seed %d", rep.Scenario, p.ATOP, p.From, p.To, rep.Seeds[0]) + rep.askFlags()
}

// whyHint is the `entente why` command that asks about the worst state
// (at its worst year) and the worst pair in the first seed's run, or ""
// when there is neither.
func (rep *Report) whyHint(shares []ShareError) string {
	var asks []string
	year := rep.SharesFrom
	if ms, _ := stateMisses(shares); len(ms) > 0 {
		asks, year = append(asks, ms[0].state), ms[0].worst.Year
	}
	if len(rep.Pairs) > 0 {
		asks = append(asks, rep.Pairs[0].A+"-"+rep.Pairs[0].B)
	}
	if len(asks) == 0 || len(rep.Seeds) == 0 {
		return ""
	}
	return fmt.Sprintf("entente why %s %s --year %d --seed %d", rep.Scenario, strings.Join(asks, " "), year, rep.Seeds[0]) + rep.askFlags()
}

// askFlags are the flags a why command needs to read the runs' own world:
// their overrides, their tick length, the kinds they left out.
func (rep *Report) askFlags() string {
	var ask string
	ticksSet := false
	for _, o := range rep.Overrides {
		ask += " --set " + o
		ticksSet = ticksSet || strings.Contains(o, "ticks_per_year")
	}
	if rep.TicksPerYear > 1 && !ticksSet {
		ask += fmt.Sprintf(" --set scenario.ticks_per_year=%d", rep.TicksPerYear)
	}
	if len(rep.LeftOut) > 0 {
		ask += " --without " + strings.Join(rep.LeftOut, ",")
	}
	return ask
}
