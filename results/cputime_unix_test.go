//go:build unix

package results_test

import "syscall"

// cpuTime is the CPU time the process has used, user and system, in
// milliseconds. On a shared machine a benchmark's wall time moves with the
// other jobs; its CPU time much less, so benchmarks of the figures report
// both.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}
