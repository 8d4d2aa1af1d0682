package sim

import (
	"fmt"
	"strings"
)

// Names people read. They never enter the model's arithmetic: a run's
// numbers are the same whatever its alliances are called.

// shortNames are the names people say, for the few states whose scenario
// name is long or wants an article.
var shortNames = map[string]string{
	"United States":  "the USA",
	"United Kingdom": "the UK",
	"Soviet Union":   "the USSR",
}

// theNames are the names read with "the" before them.
var theNames = []string{"Netherlands", "Czech Republic", "Philippines", "United ", "Baltic", "Holy See"}

// Spoken is a nation's name as a sentence says it: "the USA", "France",
// "the Netherlands".
func Spoken(name string) string {
	if s, ok := shortNames[name]; ok {
		return s
	}
	for _, p := range theNames {
		if strings.HasPrefix(name, p) {
			return "the " + name
		}
	}
	return name
}

// Possessive is "the USA's", "the Netherlands'".
func Possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// LeaderName is the name an alliance gets after its leading member:
// "the USSR's alliance".
func LeaderName(nationName string) string { return Possessive(Spoken(nationName)) + " alliance" }

// nameNew names the alliances formed this tick after their strongest
// member at the end of the tick, so that the states that joined in the
// same tick count (a pact of two small states that the great power joins
// at once is the great power's). Called at the end of a tick and at the
// start of a run.
func (w *World) nameNew() {
	for _, a := range w.alliances {
		if a.Label != "" {
			continue
		}
		ms := a.Members
		if a.Dissolved {
			ms = a.LastMembers
		}
		if len(ms) == 0 {
			ms = a.Founders
		}
		a.Label = w.label("", a.ID, ms)
	}
}

// label names an alliance for readers: the scenario's name when it gives
// one, else after the strongest of members ("the USSR's alliance"). The
// name is kept for the whole run. When an earlier alliance of the run
// already has it, the founding year is added ("the USSR's alliance of
// 1962"), then a number.
func (w *World) label(given, id string, members []int) string {
	base := given
	if base == "" {
		lead := -1
		for _, m := range members {
			if lead < 0 || w.nations[m].Capability > w.nations[lead].Capability {
				lead = m
			}
		}
		if lead < 0 {
			return "alliance " + id
		}
		name := w.nations[lead].Name
		if name == "" {
			name = w.nations[lead].ID
		}
		base = LeaderName(name)
	}
	taken := func(s string) bool {
		for _, a := range w.alliances {
			if a.Label == s {
				return true
			}
		}
		return false
	}
	if !taken(base) {
		return base
	}
	year := w.cfg.YearOf(w.tick)
	yearText := fmt.Sprint(int(year))
	if year != float64(int(year)) {
		yearText = fmt.Sprintf("%g", year)
	}
	s := fmt.Sprintf("%s of %s", base, yearText)
	for k := 2; taken(s); k++ {
		s = fmt.Sprintf("%s of %s #%d", base, yearText, k)
	}
	return s
}
