package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// replayRun is `entente run --replay LOG`: the steered run a decision log
// records (a class, a scripted policy), made again from its scenario, its
// seed and its decisions. The engine is deterministic and the log holds
// every decision in the order the engine asked for them, so the run's CSV
// files come out byte for byte as the class's. Only built-in scenarios
// are replayed (a class plays one), and only the one the log names, as
// it was: its SHA-256 must match.
type replayRun struct {
	sc    *scenarios.Scenario
	w     *sim.World
	ticks int
}

// maxDecisionLog bounds the log read: 60 students × 600 ticks of decisions
// take about 4 MB.
const maxDecisionLog = 32 << 20

func loadReplay(ctx context.Context, path string, stderr io.Writer) (*replayRun, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badInput("--replay: %v", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > maxDecisionLog {
		return nil, badInput("--replay %s: %d bytes, more than a decision log may hold (%d)", path, st.Size(), maxDecisionLog)
	}
	log, err := results.ReadDecisions(io.LimitReader(f, maxDecisionLog))
	if err != nil {
		return nil, badInput("--replay %s: %v", path, err)
	}
	h := log.Header
	if !strings.HasPrefix(h.Source, "builtin:") {
		return nil, badInput("--replay %s: the run was of %s, not a built-in scenario", path, h.Source)
	}
	if log.Ticks == 0 {
		return nil, badInput("--replay %s: the run it records ended before its first tick", path)
	}
	sc, err := load(ctx, h.Scenario, h.Overrides)
	if err != nil {
		return nil, err
	}
	if sc.SHA256 != h.SHA256 {
		return nil, badInput("--replay %s: scenario %s has changed since the log was written (SHA-256 %s, the log's %s)", path, h.Scenario, sc.SHA256, h.SHA256)
	}
	if h.Version != results.Version {
		fmt.Fprintf(stderr, "entente: the log was written by Entente %s, this is %s: the replay may differ\n", h.Version, results.Version)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		return nil, usageError{err}
	}
	ids := make([]string, len(w.Nations()))
	index := map[string]int{}
	for i, n := range w.Nations() {
		ids[i], index[n.ID] = n.ID, i
	}
	steered := make([]int, 0, len(h.Steered))
	for _, id := range h.Steered {
		i, ok := index[id]
		if !ok {
			return nil, badInput("--replay %s: steered nation %q is not in %s", path, id, h.Scenario)
		}
		steered = append(steered, i)
	}
	if err := w.Steer(steered, log.Controller(ids)); err != nil {
		return nil, badInput("--replay %s: %v", path, err)
	}
	return &replayRun{sc: sc, w: w, ticks: max(0, log.Ticks)}, nil
}
