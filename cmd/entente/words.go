package main

import "fmt"

// count writes n with the noun in the number it takes: "1 rivalry",
// "2 rivalries" (issue 15: "1 alliances" read as a slip).
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
