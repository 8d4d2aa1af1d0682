package sim

// EstimateBytes is about the heap a world of cfg takes while it runs, so
// that a caller can refuse a world the machine cannot hold before
// allocating it (100,000 states ask for terabytes). The world keeps
// fourteen n×n matrices, κ's memo and stamps and the ideological marks:
// measured after three ticks of generated worlds, 189–203 bytes per pair
// of states at 500 to 2,000 states; 220 leaves a margin. Per state and per
// event the terms are small; a run's outputs are streamed, not held.
func EstimateBytes(cfg Config) int64 {
	n := int64(len(cfg.Nations))
	return 220*n*n + 4<<10*n + 512*int64(len(cfg.Events)) + 1<<20
}
