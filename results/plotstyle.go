package results

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// okabeIto is the Okabe–Ito colour-blind-safe palette without its black,
// the darkest and most distinct colours first. Alliance k (in order of
// creation) takes colour k mod 7, and a dash pattern from its cycle.
var okabeIto = []color.Color{
	color.RGBA{0x00, 0x72, 0xB2, 0xFF}, // blue
	color.RGBA{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	color.RGBA{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	color.RGBA{0xE6, 0x9F, 0x00, 0xFF}, // orange
	color.RGBA{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	color.RGBA{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	color.RGBA{0xF0, 0xE4, 0x42, 0xFF}, // yellow
}

// Colours that belong to no alliance.
var (
	unalignedColor = color.Gray{0x40} // a nation in no alliance, a world series
	backdropColor  = color.Gray{0xC8} // the nations not singled out
	referenceColor = color.Gray{0x70} // thresholds and reference values
	gridColor      = color.Gray{0xE4}
)

// cycleDashes are the dash patterns of the palette's first, second, third
// and later cycles.
var cycleDashes = [][]vg.Length{nil, {vg.Points(6), vg.Points(3)}, {vg.Points(2), vg.Points(2)},
	{vg.Points(7), vg.Points(2), vg.Points(2), vg.Points(2)}}

// allianceStyle is an alliance's colour in every figure.
type allianceStyle struct {
	color color.Color
	cycle int // 0 on the palette's first pass, 1 on its second, …
}

func styleOf(k int) allianceStyle {
	return allianceStyle{color: okabeIto[k%len(okabeIto)], cycle: k / len(okabeIto)}
}

// line is the style of a line drawn in the alliance's colour.
func (s allianceStyle) line(width vg.Length) draw.LineStyle {
	return draw.LineStyle{Color: s.color, Width: width, Dashes: cycleDashes[min(s.cycle, len(cycleDashes)-1)]}
}

// plotFont is the one typeface of every figure (embedded in PDF, named in SVG).
var plotFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

func textStyle(size vg.Length) text.Style {
	return text.Style{Color: color.Black, Font: font.From(plotFont, size), Handler: plot.DefaultTextHandler,
		XAlign: draw.XLeft, YAlign: draw.YCenter}
}

// newPlot makes a panel with a title, years on the x axis (ticks up to the
// last year, which leaves room for labels past it) and a unit on the y axis.
func newPlot(v *runView, title, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(plotFont, 11)
	p.Title.Padding = vg.Points(4)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(plotFont, 9.5)
		a.Tick.Label.Font = font.From(plotFont, 8.5)
		a.Padding = vg.Points(2)
	}
	p.Y.Label.Text = ylabel
	p.X.Label.Text = "year"
	first, last := v.span()
	p.X.Min, p.X.Max = first, last
	p.X.Tick.Marker = plot.TickerFunc(func(min, max float64) []plot.Tick {
		return yearTicks(min, math.Min(max, last))
	})
	p.Y.Tick.Marker = niceTicks{}
	p.Legend.TextStyle.Font = font.From(plotFont, 8.5)
	g := plotter.NewGrid()
	g.Vertical.Color, g.Horizontal.Color = gridColor, gridColor
	g.Vertical.Width, g.Horizontal.Width = vg.Points(0.5), vg.Points(0.5)
	p.Add(g)
	if ev := v.scenarioEvents(); len(ev) > 0 {
		p.Add(eventRules{ev})
		p.Title.Padding = vg.Points(10)
	}
	return p
}

// yearTicks labels whole years every 1, 2, 5, 10, 20, 25, 50 or 100 years,
// the finest step that gives at most eight intervals, with a minor tick
// every fifth of a step (or every year).
func yearTicks(min, max float64) []plot.Tick {
	step := 100.0
	for _, s := range []float64{1, 2, 5, 10, 20, 25, 50} {
		if (max-min)/s <= 8 {
			step = s
			break
		}
	}
	minor := math.Max(1, step/5)
	var out []plot.Tick
	for y := math.Ceil(min/minor) * minor; y <= max+1e-9; y += minor {
		t := plot.Tick{Value: y}
		if math.Mod(y, step) == 0 {
			t.Label = strconv.Itoa(int(y))
		}
		out = append(out, t)
	}
	return out
}

// niceTicks labels a linear axis every 1, 2, 2.5 or 5 times a power of
// ten, the finest step that gives at most six intervals.
type niceTicks struct{}

func (niceTicks) Ticks(min, max float64) []plot.Tick {
	if !(max > min) {
		return []plot.Tick{{Value: min, Label: strconv.FormatFloat(min, 'g', 4, 64)}}
	}
	mag := math.Pow(10, math.Floor(math.Log10((max-min)/6)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if (max-min)/(m*mag) <= 6 {
			step = m * mag
			break
		}
	}
	var out []plot.Tick
	for k := math.Ceil(min/step - 1e-9); k*step <= max+step*1e-9; k++ {
		v := k * step
		if v == 0 {
			v = 0 // not -0
		}
		out = append(out, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'g', 6, 64)})
	}
	return out
}

// addLines adds a series as lines, broken at gaps and undefined values,
// and returns them.
func addLines(p *plot.Plot, pts []point, sty draw.LineStyle) []*plotter.Line {
	var seg plotter.XYs
	var lines []*plotter.Line
	flush := func() {
		switch {
		case len(seg) == 1: // a lone observation: a dot
			if d, err := plotter.NewScatter(seg); err == nil {
				d.GlyphStyle = draw.GlyphStyle{Color: sty.Color, Radius: sty.Width * 1.2, Shape: draw.CircleGlyph{}}
				p.Add(d)
			}
		case len(seg) > 1:
			if l, err := plotter.NewLine(seg); err == nil {
				l.LineStyle = sty
				p.Add(l)
				lines = append(lines, l)
			}
		}
		seg = nil
	}
	for _, q := range pts {
		if q.gap || math.IsNaN(q.y) || math.IsInf(q.y, 0) {
			flush()
		}
		if !math.IsNaN(q.y) && !math.IsInf(q.y, 0) {
			seg = append(seg, plotter.XY{X: q.x, Y: q.y})
		}
	}
	flush()
	return lines
}

// drawPlot draws a panel, first giving an axis with no data (or one
// value) a range to draw.
func drawPlot(p *plot.Plot, c draw.Canvas) {
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		if math.IsInf(a.Min, 0) {
			a.Min = 0
		}
		if math.IsInf(a.Max, 0) || a.Max <= a.Min {
			a.Max = a.Min + 1
		}
	}
	// The canvas is white already (drawFile): a plot's own background
	// would paint every pixel of its panel once more.
	p.BackgroundColor = nil
	p.Draw(c)
}

// addReference adds a horizontal reference line across the run's years,
// labelled past its end.
func addReference(p *plot.Plot, v *runView, labels *endLabels, y float64, label string) {
	first, last := v.span()
	addLines(p, []point{{x: first, y: y}, {x: last, y: y}},
		draw.LineStyle{Color: referenceColor, Width: vg.Points(0.8), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}})
	labels.add(last, y, label, referenceColor)
}
