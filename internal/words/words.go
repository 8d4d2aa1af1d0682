// Package words writes counts in words people read: the noun in the
// number it takes.
package words

import "strconv"

// Plural is one when n is 1, else many.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count is n followed by the noun in its number: "1 rivalry",
// "2 rivalries".
func Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Plural(n, one, many)
}
