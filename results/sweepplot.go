package results

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
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
		}{{base, vg.Length(len(numeric)) * 3.6 * vg.Inch, sweepBandHeight,
			func(c draw.Canvas) { drawBands(c, t, m, numeric) }}}
		if len(numeric) >= 2 {
			figs = append(figs, struct {
				path string
				w, h vg.Length
				draw func(c draw.Canvas)
			}{base + "-heatmap", 6.4 * vg.Inch, 4.6 * vg.Inch,
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
// Each panel pools the runs of every value of the other parameters, which
// a caption under the panels says.
func drawBands(c draw.Canvas, t *SweepTable, m int, params []int) {
	title, unit := describeMetric(t.Metrics[m])
	plots := make([][]*plot.Plot, 1)
	for _, j := range params {
		p := sweepPlot("", t.Params[j], unit)
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
		}
		if line, points, err := plotter.NewLinePoints(mean); err == nil {
			line.Color, points.Color = okabeIto[0], okabeIto[0]
			line.Width = vg.Points(1.5)
			points.Shape = draw.CircleGlyph{}
			points.Radius = vg.Points(2)
			p.Add(line, points)
		}
		plots[0] = append(plots[0], p)
	}
	// The key is in words under the panels (a legend would cover a band).
	head := textStyle(11)
	head.YAlign = draw.YTop
	c.FillText(head, vg.Point{X: c.Min.X + vg.Points(6), Y: c.Max.Y - vg.Points(4)}, title)
	sty := textStyle(8.5)
	sty.Color = unalignedColor
	sty.YAlign = draw.YBottom
	y := c.Min.Y + vg.Points(4)
	lines := bandCaption(t)
	for k := len(lines) - 1; k >= 0; k-- {
		c.FillText(sty, vg.Point{X: c.Min.X + vg.Points(6), Y: y}, lines[k])
		y += sty.Height(lines[k]) * 1.2
	}
	panels := c
	panels.Min.Y = y + vg.Points(4)
	panels.Max.Y -= head.Height(title) + vg.Points(10)
	tiles := draw.Tiles{Rows: 1, Cols: len(plots[0]), PadX: vg.Points(8),
		PadTop: vg.Points(4), PadBottom: vg.Points(4), PadLeft: vg.Points(4), PadRight: vg.Points(8)}
	canvases := plot.Align(plots, tiles, panels)
	for k, p := range plots[0] {
		drawPlot(p, canvases[0][k])
	}
}

// bandCaption says, in lines, what a line and a band are and what a panel
// pools.
func bandCaption(t *SweepTable) []string {
	s := []string{"Line: mean of the runs at each value. Band: their 5th to 95th percentile (90 % of runs)."}
	if !t.Grid {
		s[0] = fmt.Sprintf("Line: mean of the runs in each of %d bins of equal counts. Band: their 5th to 95th percentile (90 %% of runs).", sweepBins)
	}
	if len(t.Params) > 1 {
		s = append(s, "Each panel pools the runs of all values of the other parameters.")
	}
	return s
}

// sweepBandHeight is the height of a bands figure: the panels and a caption.
const sweepBandHeight = 3.5 * vg.Inch

// drawHeat draws the metric's mean over two parameters as a heat map:
// cells in viridis with white borders and their values written in, grey
// where no run defines the metric, and a colour bar named with the
// metric and its unit.
func drawHeat(c draw.Canvas, t *SweepTable, m, jx, jy int) {
	g := newHeatGrid(t.X[jx], t.X[jy], t.Y[m], t.Grid)
	title, unit := describeMetric(t.Metrics[m])
	p := sweepPlot(title, t.Params[jx], t.Params[jy])
	p.Title.Padding = vg.Points(6)
	p.X.Padding, p.Y.Padding = 0, 0
	p.X.Tick.Marker = cellTicks(g.xs)
	p.Y.Tick.Marker = cellTicks(g.ys)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, row := range g.z {
		for _, z := range row {
			if !math.IsNaN(z) {
				lo, hi = math.Min(lo, z), math.Max(hi, z)
			}
		}
	}
	if math.IsInf(lo, 0) {
		lo, hi = 0, 1
	}
	cells := &heatCellsPlotter{g: g, lo: lo, hi: hi, labels: len(g.xs)*len(g.ys) <= 144}
	p.Add(cells)
	p.X.Min, p.X.Max = cells.edges(g.xs)
	p.Y.Min, p.Y.Max = cells.edges(g.ys)
	p.Y.Label.Text = t.Params[jy]

	bar := plot.New()
	bar.BackgroundColor = nil
	bar.Add(&colourBar{lo: lo, hi: hi})
	bar.HideX()
	bar.Y.Min, bar.Y.Max = lo, hi
	if !(hi > lo) {
		bar.Y.Min, bar.Y.Max = lo-0.5, lo+0.5
	}
	bar.Y.Tick.Marker = niceTicks{}
	bar.Y.Tick.Label.Font = font.From(plotFont, 8.5)
	bar.Y.Label.Text = unit + ", mean of the runs in a cell"
	bar.Y.Label.TextStyle.Font = font.From(plotFont, 9)
	bar.Y.Label.Position = draw.PosCenter
	bar.Y.Padding = 0
	barWidth := vg.Points(14)
	barLabel := vg.Points(64) // ticks and the rotated label
	right := c.Max.X - barWidth - barLabel - vg.Points(10)
	drawPlot(p, draw.Crop(c, 0, right-c.Max.X, 0, 0))
	barCanvas := draw.Crop(c, right-c.Min.X+vg.Points(10), -vg.Points(4), vg.Points(36), -vg.Points(30))
	drawPlot(bar, barCanvas)
	if cells.missing {
		sty := textStyle(8)
		sty.Color = unalignedColor
		sty.XAlign = draw.XRight
		sty.YAlign = draw.YBottom
		c.FillText(sty, vg.Point{X: c.Max.X - vg.Points(4), Y: c.Min.Y + vg.Points(2)}, "grey: no run defines it")
	}
}

// viridis is matplotlib's perceptually uniform colour map (van der Walt
// and Smith), sampled at nine points: dark violet to yellow, never white,
// and readable in grey and by the colour-blind.
var viridis = []color.RGBA{
	{0x44, 0x01, 0x54, 0xff}, {0x47, 0x2d, 0x7b, 0xff}, {0x3b, 0x52, 0x8b, 0xff},
	{0x2c, 0x72, 0x8e, 0xff}, {0x21, 0x91, 0x8c, 0xff}, {0x28, 0xae, 0x80, 0xff},
	{0x5e, 0xc9, 0x62, 0xff}, {0xad, 0xdc, 0x30, 0xff}, {0xfd, 0xe7, 0x25, 0xff},
}

// viridisAt is the colour of f in [0, 1], interpolated between the samples.
func viridisAt(f float64) color.RGBA {
	if math.IsNaN(f) {
		f = 0
	}
	f = math.Max(0, math.Min(1, f)) * float64(len(viridis)-1)
	k := min(int(f), len(viridis)-2)
	u := f - float64(k)
	a, b := viridis[k], viridis[k+1]
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + u*(float64(y)-float64(x)))) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

// heatNaN is the colour of a cell no run defines.
var heatNaN = color.Gray{0xC8}

// heatCellsPlotter draws the cells of a heat grid, each a rectangle from
// midway to its neighbours, bordered in white, with its value written in
// when there are few enough cells to read.
type heatCellsPlotter struct {
	g       *heatGrid
	lo, hi  float64
	labels  bool
	missing bool // a cell is grey
}

// edges are the outer edges of the cells of one axis.
func (h *heatCellsPlotter) edges(cs []float64) (lo, hi float64) {
	if len(cs) == 1 {
		return cs[0] - 0.5, cs[0] + 0.5
	}
	return cs[0] - (cs[1]-cs[0])/2, cs[len(cs)-1] + (cs[len(cs)-1]-cs[len(cs)-2])/2
}

func cellBounds(cs []float64, k int) (lo, hi float64) {
	if len(cs) == 1 {
		return cs[0] - 0.5, cs[0] + 0.5
	}
	if k == 0 {
		lo = cs[0] - (cs[1]-cs[0])/2
	} else {
		lo = (cs[k-1] + cs[k]) / 2
	}
	if k == len(cs)-1 {
		hi = cs[k] + (cs[k]-cs[k-1])/2
	} else {
		hi = (cs[k] + cs[k+1]) / 2
	}
	return lo, hi
}

func (h *heatCellsPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	border := draw.LineStyle{Color: color.White, Width: vg.Points(1.2)}
	sty := textStyle(7.5)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	for r, y := range h.g.ys {
		y0, y1 := cellBounds(h.g.ys, r)
		for col := range h.g.xs {
			x0, x1 := cellBounds(h.g.xs, col)
			rect := []vg.Point{{X: trX(x0), Y: trY(y0)}, {X: trX(x1), Y: trY(y0)}, {X: trX(x1), Y: trY(y1)}, {X: trX(x0), Y: trY(y1)}}
			z := h.g.z[r][col]
			var fill color.Color = heatNaN
			f := 0.5
			if math.IsNaN(z) {
				h.missing = true
			} else {
				if h.hi > h.lo {
					f = (z - h.lo) / (h.hi - h.lo)
				}
				fill = viridisAt(f)
			}
			c.FillPolygon(fill, rect)
			c.StrokeLines(border, append(rect, rect[0]))
			if h.labels && !math.IsNaN(z) {
				sty.Color = color.White
				if f > 0.55 {
					sty.Color = color.Black // the yellow end
				}
				c.FillText(sty, vg.Point{X: trX((x0 + x1) / 2), Y: trY(y)}, shortValue(z))
			}
		}
	}
}

// shortValue writes a cell's value in three significant digits.
func shortValue(z float64) string { return strconv.FormatFloat(z, 'g', 3, 64) }

// cellTicks labels the cell centres of a grid's axis (every one when
// there are few, else every other).
type cellTicks []float64

func (cs cellTicks) Ticks(min, max float64) []plot.Tick {
	if len(cs) > 12 {
		return niceTicks{}.Ticks(min, max)
	}
	var ts []plot.Tick
	for _, v := range cs {
		ts = append(ts, plot.Tick{Value: v, Label: shortValue(v)})
	}
	return ts
}

// colourBar fills its data range with the viridis scale, bottom (lo) to
// top (hi).
type colourBar struct{ lo, hi float64 }

func (b *colourBar) Plot(c draw.Canvas, p *plot.Plot) {
	const n = 64
	for k := range n {
		y0 := c.Min.Y + c.Size().Y*vg.Length(k)/n
		// Each step reaches the top, the next painted over it: no seams.
		c.FillPolygon(viridisAt((float64(k)+0.5)/n), []vg.Point{{X: c.Min.X, Y: y0}, {X: c.Max.X, Y: y0}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Min.X, Y: c.Max.Y}})
	}
}

