package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"

	"entente/sim"
)

// Memory: a valid world can still be too large for the machine (issue 18:
// 100,000 states passed check and died allocating 80 GB; validate
// --seeds 100000000 kept every run's record). run, check and validate
// estimate what a command will hold from the world's size, its length and
// the number of runs, and refuse beyond the limit before allocating: the
// machine's memory (MemTotal), or --max-memory.

// defaultMemory is the limit where the machine's memory cannot be read.
const defaultMemory = 16 << 30

// memoryFlag adds --max-memory to a command's flags.
func memoryFlag(fs *flag.FlagSet) *float64 {
	return fs.Float64("max-memory", 0, "refuse a world estimated to need more than this many GiB (default: the machine's memory)")
}

// memoryLimit is the limit in bytes: the flag's GiB, else MemTotal.
func memoryLimit(gib float64) int64 {
	if gib > 0 {
		return int64(gib * (1 << 30))
	}
	if total := memTotal(); total > 0 {
		return total
	}
	return defaultMemory
}

// memTotal reads MemTotal from /proc/meminfo (0 where there is none).
func memTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

// recordBytes is about what validate keeps of one run: every nation's
// state at every tick (NationTick, its alliance ids) and the alliances'.
func recordBytes(c sim.Config) int64 {
	return int64(c.Ticks()) * (160*int64(len(c.Nations)) + 4<<10)
}

// validateBytes is what validate holds: a world per worker at once and
// every seed's record until the scoring.
func validateBytes(c sim.Config, seeds, workers int) int64 {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	return int64(min(workers, seeds))*sim.EstimateBytes(c) + int64(seeds)*recordBytes(c)
}

// plotBytes is about what drawing a run's figures holds: its tables read
// back, about 1 KiB per nation-tick (issue 18: 45 states × 240,000 ticks
// reached 10 GB).
func plotBytes(c sim.Config) int64 {
	return nationTicksBytes(c.Ticks(), len(c.Nations))
}

func nationTicksBytes(ticks, nations int) int64 { return int64(ticks) * int64(nations) << 10 }

// checkMemory refuses (exit 2) a need above the limit.
func checkMemory(what string, need, limit int64) error {
	if need <= limit {
		return nil
	}
	return badInput("%s needs about %s of memory, more than the limit of %s (the machine's memory, or --max-memory): make the world smaller or shorter, or raise --max-memory",
		what, gib(need), gib(limit))
}

func gib(b int64) string { return fmt.Sprintf("%.1f GiB", float64(b)/(1<<30)) }

func mib(b int64) string {
	if b >= 1<<30 {
		return gib(b)
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}
