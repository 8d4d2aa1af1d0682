package serve

// runBytes estimates from above the memory one session's run holds, so a
// world too large is refused before it is allocated (Options.check): the
// world, which keeps no history but about sixteen n×n matrices of float64
// and some kB a nation (counted here as 24 matrices and 8 KiB), and the
// run's encoded frames, one a tick, which every stream replays (measured at
// about 33 bytes a nation; counted as 128, for long numbers, member lists
// and ticker lines, with 1 KiB a tick for the rest). It is this package's
// own estimate, kept simple: TestRunBytesBoundsARun says whether it still
// bounds a real run when the engine or the frames change.
func runBytes(nations, ticks int) int64 {
	n, t := int64(nations), int64(ticks)
	world := 24*8*n*n + 8<<10*n
	frames := (t + 1) * (1<<10 + 128*n)
	return world + frames
}
