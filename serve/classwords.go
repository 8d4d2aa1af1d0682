package serve

import (
	"fmt"
	"regexp"
	"strings"

	"entente/sim"
)

// The engine names alliances and nations by their IDs ("join A2", "found
// with BAY"); a class reads names ("join Aurelia's alliance", "found a
// pact with Baymark") and shares in per cent.

var idWord = regexp.MustCompile(`\b[A-Z][A-Z0-9]{1,5}\b`)

// named puts names for the IDs of a world's alliances and nations in an
// engine's line.
func (c *class) named(line string) string {
	w := c.world
	line = strings.Replace(line, "found with ", "found a pact with ", 1)
	return idWord.ReplaceAllStringFunc(line, func(id string) string {
		for _, a := range w.Alliances() {
			if a.ID == id {
				return c.names.name(w, a)
			}
		}
		for _, n := range w.Nations() {
			if n.ID == id {
				return n.Name
			}
		}
		return id
	})
}

// nationIndex is the index of the nation id names, or -1.
func (c *class) nationIndex(id string) int {
	for i, n := range c.world.Nations() {
		if n.ID == id {
			return i
		}
	}
	return -1
}

func (c *class) namedAll(lines []string) []string {
	out := make([]string, len(lines))
	for k, l := range lines {
		out[k] = c.named(l)
	}
	return out
}

// decisionText says a decision as a class reads it: "spend 3.0 % of GDP,
// join Aurelia's alliance".
func (c *class) decisionText(d sim.Decision) string {
	var parts []string
	if d.Share != nil {
		parts = append(parts, fmt.Sprintf("spend %.1f %% of GDP", 100**d.Share))
	}
	if d.Aid != nil {
		parts = append(parts, fmt.Sprintf("give %.0f %% of the budget as aid", 100**d.Aid))
	}
	switch d.Action {
	case "":
	case sim.Stay:
		parts = append(parts, "stay")
	case sim.Found:
		parts = append(parts, c.named("found with "+d.Target))
	default:
		parts = append(parts, c.named(string(d.Action)+" "+d.Target))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}
