package results

import (
	"fmt"
	"strings"

	"entente/sim"
)

// Story tells a finished run in a few lines for people: each alliance with
// its founding, joins, departures, strain and dissolution, with years and
// members, then the totals.
func Story(w *sim.World, log []sim.Record) string {
	cfg := w.Config()
	var b strings.Builder
	fmt.Fprintf(&b, "%s, seed %d: %d–%d, %d ticks, %d nations\n", cfg.Name, cfg.Seed, cfg.StartYear, cfg.EndYear, cfg.Ticks(), len(cfg.Nations))
	byAlliance := map[string][]sim.Record{}
	for _, r := range log {
		if r.Alliance != "" {
			byAlliance[r.Alliance] = append(byAlliance[r.Alliance], r)
		}
	}
	var formed, strained, dissolved int
	for _, a := range w.Alliances() {
		fmt.Fprintf(&b, "  %s %s: ", a.ID, a.Name)
		var parts []string
		if !hasKind(byAlliance[a.ID], sim.Formed) {
			parts = append(parts, fmt.Sprintf("in force from %s (%s)", Year(cfg.YearOf(a.Founded)), strings.Join(ids(w, a.Founders), ", ")))
		}
		for _, r := range byAlliance[a.ID] {
			switch r.Kind {
			case sim.Formed:
				formed++
				parts = append(parts, fmt.Sprintf("formed %s by %s", Year(r.Year), strings.Join(ids(w, a.Founders), ", ")))
			case sim.Joined:
				parts = append(parts, fmt.Sprintf("%s joined %s", r.Nation, Year(r.Year)))
			case sim.Left:
				parts = append(parts, fmt.Sprintf("%s left %s", r.Nation, Year(r.Year)))
			case sim.Strained:
				strained++
				parts = append(parts, fmt.Sprintf("strained %s (%s)", Year(r.Year), r.Cause))
			case sim.Dissolved:
				dissolved++
				parts = append(parts, fmt.Sprintf("dissolved %s (%s)", Year(r.Year), r.Cause))
			}
		}
		b.WriteString(strings.Join(parts, "; "))
		if !a.Dissolved {
			fmt.Fprintf(&b, "; at the end: %s", strings.Join(ids(w, a.Members), ", "))
		}
		b.WriteString("\n")
	}
	if len(w.Alliances()) == 0 {
		b.WriteString("  no alliance formed\n")
	}
	end := fmt.Sprintf("%d alliances at the end", w.Diagnostics().Alliances)
	if w.Diagnostics().Alliances == 1 {
		end = "1 alliance at the end"
	}
	fmt.Fprintf(&b, "%d formed, %d strained, %d dissolved; %s\n", formed, strained, dissolved, end)
	return b.String()
}

func hasKind(rs []sim.Record, kind string) bool {
	for _, r := range rs {
		if r.Kind == kind {
			return true
		}
	}
	return false
}
