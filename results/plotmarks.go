package results

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// What the timeline draws in its rows: the membership bars, and the event
// markers: a triangle where an alliance is founded, a diamond where it is
// strained, a cross where it dissolves. Each marker is drawn in black over
// a white halo, so it shows on any bar colour.

// markRadius is the size of a marker.
const markRadius = vg.Length(3.6)

// timelineMarks draws the markers of a timeline.
type timelineMarks struct{ marks []mark }

func (m *timelineMarks) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, k := range m.marks {
		drawMark(c, k.kind, vg.Point{X: tx(k.x), Y: ty(k.y)}, markRadius)
	}
}

// markThumb is a marker in the legend.
type markThumb string

func (m markThumb) Thumbnail(c *draw.Canvas) {
	drawMark(*c, string(m), c.Center(), markRadius)
}

func drawMark(c draw.Canvas, kind string, pt vg.Point, r vg.Length) {
	halo := vg.Points(1.3)
	switch kind {
	case "formed":
		c.FillPolygon(color.White, triangle(pt, r+2*halo))
		c.FillPolygon(color.Black, triangle(pt, r))
	case "strained":
		c.FillPolygon(color.White, diamond(pt, r+1.5*halo))
		c.FillPolygon(color.Black, diamond(pt, r))
	case "dissolved":
		cross(c, pt, r, vg.Points(1.4)+2*halo, color.White)
		cross(c, pt, r, vg.Points(1.4), color.Black)
	}
}

// triangle points up, its centroid at pt.
func triangle(pt vg.Point, r vg.Length) []vg.Point {
	return []vg.Point{
		{X: pt.X, Y: pt.Y + r},
		{X: pt.X - r*0.866, Y: pt.Y - r*0.5},
		{X: pt.X + r*0.866, Y: pt.Y - r*0.5},
	}
}

func diamond(pt vg.Point, r vg.Length) []vg.Point {
	return []vg.Point{{X: pt.X, Y: pt.Y + r}, {X: pt.X + r*0.8, Y: pt.Y}, {X: pt.X, Y: pt.Y - r}, {X: pt.X - r*0.8, Y: pt.Y}}
}

func cross(c draw.Canvas, pt vg.Point, r, width vg.Length, clr color.Color) {
	sty := draw.LineStyle{Color: clr, Width: width}
	d := r * 0.8
	c.StrokeLine2(sty, pt.X-d, pt.Y-d, pt.X+d, pt.Y+d)
	c.StrokeLine2(sty, pt.X-d, pt.Y+d, pt.X+d, pt.Y-d)
}

// drawBar fills a bar in an alliance's colour; an alliance from the
// palette's second cycle on gets white stripes, one per cycle.
func drawBar(c draw.Canvas, s allianceStyle, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(s.color, rect(x0, y0, x1, y1))
	for k := 1; k <= s.cycle; k++ {
		y := y0 + (y1-y0)*vg.Length(k)/vg.Length(s.cycle+1)
		c.StrokeLine2(draw.LineStyle{Color: color.White, Width: vg.Points(1.2)}, x0, y, x1, y)
	}
}

func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

type allianceSwatch allianceStyle

func (s allianceSwatch) Thumbnail(c *draw.Canvas) {
	mid, h := (c.Min.Y+c.Max.Y)/2, vg.Points(4)
	drawBar(*c, allianceStyle(s), c.Min.X, mid-h, c.Max.X, mid+h)
}
