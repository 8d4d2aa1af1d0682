//go:build race

package results

// raceOn reports whether the tests run under the race detector, which
// makes drawing figures about ten times slower.
const raceOn = true
