package results

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// PlotDir is the directory of a run that holds its figures.
const PlotDir = "plots"

// PlotFormats are the formats a figure can be written in;
// DefaultPlotFormats those written after every run unless --format says
// otherwise. PNG alone: SVG (or PDF) as well takes a default run from
// about 110 to about 180 ms (BENCHMARKS.md).
var (
	PlotFormats        = []string{"png", "svg", "pdf"}
	DefaultPlotFormats = []string{"png"}
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
	// Figures are independent: draw them side by side, one worker per CPU,
	// the largest first (the dashboard as PNG is a third of the work) so
	// that no worker is left alone with it at the end. Each file's bytes
	// depend only on the run, not on the order or the number of workers.
	figs := figures()
	paths := make([]string, len(figs)*len(formats))
	errs := make([]error, len(paths))
	type job struct {
		k        int
		format   string
		w, h     vg.Length
		draw     func(draw.Canvas)
		estimate float64
	}
	var jobs []job
	for i, f := range figs {
		w, h := f.size(v)
		for j, format := range formats {
			k := i*len(formats) + j
			paths[k] = filepath.Join(dir, f.name+"."+format)
			cost := float64(w * h)
			if format == "svg" {
				cost /= 8 // no pixels to fill or compress
			}
			jobs = append(jobs, job{k: k, format: format, w: w, h: h, draw: func(c draw.Canvas) { f.draw(v, c) }, estimate: cost})
		}
	}
	slices.SortStableFunc(jobs, func(a, b job) int { return cmp.Compare(b.estimate, a.estimate) })
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for {
				n := int(next.Add(1)) - 1
				if n >= len(jobs) {
					return
				}
				j := jobs[n]
				if err := drawFile(paths[j.k], j.format, j.w, j.h, j.draw); err != nil {
					errs[j.k] = fmt.Errorf("plot %s: %w", filepath.Base(paths[j.k]), err)
				}
			}
		})
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
	dc := draw.New(c)
	if format != "png" { // a PNG canvas starts white
		dc.SetColor(color.White)
		dc.Fill(dc.Rectangle.Path())
	}
	fn(dc)
	return writeAtomic(path, c)
}
