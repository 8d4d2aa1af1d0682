// Command peacechanges reads how defence shares change from one year of
// peace to the next, in history and in the runs: whether large cuts are
// more common than large rises, as a short-run answer to an easing burden
// livelier than the long-run one would make them. Run from the
// repository's root:
//
//	go run ./scripts/peacechanges
//
// For every built-in era, each state and year whose share and the next
// year's are both in the reference shares, from the same source (a change
// of source is a break of the series, not a change of budget), the state
// at war in neither year nor in the year before (a war of the era's
// events, against states of the era or outside it), it takes the change of the
// log share; the same state-years of a run of the era at its own seed give
// the runs' changes. It prints, for each, the rises and the falls beyond
// 0.1, 0.2 and 0.3 in log and the changes' skewness (gonum's stat.Skew). docs/MODEL-NOTES.md
// ("Tried and not kept: a short-run answer to the burden livelier than the
// long-run one") gives what it prints.
package main

import (
	"context"
	"fmt"
	"math"
	"os"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"

	"gonum.org/v1/gonum/stat"
)

// thresholds are the sizes of a change counted, in log.
var thresholds = []float64{0.1, 0.2, 0.3}

func main() {
	history, runs, err := read()
	if err != nil {
		fmt.Fprintln(os.Stderr, "peacechanges:", err)
		os.Exit(1)
	}
	for _, c := range []struct {
		name    string
		changes []float64
	}{{"history", history}, {"the runs", runs}} {
		fmt.Printf("%s: %d changes, skewness %.2f\n", c.name, len(c.changes), stat.Skew(c.changes, nil))
		for _, th := range thresholds {
			up, down := beyond(c.changes, th)
			fmt.Printf("  beyond %.1f in log: %d rises, %d falls\n", th, up, down)
		}
	}
}

// read returns every era's peacetime changes of the log share, history's
// and its run's.
func read() (history, runs []float64, err error) {
	err = eras.Each(func(_ string, cfg sim.Config, h *validate.History) error {
		records, err := validate.Runs(context.Background(), cfg, 1, 1)
		if err != nil {
			return err
		}
		r := records[0]
		wars := eras.Wars(cfg)
		for i, n := range cfg.Nations {
			for y := cfg.StartYear; y < cfg.EndYear; y++ {
				a, okA := h.Share(n.ID, y)
				b, okB := h.Share(n.ID, y+1)
				if !okA || !okB || !(a.Value > 0) || !(b.Value > 0) || a.Source != b.Source || atWar(wars, i, y) {
					continue
				}
				history = append(history, math.Log(b.Value/a.Value))
				p, okP := r.Share(n.ID, y)
				q, okQ := r.Share(n.ID, y+1)
				if okP && okQ && p > 0 && q > 0 {
					runs = append(runs, math.Log(q/p))
				}
			}
		}
		return nil
	})
	return history, runs, err
}

// atWar reports whether nation i fights a war that overlaps the years y−1
// to y+1: the change from y to y+1 and the year before it, so that a war's
// end and its first year of peace are not read as peace.
func atWar(wars []eras.War, i, y int) bool {
	for _, x := range wars {
		if x.Fights(i) && x.From < float64(y+2) && x.To > float64(y-1) {
			return true
		}
	}
	return false
}

// beyond counts the changes above th and below −th.
func beyond(changes []float64, th float64) (up, down int) {
	for _, c := range changes {
		switch {
		case c > th:
			up++
		case c < -th:
			down++
		}
	}
	return up, down
}
