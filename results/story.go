package results

import (
	"entente/internal/words"
	"fmt"
	"strings"

	"entente/sim"
)

// Story tells a finished run in a few lines for people: each alliance by
// its name (sim.Alliance.Label, as in the files, figures and page) with
// its founding, joins, departures, strain and dissolution, with years and
// members by name, then the totals.
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
	byID := map[string]string{}
	for _, n := range w.Nations() {
		byID[n.ID] = readable(n.ID, n.Name)
	}
	said := func(idx []int) string {
		out := make([]string, len(idx))
		for k, i := range idx {
			n := w.Nations()[i]
			out[k] = readable(n.ID, n.Name)
		}
		return strings.Join(out, ", ")
	}
	var formed, strained, dissolved int
	for _, a := range w.Alliances() {
		fmt.Fprintf(&b, "  %s (%s): ", a.Label, a.ID)
		var parts []string
		if !hasKind(byAlliance[a.ID], sim.Formed) {
			parts = append(parts, fmt.Sprintf("in force from %s (%s)", Year(cfg.YearOf(a.Founded)), said(a.Founders)))
		}
		for _, r := range byAlliance[a.ID] {
			switch r.Kind {
			case sim.Formed:
				formed++
				parts = append(parts, fmt.Sprintf("formed %s by %s", Year(r.Year), said(a.Founders)))
			case sim.Joined:
				parts = append(parts, fmt.Sprintf("%s joined %s", nationSaid(byID, r.Nation), Year(r.Year)))
			case sim.Left:
				parts = append(parts, fmt.Sprintf("%s left %s", nationSaid(byID, r.Nation), Year(r.Year)))
			case sim.Strained:
				strained++
				parts = append(parts, fmt.Sprintf("strained %s (%s)", Year(r.Year), r.Cause))
			case sim.Dissolved:
				dissolved++
				parts = append(parts, fmt.Sprintf("dissolved %s (%s)", Year(r.Year), mergedInto(w, r.Cause)))
			}
		}
		b.WriteString(strings.Join(parts, "; "))
		if !a.Dissolved {
			fmt.Fprintf(&b, "; at the end: %s", said(a.Members))
		}
		b.WriteString("\n")
	}
	if len(w.Alliances()) == 0 {
		b.WriteString("  no alliance formed\n")
	}
	fmt.Fprintf(&b, "%d formed, %d strained, %d dissolved; %s at the end\n", formed, strained, dissolved,
		words.Count(w.Diagnostics().Alliances, "alliance", "alliances"))
	return b.String()
}

// readable is a nation as the story says it: its name as a sentence says
// it ("the USSR", "France"), or its id when the scenario gives no name.
func readable(id, name string) string {
	if name == "" {
		return id
	}
	return sim.Spoken(name)
}

func nationSaid(byID map[string]string, id string) string {
	if s, ok := byID[id]; ok {
		return s
	}
	return id
}

// mergedInto names the alliance of a merger's cause ("merged into A13")
// by its name: "merged into the UK's alliance (A13)".
func mergedInto(w *sim.World, cause string) string {
	id, ok := strings.CutPrefix(cause, "merged into ")
	if !ok {
		return cause
	}
	for _, a := range w.Alliances() {
		if a.ID == id {
			return fmt.Sprintf("merged into %s (%s)", a.Label, a.ID)
		}
	}
	return cause
}

func hasKind(rs []sim.Record, kind string) bool {
	for _, r := range rs {
		if r.Kind == kind {
			return true
		}
	}
	return false
}
