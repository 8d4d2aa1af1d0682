package results

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The alliance timeline: one row per nation, a bar for each spell of
// membership in the alliance's colour, and the alliances' founding, strain
// and dissolution marked on their members' rows. It tells the story of a
// run at a glance.
var timelineFigure = figure{name: "timeline", size: timelineSize, draw: func(v *runView, c draw.Canvas) {
	withEventKey(v, c, func(c draw.Canvas) {
		drawTimeline(v, c, fmt.Sprintf("Alliance timeline: %s, seed %d", v.Summary.Scenario.Name, v.Summary.Seed))
	})
}}

// rowHeight shrinks from 18 pt (up to 8 nations) to 11 pt (from 31), and
// the labels with it, so forty nations still read.
func rowHeight(n int) vg.Length { return vg.Points(min(18, max(11, 18-(float64(n)-8)*0.3))) }

func rowLabelSize(n int) vg.Length {
	switch {
	case n <= 16:
		return 9
	case n <= 30:
		return 8
	}
	return 7.5
}

func timelineSize(v *runView) (w, h vg.Length) {
	return 10 * vg.Inch, timelineHeight(v)
}

// timelineHeight fits the rows and the legend, plus the title and axis.
func timelineHeight(v *runView) vg.Length {
	n := len(v.nations)
	rows := vg.Length(n) * rowHeight(n)
	legend := vg.Length(len(v.alliances)+4) * vg.Points(13)
	return max(3*vg.Inch, max(rows, legend)+vg.Points(80))
}

func drawTimeline(v *runView, c draw.Canvas, title string) {
	p, legend, width := timelinePanel(v, title)
	data := draw.Crop(c, 0, -width, 0, 0)
	drawPlot(p, data)
	strip := draw.Crop(c, c.Max.X-c.Min.X-width+vg.Points(8), 0, 0, 0)
	strip.Max.Y = p.DataCanvas(data).Max.Y
	legend.Draw(strip)
}

// timelinePanel returns the timeline's plot, its legend (alliances and
// markers) and the width the legend needs to the right of the plot.
func timelinePanel(v *runView, title string) (*plot.Plot, plot.Legend, vg.Length) {
	rows := v.timelineRows()
	n := len(rows)
	p := newPlot(v, title, "")
	p.X.Max = v.last + v.step
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	var ticks []plot.Tick
	for k, r := range rows {
		ticks = append(ticks, plot.Tick{Value: float64(n - 1 - k), Label: r.nation})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	p.Y.Tick.Label.Font = font.From(plotFont, rowLabelSize(n))
	p.Add(&timelineBars{v: v, rows: rows}, &timelineMarks{marks: v.timelineMarks(rows)})
	if len(v.alliances) == 0 {
		p.Add(note("no alliance formed in this run"))
	}

	legend := plot.NewLegend()
	legend.TextStyle = textStyle(8.5)
	legend.TextStyle.YAlign = draw.YBottom
	legend.Padding = vg.Points(4)
	legend.Top, legend.Left = true, true
	legend.ThumbnailWidth = vg.Points(18)
	for _, id := range v.alliances {
		legend.Add(v.legendName(id), allianceSwatch(v.styles[id]))
	}
	for _, kind := range []string{"formed", "strained", "dissolved"} {
		legend.Add(kind, markThumb(kind))
	}
	width := vg.Points(40)
	for _, id := range v.alliances {
		width = max(width, legend.TextStyle.Width(v.legendName(id)))
	}
	return p, legend, width + legend.ThumbnailWidth + vg.Points(16)
}

// legendName is an alliance in the timeline's legend: "the USSR's
// alliance (A15)", its id after its name as the story writes it.
func (v *runView) legendName(id string) string {
	if v.names[id] == "" {
		return id
	}
	return v.allianceLabel(id) + " (" + id + ")"
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// timelineBars draws the rows: a light band on every other row, a rule
// between groups, and the membership bars.
type timelineBars struct {
	v    *runView
	rows []timelineRow
}

func (b *timelineBars) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	n := len(b.rows)
	x0, x1 := tx(p.X.Min), tx(p.X.Max)
	for k, r := range b.rows {
		y := float64(n - 1 - k)
		if k%2 == 1 {
			c.FillPolygon(color.NRGBA{A: 0x0C}, rect(x0, ty(y-0.5), x1, ty(y+0.5)))
		}
		if k > 0 && r.group != b.rows[k-1].group {
			c.StrokeLine2(draw.LineStyle{Color: referenceColor, Width: vg.Points(0.6)}, x0, ty(y+0.5), x1, ty(y+0.5))
		}
		h := barHeight / float64(r.lanes)
		for _, s := range r.spells {
			mid := laneCentre(n, k, s.lane, r.lanes)
			drawBar(c, b.v.styles[s.alliance], tx(s.from), ty(mid-h/2), tx(s.to), ty(mid+h/2))
		}
	}
}
