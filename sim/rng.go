package sim

import "math/rand/v2"

// Stream returns the random stream of one purpose ("economy",
// "formation", "blocs") of one run: a PCG generator seeded from the master
// seed, the run index and the purpose by a mixing function, so streams are
// independent of each other and of the number of workers. Nothing in the
// engine uses the global generator or the clock.
func Stream(seed uint64, run int, purpose string) *rand.Rand {
	h := uint64(14695981039346656037) // FNV-1a of the purpose
	for i := 0; i < len(purpose); i++ {
		h ^= uint64(purpose[i])
		h *= 1099511628211
	}
	s1 := splitmix64(seed ^ splitmix64(uint64(run)+0x9e3779b97f4a7c15))
	s2 := splitmix64(h ^ splitmix64(s1))
	return rand.New(rand.NewPCG(s1, s2))
}

// splitmix64 is the finaliser of SplitMix64 (Steele, Lea & Flood 2014): a
// bijection that spreads every input bit over the output.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
