package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"entente/sim"
	"entente/validate"
)

// whySpan reads each question at the last tick of every year from..to,
// one row a year: how a budget, a pact's values and tests, or a
// candidacy moved, and when history's pact came.
func whySpan(ctx context.Context, w *sim.World, idx map[string]int, qs []query, hist *validate.History, name string, from, to int, asJSON bool, stdout io.Writer) error {
	cfg := w.Config()
	rows := make([][]string, len(qs))
	var years []whyJSON
	for y := from; y <= to; y++ {
		if err := w.StepThrough(ctx, y); err != nil {
			return err
		}
		var readings []reading
		for k, q := range qs {
			if q.key != "" {
				q.alliance = findAlliances(w, idx, q.key)
			}
			if asJSON {
				readings = append(readings, q.read(w, hist))
				continue
			}
			rows[k] = append(rows[k], q.row(w, hist, y)...)
		}
		if asJSON {
			at := w.Year()
			// The next tick's events, as a year's single reading has them.
			if !w.Done() && w.Step() {
				for k := range readings {
					readings[k].attachNext(w, w.Records())
				}
			}
			years = append(years, whyJSON{Scenario: name, Seed: cfg.Seed, Year: at, Readings: readings})
		}
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(years)
	}
	fmt.Fprintf(stdout, "%s, seed %d: each year as its last tick left the world (the alliance tests are those the next tick weighs)\n", name, cfg.Seed)
	for k, q := range qs {
		fmt.Fprintf(stdout, "\n%s\n%s\n", q.text, q.header(w))
		for _, r := range rows[k] {
			fmt.Fprintln(stdout, r)
		}
	}
	return nil
}

// header names a question's columns.
func (q query) header(w *sim.World) string {
	switch {
	case q.atop != 0:
		return atopHeader
	case q.key != "" && q.nation < 0:
		return "year  alliance  members  cohesion  members failing a test of staying"
	case q.key != "":
		return "year  alliance  value   adm. κ  member  history (ATOP)         why not"
	case q.b >= 0:
		l := pairLabels(w, q)
		return fmt.Sprintf("year  %s  %s  %s  %s  allied  ATOP  why not", l[0], l[1], l[2], l[3])
	default:
		return "year  share %  history %  desire %  anchor %  threat ×  income ×  regime ×  pull pt  brake pt  alliances   largest threat   next move"
	}
}

