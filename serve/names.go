package serve

import (
	"fmt"
	"strings"

	"entente/sim"
)

// spoken is a nation's name as a sentence says it ("the USA", "France").
func spoken(name string) string { return sim.Spoken(name) }

// possessive is "the USA's", "the Netherlands'".
func possessive(name string) string { return sim.Possessive(name) }

// listNames says up to three names and how many others: "the USA, the UK,
// France and 9 others"; "Albania and Bulgaria".
func listNames(names []string) string {
	switch {
	case len(names) == 0:
		return "nobody"
	case len(names) == 1:
		return names[0]
	case len(names) <= 3:
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	others := len(names) - 3
	word := "others"
	if others == 1 {
		word = "other"
	}
	return fmt.Sprintf("%s and %d %s", strings.Join(names[:3], ", "), others, word)
}
