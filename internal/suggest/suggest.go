// Package suggest finds the name a user probably meant: for "did you mean"
// in messages about a misspelled scenario, flag, key or metric.
package suggest

import "strings"

// Closest returns the candidate nearest to word in edit distance, when it
// is near enough to be a slip (at most a third of the word's length, and
// at least 1), or "". British spellings of the identifiers' American ones
// ("defence" for "defense") count as the same word.
func Closest(word string, candidates []string) string {
	w := normal(word)
	best, bestD := "", -1
	for _, c := range candidates {
		d := distance(w, normal(c))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD < 0 || bestD > max(1, len([]rune(word))/3) || best == word {
		return ""
	}
	return best
}

// Hint is ` (did you mean X?)` for the closest candidate, or "".
func Hint(word string, candidates []string) string {
	if c := Closest(word, candidates); c != "" {
		return " (did you mean " + c + "?)"
	}
	return ""
}

func normal(s string) string {
	s = strings.ToLower(s)
	return strings.ReplaceAll(s, "defence", "defense")
}

// distance is the Levenshtein distance between a and b, by runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
