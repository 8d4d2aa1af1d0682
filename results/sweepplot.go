package results

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// SweepTable is what a sweep's figures read: for every run, the value of
// each swept parameter and of each metric (NaN where it is not a number
// or the run does not define it).
type SweepTable struct {
	Params  []string
	X       [][]float64 // [parameter][run]
	Metrics []string
	Y       [][]float64 // [metric][run]
	// Grid marks a full-factorial design: a parameter's values repeat
	// exactly, so runs are grouped by value rather than by bins.
	Grid bool
}

// sweepBins is the number of bins a sampled (not grid) parameter's range
// is cut into.
const sweepBins = 10

// WriteSweepFigures draws, for each metric, its mean with a 90 % band
// (5th to 95th percentile of the runs) over each numeric parameter, side
// by side in one figure, and, when two or more parameters are numeric, a
// heat map of its mean over the first two. It writes each figure in every
// format into dir and returns the paths.
func WriteSweepFigures(dir string, t *SweepTable, formats []string) ([]string, error) {
	var numeric []int
	for j, xs := range t.X {
		if distinct(xs) >= 2 {
			numeric = append(numeric, j)
		}
	}
	if len(numeric) == 0 {
		return nil, fmt.Errorf("%w: no parameter takes two or more numeric values", ErrNothingToPlot)
	}
	var paths []string
	var errs []error
	for m, name := range t.Metrics {
		if distinct(t.Y[m]) == 0 {
			continue // nothing defined: no figure
		}
		base := filepath.Join(dir, fileSafe(name))
		figs := []struct {
			path string
			w, h vg.Length
			draw func(c draw.Canvas)
		}{{base, vg.Length(len(numeric)) * 3.6 * vg.Inch, 3 * vg.Inch,
			func(c draw.Canvas) { drawBands(c, t, m, numeric) }}}
		if len(numeric) >= 2 {
			figs = append(figs, struct {
				path string
				w, h vg.Length
				draw func(c draw.Canvas)
			}{base + "-heatmap", 5.4 * vg.Inch, 4 * vg.Inch,
				func(c draw.Canvas) { drawHeat(c, t, m, numeric[0], numeric[1]) }})
		}
		for _, f := range figs {
			for _, format := range formats {
				path := f.path + "." + format
				if err := drawFile(path, format, f.w, f.h, f.draw); err != nil {
					errs = append(errs, fmt.Errorf("plot %s: %w", filepath.Base(path), err))
					continue
				}
				paths = append(paths, path)
			}
		}
	}
	return paths, errors.Join(errs...)
}

// fileSafe turns a metric's name into a file name.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ':' || r == '/' || r == '\\' || r == ' ' {
			return '-'
		}
		return r
	}, s)
}

func distinct(vs []float64) int {
	seen := map[float64]bool{}
	for _, v := range vs {
		if !math.IsNaN(v) {
			seen[v] = true
		}
	}
	return len(seen)
}

// group is the runs of one value (or one bin) of a parameter.
type group struct {
	x  float64 // the value, or the bin's mean
	ys []float64
}

