package results

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The world: four aligned panels from world.csv, the state of the system
// as a whole. The number of alliances; the effective number of blocs
// (1/Σ share² of capability over blocs and unaligned states); the
// Axelrod–Bennett landscape energy (lower is an alignment nearer a stable
// split); and money: the aid given in the year (aid_total per tick, times
// ticks per year) and the credit outstanding, in billions of USD.
var worldFigure = figure{name: "world", size: stackSize(4), draw: func(v *runView, c draw.Canvas) {
	withEventKey(v, c, func(c draw.Canvas) { drawStack(worldPlots(v), c) })
}}

// worldLine is the style of a world series.
var worldLine = draw.LineStyle{Color: color.Black, Width: vg.Points(1.4)}

func worldPlots(v *runView) []*plot.Plot {
	series := func(value func(WorldRow) float64) []point {
		pts := make([]point, len(v.World))
		for k, r := range v.World {
			pts[k] = point{x: r.Year, y: value(r)}
		}
		return pts
	}
	count := newPlot(v, "Number of alliances", "alliances")
	for _, l := range addLines(count, series(func(r WorldRow) float64 { return float64(r.Alliances) }), worldLine) {
		l.StepStyle = plotter.PostStep // a count holds until the next tick
	}
	count.Y.Min, count.Y.Max = 0, max(count.Y.Max, 1)
	count.Y.Tick.Marker = wholeTicks{}

	blocs := newPlot(v, "Effective number of blocs", "effective blocs")
	addLines(blocs, series(func(r WorldRow) float64 { return r.EffectiveBlocs }), worldLine)
	blocs.Y.Min = 0

	energy := newPlot(v, "Landscape energy (lower: nearer a stable split)", "energy")
	addLines(energy, series(func(r WorldRow) float64 { return r.Energy }), worldLine)

	money := newPlot(v, "Aid and credit between allies", "billion USD")
	labels := newEndLabels()
	tpy := float64(max(1, v.Summary.TicksPerYear))
	aid := series(func(r WorldRow) float64 { return r.AidTotal * tpy })
	credit := series(func(r WorldRow) float64 { return r.Credit })
	addLines(money, aid, worldLine)
	dashed := draw.LineStyle{Color: unalignedColor, Width: vg.Points(1.4), Dashes: []vg.Length{vg.Points(5), vg.Points(3)}}
	addLines(money, credit, dashed)
	labels.addAtEnd(aid, "aid per year", color.Black)
	labels.addAtEnd(credit, "credit outstanding", unalignedColor)
	money.Y.Min, money.Y.Max = 0, max(money.Y.Max, 1)
	money.Add(labels)
	if len(v.alliances) == 0 {
		money.Add(note("no alliance in this run: no aid, no credit"))
	}

	return []*plot.Plot{count, blocs, energy, money}
}

// wholeTicks labels whole numbers only (a count of alliances).
type wholeTicks struct{}

func (wholeTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (niceTicks{}).Ticks(min, max) {
		if t.Label == "" || t.Value == float64(int(t.Value)) {
			out = append(out, t)
		}
	}
	return out
}
