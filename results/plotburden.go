package results

import (
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The defence burden: each nation's defence spending as a share of its
// GDP. The five largest nations by final capability are drawn strongly, in
// the colour of the alliance they are in at each moment (dark grey when in
// none) and labelled at their line's end; the rest are light grey. Each
// alliance's target is a dashed line in its colour.
var burdenFigure = figure{name: "burden", size: panelSize, draw: func(v *runView, c draw.Canvas) {
	withEventKey(v, c, func(c draw.Canvas) { drawPlot(burdenPlot(v), c) })
}}

// topNations is how many nations the nation figures single out.
const topNations = 5

// panelSize is the size of a one-panel figure.
func panelSize(*runView) (w, h vg.Length) { return 9 * vg.Inch, 5.5 * vg.Inch }

func burdenPlot(v *runView) *plot.Plot {
	p := newPlot(v, "Defence burden", "defence spending (% of GDP)")
	labels := newEndLabels()
	pct := func(r NationRow) float64 { return 100 * r.Share }
	top := v.largest(topNations)
	addBackdrop(p, v, top, pct)
	addTargets(p, v, labels)
	addTopNations(p, v, labels, top, pct)
	p.Y.Min = 0
	p.Add(labels)
	return p
}

// targetDashes are the dash patterns of alliance targets, by palette cycle.
var targetDashes = [][]vg.Length{{vg.Points(5), vg.Points(3)}, {vg.Points(1.5), vg.Points(2.5)}, {vg.Points(8), vg.Points(2), vg.Points(1.5), vg.Points(2)}}

// addTargets draws each alliance's target, dashed in its colour, and
// labels those of the alliances alive at the end; alliances with the same
// final target share a label ("A1, A3 target").
func addTargets(p *plot.Plot, v *runView, labels *endLabels) {
	var ends []point
	var ids [][]string
	for _, id := range v.alliances {
		pts := v.allianceSeries(id, func(r AllianceRow) float64 { return 100 * r.Target })
		s := v.styles[id]
		addLines(p, pts, draw.LineStyle{Color: s.color, Width: vg.Points(1.1), Dashes: targetDashes[min(s.cycle, len(targetDashes)-1)]})
		if len(pts) == 0 || pts[len(pts)-1].x < v.last {
			continue
		}
		end := pts[len(pts)-1]
		if k := slices.IndexFunc(ends, func(e point) bool { return e.y == end.y }); k >= 0 {
			ids[k] = append(ids[k], id)
		} else {
			ends, ids = append(ends, end), append(ids, []string{id})
		}
	}
	for k, e := range ends {
		c := v.styles[ids[k][0]].color
		if len(ids[k]) > 1 {
			c = referenceColor
		}
		names := make([]string, len(ids[k]))
		for j, id := range ids[k] {
			names[j] = v.allianceLabel(id)
		}
		labels.add(e.x, e.y, strings.Join(names, ", ")+" target", c)
	}
}

// addBackdrop draws the nations not singled out, thin and light grey.
func addBackdrop(p *plot.Plot, v *runView, top []string, value func(NationRow) float64) {
	for _, id := range v.nations {
		if !slices.Contains(top, id) {
			addLines(p, v.nationSeries(id, value), draw.LineStyle{Color: backdropColor, Width: vg.Points(0.7)})
		}
	}
}

// addTopNations draws the singled-out nations (the largest last, so on
// top), each labelled at its end in the colour of its last membership.
func addTopNations(p *plot.Plot, v *runView, labels *endLabels, top []string, value func(NationRow) float64) {
	for k := len(top) - 1; k >= 0; k-- {
		id := top[k]
		addMembershipLines(p, v, id, value, vg.Points(1.8))
		rows := v.rows[id]
		labels.addAtEnd(v.nationSeries(id, value), v.nationLabel(id), v.lineFor(membership(rows[len(rows)-1]), 1).Color)
	}
}

// addMembershipLines draws a nation's series piece by piece, each piece in
// the style of the alliance the nation is in at the piece's end.
func addMembershipLines(p *plot.Plot, v *runView, id string, value func(NationRow) float64, width vg.Length) {
	rows := v.rows[id]
	pts := v.nationSeries(id, value)
	if len(pts) < 2 {
		return
	}
	seg, key := pts[:1:1], membership(rows[1])
	for k := 1; k < len(pts); k++ {
		if m := membership(rows[k]); pts[k].gap || m != key {
			addLines(p, seg, v.lineFor(key, width))
			seg, key = nil, m
			if !pts[k].gap {
				seg = append(seg, point{x: pts[k-1].x, y: pts[k-1].y})
			}
		}
		seg = append(seg, pts[k])
	}
	addLines(p, seg, v.lineFor(key, width))
}

// lineFor is the line style of a nation in an alliance ("" for none).
func (v *runView) lineFor(alliance string, width vg.Length) draw.LineStyle {
	if alliance == "" {
		return draw.LineStyle{Color: unalignedColor, Width: width}
	}
	return v.styles[alliance].line(width)
}