// row is a question's line (or lines: one per alliance of a candidacy)
// for the year.
func (q query) row(w *sim.World, hist *validate.History, year int) []string {
	ns := w.Nations()
	switch {
	case q.atop != 0:
		a, _ := readATOP(w, hist, q, year)
		return []string{atopRow(a)}
	case q.key != "":
		if len(q.alliance) == 0 {
			return []string{fmt.Sprintf("%d  no live alliance %s", year, q.key)}
		}
		var out []string
		if q.nation < 0 {
			for _, a := range q.alliance {
				var failing []string
				for _, m := range a.Members {
					if f := standingFailure(w.WhyStanding(m, a)); f != "stays" {
						failing = append(failing, ns[m].ID+": "+f)
					}
				}
				out = append(out, fmt.Sprintf("%d  %-8s  %7d  %8.2f  %s", year, a.ID, len(a.Members), a.Cohesion, orStay(strings.Join(failing, "; "))))
			}
			return out
		}
		for _, a := range q.alliance {
			atop := "—"
			if hist != nil && year <= validate.ATOPLast {
				atop = strings.TrimSuffix(strings.Replace(alliedWith(w, hist, q.nation, a, year), "allied ", "", 1), fmt.Sprintf(" in %d", year))
				atop = strings.Replace(atop, " of them", "", 1)
			}
			if a.Has(q.nation) {
				s := w.WhyStanding(q.nation, a)
				out = append(out, fmt.Sprintf("%d  %-8s  %6.3f  %6s  yes     %-22s %s", year, a.ID, s.Value.Value, "—", atop, standingFailure(s)))
				continue
			}
			j := w.WhyJoin(q.nation, a)
			why := j.Closed
			if why == "" {
				why = j.Side.Fails
			}
			if j.Closed != "" {
				out = append(out, fmt.Sprintf("%d  %-8s  %6s  %6s  no      %-22s %s", year, a.ID, "—", "—", atop, why))
				continue
			}
			out = append(out, fmt.Sprintf("%d  %-8s  %6.3f  %6.3f  no      %-22s %s", year, a.ID, j.Side.Value.Value, j.Side.Admission, atop, orPasses(why)))
		}
		return out
	case q.b >= 0:
		a, b := ns[q.nation].ID, ns[q.b].ID
		allied := "no"
		for _, al := range w.Memberships(q.nation) {
			if al.Has(q.b) {
				allied = "yes"
			}
		}
		atop := "—"
		if hist != nil && year <= validate.ATOPLast {
			atop = "no"
			if hist.Allied(a, b, year) {
				atop = "yes"
			}
		}
		p := w.WhyPact(q.nation, q.b)
		l := pairLabels(w, q)
		cell := func(k int, v float64, ok bool) string {
			if !ok {
				return fmt.Sprintf("%*s", len([]rune(l[k])), "—")
			}
			return fmt.Sprintf("%*.3f", len([]rune(l[k])), v)
		}
		if p.Closed != "" {
			return []string{fmt.Sprintf("%d  %s  %s  %s  %s  %-6s  %-4s  %s", year, cell(0, 0, false), cell(1, 0, false), cell(2, 0, false), cell(3, 0, false), allied, atop, p.Closed)}
		}
		why := ""
		switch {
		case p.Sides[0].Fails != "":
			why = a + ": " + p.Sides[0].Fails
		case p.Sides[1].Fails != "":
			why = b + ": " + p.Sides[1].Fails
		}
		// A protégé's admission κ, which is not asked (sim/guarantee.go),
		// in parentheses.
		adm := func(k int, s sim.Side) string {
			if !s.Protege {
				return cell(k, s.Admission, true)
			}
			return fmt.Sprintf("%*s", len([]rune(l[k])), fmt.Sprintf("(%.3f)", s.Admission))
		}
		return []string{fmt.Sprintf("%d  %s  %s  %s  %s  %-6s  %-4s  %s", year,
			cell(0, p.Sides[0].Value.Value, true), adm(1, p.Sides[0]), cell(2, p.Sides[1].Value.Value, true), adm(3, p.Sides[1]), allied, atop, orPasses(why))}
	}
	n := ns[q.nation]
	if !n.Active {
		return []string{fmt.Sprintf("%d  not in the system", year)}
	}
	y := w.Why(q.nation)
	b := y.Budget
	histShare := "—"
	if hist != nil {
		if s, ok := hist.Share(n.ID, year); ok {
			histShare = fmt.Sprintf("%.2f", 100*s.Value)
		}
	}
	var in []string
	for _, s := range y.Standings {
		in = append(in, s.Alliance.ID)
	}
	alliances := strings.Join(in, " ")
	if alliances == "" {
		alliances = "—"
	}
	threat := "—"
	if len(y.Sources) > 0 {
		threat = fmt.Sprintf("%s %.0f %%", ns[y.Sources[0].From].ID, 100*y.Sources[0].Part)
	}
	next := "—"
	switch {
	case y.Waiting:
		next = "waits"
	case y.Next != nil:
		next = fmt.Sprintf("%s %s (%.2f)", y.Next.Action, y.Next.Target, y.Next.Value.Value)
	}
	return []string{fmt.Sprintf("%d  %7.2f  %9s  %8.2f  %8.2f  %8.3f  %8.3f  %8.3f  %7.2f  %8.2f  %-10s  %-15s  %s", year,
		100*b.Share, histShare, 100*b.Desired, 100*b.Anchor.Share, b.Terms.Threat, b.Terms.Income, b.Terms.Regime, 100*b.Pull, 100*b.Terms.Brake, alliances, threat, next)}
}

// pairLabels are a pact's columns: each founder's value and admission κ.
func pairLabels(w *sim.World, q query) [4]string {
	a, b := w.Nations()[q.nation].ID, w.Nations()[q.b].ID
	return [4]string{"value " + a, "adm. κ " + a, "value " + b, "adm. κ " + b}
}

func orStay(failing string) string {
	if failing == "" {
		return "none"
	}
	return failing
}

func orPasses(why string) string {
	if why == "" {
		return "passes"
	}
	return why
}

// standingFailure names the tests of staying a member fails now, or
// "stays".
func standingFailure(s sim.Standing) string {
	var f []string
	if s.Value.Value < s.ExitLevel {
		f = append(f, fmt.Sprintf("value %.3f < exit level %.3f", s.Value.Value, s.ExitLevel))
	}
	if s.Shared && s.Kappa < s.KappaStay {
		f = append(f, fmt.Sprintf("κ %.3f < %.3f", s.Kappa, s.KappaStay))
	}
	if s.Rival != "" {
		f = append(f, "rival of "+s.Rival)
	}
	if s.AtWar != "" {
		f = append(f, "at war with "+s.AtWar)
	}
	if s.Crossed != "" {
		f = append(f, s.Crossed)
	}
	if len(f) == 0 {
		return "stays"
	}
	return strings.Join(f, "; ")
}