// groupBy gathers a metric's defined values by the parameter's value: by
// exact value in a grid, else in sweepBins bins of equal counts.
func groupBy(xs, ys []float64, grid bool) []group {
	type pt struct{ x, y float64 }
	var pts []pt
	for i, x := range xs {
		if !math.IsNaN(x) && !math.IsNaN(ys[i]) {
			pts = append(pts, pt{x, ys[i]})
		}
	}
	slices.SortStableFunc(pts, func(a, b pt) int { return cmpFloat(a.x, b.x) })
	var out []group
	if grid {
		for _, p := range pts {
			if len(out) == 0 || out[len(out)-1].x != p.x {
				out = append(out, group{x: p.x})
			}
			out[len(out)-1].ys = append(out[len(out)-1].ys, p.y)
		}
		return out
	}
	n := min(sweepBins, len(pts))
	for b := range n {
		lo, hi := b*len(pts)/n, (b+1)*len(pts)/n
		g := group{}
		for _, p := range pts[lo:hi] {
			g.x += p.x / float64(hi-lo)
			g.ys = append(g.ys, p.y)
		}
		out = append(out, g)
	}
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// drawBands draws one panel per parameter: the metric's mean over runs
// against the parameter, in a band from the 5th to the 95th percentile.
func drawBands(c draw.Canvas, t *SweepTable, m int, params []int) {
	plots := make([][]*plot.Plot, 1)
	for _, j := range params {
		p := sweepPlot(t.Metrics[m], t.Params[j], t.Metrics[m])
		groups := groupBy(t.X[j], t.Y[m], t.Grid)
		mean, band := make(plotter.XYs, len(groups)), make(plotter.XYs, 2*len(groups))
		for k, g := range groups {
			slices.Sort(g.ys)
			mean[k] = plotter.XY{X: g.x, Y: stat.Mean(g.ys, nil)}
			band[k] = plotter.XY{X: g.x, Y: stat.Quantile(0.05, stat.LinInterp, g.ys, nil)}
			band[2*len(groups)-1-k] = plotter.XY{X: g.x, Y: stat.Quantile(0.95, stat.LinInterp, g.ys, nil)}
		}
		if poly, err := plotter.NewPolygon(band); err == nil {
			poly.Color = color.NRGBA{0x56, 0xB4, 0xE9, 0x70} // sky blue, see-through
			poly.LineStyle.Width = 0
			p.Add(poly)
			p.Legend.Add("90 % of runs", poly)
		}
		if line, points, err := plotter.NewLinePoints(mean); err == nil {
			line.Color, points.Color = okabeIto[0], okabeIto[0]
			line.Width = vg.Points(1.5)
			points.Shape = draw.CircleGlyph{}
			points.Radius = vg.Points(2)
			p.Add(line, points)
			p.Legend.Add("mean", line, points)
		}
		p.Legend.Top = true
		plots[0] = append(plots[0], p)
	}
	tiles := draw.Tiles{Rows: 1, Cols: len(plots[0]), PadX: vg.Points(8),
		PadTop: vg.Points(4), PadBottom: vg.Points(4), PadLeft: vg.Points(4), PadRight: vg.Points(8)}
	canvases := plot.Align(plots, tiles, c)
	for k, p := range plots[0] {
		p.Draw(canvases[0][k])
	}
}

// drawHeat draws the metric's mean over two parameters as a heat map,
// with a colour bar.
func drawHeat(c draw.Canvas, t *SweepTable, m, jx, jy int) {
	g := newHeatGrid(t.X[jx], t.X[jy], t.Y[m], t.Grid)
	p := sweepPlot(t.Metrics[m]+" (mean)", t.Params[jx], t.Params[jy])
	pal := moreland.ExtendedBlackBody().Palette(64)
	h := plotter.NewHeatMap(g, pal)
	h.NaN = color.Gray{0x90} // no run defines the metric there
	// The extremes fall on the palette's ends (HeatMap leaves its maximum
	// without a colour).
	h.Underflow, h.Overflow = pal.Colors()[0], pal.Colors()[len(pal.Colors())-1]
	p.Add(h)
	bar := plot.New()
	cb := &plotter.ColorBar{ColorMap: moreland.ExtendedBlackBody(), Vertical: true}
	lo, hi := h.Min, h.Max
	if !(hi > lo) {
		hi = lo + 1
	}
	cb.ColorMap.SetMin(lo)
	cb.ColorMap.SetMax(hi)
	bar.Add(cb)
	bar.HideX()
	bar.Y.Tick.Marker = niceTicks{}
	bar.Y.Tick.Label.Font = font.From(plotFont, 8.5)
	bar.Y.Padding = 0
	right := c.Max.X - vg.Inch
	p.Draw(draw.Crop(c, 0, right-c.Max.X-vg.Points(6), 0, 0))
	bar.Draw(draw.Crop(c, right-c.Min.X+vg.Points(6), 0, vg.Points(38), -vg.Points(24)))
}

// sweepPlot makes an empty panel in the house style.
func sweepPlot(title, xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(plotFont, 11)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(plotFont, 9.5)
		a.Tick.Label.Font = font.From(plotFont, 8.5)
		a.Tick.Marker = niceTicks{}
	}
	p.X.Label.Text, p.Y.Label.Text = xlabel, ylabel
	p.Legend.TextStyle.Font = font.From(plotFont, 8.5)
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	return p
}

// heatGrid is a metric's mean in cells over two parameters: each distinct
// value in a grid, sweepBins equal-width bins otherwise.
type heatGrid struct {
	xs, ys []float64 // cell centres
	z      [][]float64
}

func newHeatGrid(xs, ys, zs []float64, grid bool) *heatGrid {
	cx, ix := heatCells(xs, grid)
	cy, iy := heatCells(ys, grid)
	sum := make([][]float64, len(cy))
	n := make([][]int, len(cy))
	for r := range cy {
		sum[r], n[r] = make([]float64, len(cx)), make([]int, len(cx))
	}
	for k := range zs {
		if ix[k] >= 0 && iy[k] >= 0 && !math.IsNaN(zs[k]) {
			sum[iy[k]][ix[k]] += zs[k]
			n[iy[k]][ix[k]]++
		}
	}
	for r := range sum {
		for c := range sum[r] {
			if n[r][c] == 0 {
				sum[r][c] = math.NaN()
			} else {
				sum[r][c] /= float64(n[r][c])
			}
		}
	}
	return &heatGrid{xs: cx, ys: cy, z: sum}
}

// heatCells returns the cell centres of one axis and each run's cell (−1 for
// a run without a value).
func heatCells(vs []float64, grid bool) ([]float64, []int) {
	idx := make([]int, len(vs))
	if grid {
		var centres []float64
		for _, v := range vs {
			if !math.IsNaN(v) && !slices.Contains(centres, v) {
				centres = append(centres, v)
			}
		}
		slices.Sort(centres)
		for k, v := range vs {
			idx[k] = slices.Index(centres, v)
		}
		return centres, idx
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		if !math.IsNaN(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	width := (hi - lo) / sweepBins
	centres := make([]float64, sweepBins)
	for b := range centres {
		centres[b] = lo + (float64(b)+0.5)*width
	}
	for k, v := range vs {
		idx[k] = -1
		if !math.IsNaN(v) {
			idx[k] = min(int((v-lo)/width), sweepBins-1)
		}
	}
	return centres, idx
}

func (g *heatGrid) Dims() (c, r int)   { return len(g.xs), len(g.ys) }
func (g *heatGrid) Z(c, r int) float64 { return g.z[r][c] }
func (g *heatGrid) X(c int) float64    { return g.xs[c] }
func (g *heatGrid) Y(r int) float64    { return g.ys[r] }
