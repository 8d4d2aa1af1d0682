package results

import (
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Alliance health: three aligned panels, one line per alliance in its
// colour, labelled at its end (where it dissolved, or the run's end):
// cohesion, with the strain and dissolution thresholds (c_strain and
// c_dissolve from summary.json) as reference lines; the burden gap; and the
// exploitation index, undefined (a gap) under three members with forces.
var healthFigure = figure{name: "health", size: stackSize(3), draw: func(v *runView, c draw.Canvas) {
	withEventKey(v, c, func(c draw.Canvas) { drawStack(healthPlots(v), c) })
}}

func healthPlots(v *runView) []*plot.Plot {
	panels := []struct {
		title, ylabel string
		value         func(AllianceRow) float64
	}{
		{"Alliance cohesion", "cohesion (0 to 1)", func(r AllianceRow) float64 { return r.Cohesion }},
		{"Burden gap (shortfall below target + spread of shares)", "burden gap (index)",
			func(r AllianceRow) float64 { return r.BurdenGap }},
		{"Exploitation (rank correlation of GDP and defence share)", "exploitation (-1 to 1)",
			func(r AllianceRow) float64 { return r.Exploitation }},
	}
	var plots []*plot.Plot
	for k, pn := range panels {
		p := newPlot(v, pn.title, pn.ylabel)
		labels := newEndLabels()
		for _, id := range v.alliances {
			pts := v.allianceSeries(id, pn.value)
			addLines(p, pts, v.styles[id].line(vg.Points(1.6)))
			labels.addAtEnd(pts, v.allianceLabel(id), v.styles[id].color)
		}
		switch k {
		case 0:
			p.Y.Min, p.Y.Max = 0, 1
			for _, ref := range []struct{ key, label string }{{"c_strain", "strain"}, {"c_dissolve", "dissolution"}} {
				if c, ok := v.param(ref.key); ok {
					addReference(p, v, labels, c, ref.label+" "+strconv.FormatFloat(c, 'g', 3, 64))
				}
			}
		case 1:
			p.Y.Min = 0
		case 2:
			p.Y.Min, p.Y.Max = -1, 1
			addLines(p, []point{{x: v.first, y: 0}, {x: v.last, y: 0}}, draw.LineStyle{Color: referenceColor, Width: vg.Points(0.5)})
		}
		if len(v.alliances) == 0 {
			p.Add(note("no alliance in this run"))
		}
		p.Add(labels)
		plots = append(plots, p)
	}
	return plots
}

// stackSize is the size of a figure of n panels stacked over one another.
func stackSize(n int) func(*runView) (w, h vg.Length) {
	return func(*runView) (w, h vg.Length) { return 9 * vg.Inch, vg.Length(n)*2.3*vg.Inch + vg.Points(10) }
}

// drawStack draws panels over one another, their data areas aligned, the
// x axis named only under the last.
func drawStack(plots []*plot.Plot, c draw.Canvas) {
	grid := make([][]*plot.Plot, len(plots))
	for k, p := range plots {
		grid[k] = []*plot.Plot{p}
		if k < len(plots)-1 {
			p.X.Label.Text = ""
		}
	}
	drawGrid(grid, c)
}
