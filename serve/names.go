package serve

import (
	"fmt"
	"strings"
)

// shortNames are the names a class says, for the few states whose
// scenario name is long or wants an article.
var shortNames = map[string]string{
	"United States":  "the USA",
	"United Kingdom": "the UK",
	"Soviet Union":   "the USSR",
}

// theNames are the names read with "the" before them.
var theNames = []string{"Netherlands", "Czech Republic", "Philippines", "United ", "Baltic", "Holy See"}

// spoken is a nation's name as a sentence says it ("the USA", "France").
func spoken(name string) string {
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

// possessive is "the USA's", "the Netherlands'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

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
