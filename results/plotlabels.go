package results

import (
	"cmp"
	"image/color"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// endLabels labels lines where they end, in place of a legend over the
// data: each label sits just right of its line's last point, and labels
// that would overlap are spread apart vertically (with a thin leader to
// their point when moved).
// Its glyph boxes make the plot leave room for the labels right of the
// data area, so labels of lines that run to the last year sit outside it.
type endLabels struct {
	labels []endLabel
	size   vg.Length
}

type endLabel struct {
	x, y  float64
	text  string
	color color.Color
}

func newEndLabels() *endLabels { return &endLabels{size: 8} }

func (e *endLabels) add(x, y float64, text string, c color.Color) {
	e.labels = append(e.labels, endLabel{x, y, text, c})
}

// addAtEnd labels a series at its last defined point.
func (e *endLabels) addAtEnd(pts []point, text string, c color.Color) {
	for k := len(pts) - 1; k >= 0; k-- {
		if q := pts[k]; q.y == q.y { // not NaN
			e.add(q.x, q.y, text, c)
			return
		}
	}
}

// labelGap is the space between a line's end and its label.
const labelGap = vg.Length(4)

// GlyphBoxes implements plot.GlyphBoxer: each label's width, and no height
// (labels are spread vertically as needed, not padded).
func (e *endLabels) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	sty := textStyle(e.size)
	boxes := make([]plot.GlyphBox, len(e.labels))
	for k, l := range e.labels {
		boxes[k] = plot.GlyphBox{X: p.X.Norm(l.x), Y: 0.5,
			Rectangle: vg.Rectangle{Max: vg.Point{X: labelGap + sty.Width(l.text) + 2}}}
	}
	return boxes
}

// Plot implements plot.Plotter.
func (e *endLabels) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sty := textStyle(e.size)
	h := sty.Height("M") * 1.15
	type placed struct {
		endLabel
		px, py, want vg.Length
	}
	ls := make([]placed, 0, len(e.labels))
	for _, l := range e.labels {
		y := ty(l.y)
		y = min(max(y, c.Min.Y), c.Max.Y) // a point off the axis is labelled at its edge
		ls = append(ls, placed{endLabel: l, px: tx(l.x), py: y, want: y})
	}
	// Clusters: labels whose text spans overlap across x, taken in order of x.
	slices.SortStableFunc(ls, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.px, b.px), cmp.Compare(a.py, b.py), cmp.Compare(a.text, b.text))
	})
	for from := 0; from < len(ls); {
		right := ls[from].px + labelGap + sty.Width(ls[from].text)
		to := from + 1
		for ; to < len(ls) && ls[to].px <= right; to++ {
			right = max(right, ls[to].px+labelGap+sty.Width(ls[to].text))
		}
		group := ls[from:to]
		slices.SortStableFunc(group, func(a, b placed) int { return cmp.Compare(a.py, b.py) })
		for k := 1; k < len(group); k++ { // push up
			group[k].py = max(group[k].py, group[k-1].py+h)
		}
		top := c.Max.Y
		for k := len(group) - 1; k >= 0; k-- { // then down from the top
			group[k].py = min(group[k].py, top)
			top = group[k].py - h
		}
		from = to
	}
	gap := labelGap - 1
	for _, l := range ls {
		sty.Color = l.color
		if d := l.py - l.want; d > h/3 || d < -h/3 {
			c.StrokeLine2(draw.LineStyle{Color: l.color, Width: vg.Points(0.4)}, l.px+0.5, l.want, l.px+gap, l.py)
		}
		c.FillText(sty, vg.Point{X: l.px + gap + 1, Y: l.py}, l.text)
	}
}

// note writes a line of text in the middle of a panel with no data.
type note string

// Plot implements plot.Plotter.
func (n note) Plot(c draw.Canvas, p *plot.Plot) {
	sty := textStyle(10)
	sty.Color = referenceColor
	sty.XAlign = draw.XCenter
	c.FillText(sty, c.Center(), string(n))
}
