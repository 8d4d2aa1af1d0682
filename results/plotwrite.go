package results

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// PlotDir is the directory of a run that holds its figures.
const PlotDir = "plots"

// PlotFormats are the formats a figure can be written in;
// DefaultPlotFormats those written after every run.
var (
	PlotFormats        = []string{"png", "svg", "pdf"}
	DefaultPlotFormats = []string{"png", "svg"}
)

// figure is one picture of a run: its size (which may grow with the
// number of nations) and how to draw it.
type figure struct {
	name string
	size func(v *runView) (w, h vg.Length)
	draw func(v *runView, c draw.Canvas)
}

func figures() []figure {
	return []figure{timelineFigure, burdenFigure, threatFigure, healthFigure, worldFigure, dashboardFigure}
}

// Figures lists the names of the figures, in the order they are drawn.
func Figures() []string {
	var names []string
	for _, f := range figures() {
		names = append(names, f.name)
	}
	return names
}

// ParsePlotFormats reads a comma-separated list of formats ("png,svg").
func ParsePlotFormats(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if !slices.Contains(PlotFormats, f) {
			return nil, fmt.Errorf("unknown plot format %q (want %s)", f, strings.Join(PlotFormats, ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// IsRun reports whether dir holds a finished Entente run.
func IsRun(dir string) bool { return isRun(dir) }

// WritePlots draws every figure of a run in each format into dir, one
// file per figure and format (timeline.png, …), each written atomically.
// It returns the paths written. A run too short to draw gives an error
// wrapping ErrNothingToPlot and writes nothing; a dir that is a symbolic
// link or not a directory, one wrapping ErrOutputDir.
func WritePlots(r *RunData, dir string, formats []string) ([]string, error) {
	v, err := newRunView(r)
	if err != nil {
		return nil, err
	}
	// dir is a run's plots/: a symbolic link planted there is refused, not
	// followed, so the figures never land where it points.
	if err := mkdirNoFollow(filepath.Dir(dir), filepath.Base(dir)); err != nil {
		return nil, err
	}
	// Figures are independent: draw them side by side, one worker per CPU.
	// Each file's bytes depend only on the run, not on the order.
	figs := figures()
	paths := make([]string, len(figs)*len(formats))
	errs := make([]error, len(paths))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, f := range figs {
		w, h := f.size(v)
		for j, format := range formats {
			k := i*len(formats) + j
			paths[k] = filepath.Join(dir, f.name+"."+format)
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				if err := drawFile(paths[k], format, w, h, func(c draw.Canvas) { f.draw(v, c) }); err != nil {
					errs[k] = fmt.Errorf("plot %s: %w", filepath.Base(paths[k]), err)
				}
			})
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return paths, nil
}

// plotStaged draws the figures of a run still in its staging directory.
// A run too short to draw is not an error: skipped says why.
func plotStaged(staging string, formats []string) (skipped, err error) {
	r, err := ReadRun(staging)
	if err != nil {
		return nil, err
	}
	_, err = WritePlots(r, filepath.Join(staging, PlotDir), formats)
	if errors.Is(err, ErrNothingToPlot) {
		return err, nil
	}
	return nil, err
}

// drawFile draws a figure on a canvas of the format and size and writes
// it atomically; gonum/plot's panics on what it cannot draw become errors.
func drawFile(path, format string, w, h vg.Length, fn func(draw.Canvas)) (err error) {
	c, err := newCanvas(format, w, h)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("draw: %v", p)
		}
	}()
	fn(draw.New(c))
	return writeAtomic(path, c)
}
