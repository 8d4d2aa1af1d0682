//go:build !unix

package results_test

// cpuTime is not measured here (see cputime_unix_test.go).
func cpuTime() float64 { return 0 }