// describeMetric puts a metric's name (mean.defense_share@2000:2015) in
// words, for a title, and gives its unit, for an axis or a colour bar.
func describeMetric(name string) (title, unit string) {
	spec, window, windowed := strings.Cut(name, "@")
	kind, v, _ := strings.Cut(spec, ".")
	what, unit := v, "value"
	if d, ok := metricVars[v]; ok {
		what, unit = d[0], d[1]
	}
	switch kind {
	case "final":
		title = capitalise(what) + " at the end"
	case "mean", "min", "max":
		title = map[string]string{"mean": "Mean", "min": "Lowest", "max": "Highest"}[kind] + " " + what + " over the years"
		if windowed {
			title = strings.TrimSuffix(title, " over the years")
		}
	case "count":
		title, unit = "Number of "+v+" events", "events"
	case "first":
		title, unit = "Year of the first "+v+" event", "year"
	case "validation":
		title, unit = "Historical targets met", "targets met"
		if v == "score" {
			title, unit = "Share of the historical targets met", "share of targets (0 to 1)"
		}
	default:
		return name, "value"
	}
	if windowed {
		from, to, _ := strings.Cut(window, ":")
		title += ", " + from + "–" + to
	}
	return title, unit
}

// metricVars are the world variables a sweep's metrics read, in words,
// with their units.
var metricVars = map[string][2]string{
	"alliances":          {"number of alliances", "alliances"},
	"blocs":              {"number of blocs", "blocs"},
	"effective_blocs":    {"effective number of blocs", "effective blocs"},
	"largest_bloc_share": {"largest bloc's share of the states", "share of states (0 to 1)"},
	"energy":             {"landscape energy", "energy"},
	"aid_total":          {"aid between allies", "billion USD"},
	"credit_outstanding": {"credit outstanding", "billion USD"},
	"defaults":           {"number of defaults", "defaults"},
	"capability":         {"total capability", "capability"},
	"defense_share":      {"defence spending of the states", "share of GDP (0.03 = 3 %)"},
	"aligned":            {"share of states in an alliance", "share of states (0 to 1)"},
	"cohesion":           {"cohesion of the alliances", "cohesion (0 to 1)"},
	"exploitation":       {"exploitation index of the alliances", "exploitation index"},
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
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
