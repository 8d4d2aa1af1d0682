package sim

// Hooks for the external tests (package sim_test), which load the built-in
// scenarios (package scenarios imports sim, so sim's own tests cannot).

// ShareCoresAlways makes w share its phases' work between two cores
// whatever its size (parallel.go; below shareFrom it does not).
func ShareCoresAlways(w *World) { w.parallel = parallelOn }

// WaitBatches is how many runs of waiting nations w's formations have
// searched side by side (waitbatch.go).
func WaitBatches(w *World) int { return w.waitBatches }

// Snapshot is everything an observer reads after a tick (snapshot).
func Snapshot(w *World) string { return snapshot(w) }
