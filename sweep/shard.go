package sweep

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Shard is one of Count parts of a sweep: the runs whose index is Index
// modulo Count. Interleaving keeps the shards' sizes within one run of
// each other and spreads slow corners of the design over all of them.
type Shard struct {
	Index int `json:"index"`
	Count int `json:"count"`
}

// Has reports whether run k belongs to the shard.
func (s *Shard) Has(k int) bool { return s == nil || k%s.Count == s.Index }

// Size is the number of the n runs the shard holds (n for no shard).
func (s *Shard) Size(n int) int {
	if s == nil {
		return n
	}
	return (n - s.Index + s.Count - 1) / s.Count
}

func (s *Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// shardEnv are the variables a cluster's job array sets to the task's
// index: Slurm's, then Kubernetes Indexed Jobs'.
var shardEnv = []string{"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"}

// ParseShard reads "I/N", or "/N" or "N" alone to take I from the job
// array's environment (SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX).
func ParseShard(s string, getenv func(string) string) (*Shard, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	idx, count, hasIdx := strings.Cut(s, "/")
	if !hasIdx {
		idx, count = "", s
	}
	n, err := strconv.Atoi(count)
	if err != nil || n < 1 {
		return nil, fmt.Errorf("--shard %q: want I/N with N ≥ 1 (or N alone, I from $SLURM_ARRAY_TASK_ID or $JOB_COMPLETION_INDEX)", s)
	}
	from := "--shard"
	if idx == "" {
		for _, v := range shardEnv {
			if idx = getenv(v); idx != "" {
				from = "$" + v
				break
			}
		}
		if idx == "" {
			return nil, fmt.Errorf("--shard %q: no shard index given, and neither $SLURM_ARRAY_TASK_ID nor $JOB_COMPLETION_INDEX is set", s)
		}
	}
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i >= n {
		return nil, fmt.Errorf("%s: shard index %q is not a whole number from 0 to %d", from, idx, n-1)
	}
	return &Shard{Index: i, Count: n}, nil
}
