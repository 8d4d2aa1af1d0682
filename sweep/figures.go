package sweep

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"entente/results"
)

// PlotDir holds a sweep's figures.
const PlotDir = "plots"

// writeFigures draws the sweep's figures from its rows (see
// results.WriteSweepFigures). A sweep with no numeric parameter that
// varies has no figures, which is not an error.
func writeFigures(dir string, man *Manifest, done map[int][]string, formats []string) ([]string, error) {
	nParams := len(man.Plan.Params)
	t := &results.SweepTable{Grid: man.Plan.Design == Grid}
	for _, q := range man.Plan.Params {
		t.Params = append(t.Params, q.Key)
	}
	t.Metrics = man.Plan.Metrics
	t.X = make([][]float64, nParams)
	t.Y = make([][]float64, len(t.Metrics))
	const first = 3 // run, point, seed
	for _, k := range sortedRuns(done) {
		row := done[k]
		for j := range t.X {
			t.X[j] = append(t.X[j], parseCell(row[first+j]))
		}
		for m := range t.Y {
			t.Y[m] = append(t.Y[m], parseCell(row[first+nParams+m]))
		}
	}
	out := filepath.Join(dir, PlotDir)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	paths, err := results.WriteSweepFigures(out, t, formats)
	if errors.Is(err, results.ErrNothingToPlot) {
		return nil, nil
	}
	return paths, err
}

// parseCell reads a runs.csv cell as a number; NaN if it is not one.
func parseCell(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return v
}
