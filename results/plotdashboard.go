package results

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The dashboard: the whole run on one page. A heading, the alliance
// timeline across the top, and under it the other panels tiled with
// plot.Align in three columns: the nations (defence burden, threat, aid and
// credit), the alliances (cohesion, burden gap, exploitation) and the
// world (alliances, effective blocs, landscape energy).
var dashboardFigure = figure{name: "dashboard", size: dashboardSize, draw: drawDashboard}

const (
	dashboardWidth   = 16 * vg.Inch
	dashboardGrid    = 8.4 * vg.Inch // the 3×3 panels
	dashboardHeading = 0.75 * vg.Inch
)

func dashboardSize(v *runView) (w, h vg.Length) {
	return dashboardWidth, dashboardHeading + timelineHeight(v) + dashboardGrid
}

func drawDashboard(v *runView, c draw.Canvas) {
	timeline := c
	timeline.Max.Y -= dashboardHeading
	timeline.Min.Y = timeline.Max.Y - timelineHeight(v)
	timeline.Min.X += vg.Points(6)
	drawTimeline(v, timeline, "Alliance timeline")

	grid := c
	grid.Max.Y = timeline.Min.Y - vg.Points(6)
	world := worldPlots(v)
	var panels [][]*plot.Plot
	if len(v.alliances) == 0 {
		// No alliance: its panels (health, aid, the count) would be
		// empty. The nations and the world, two by two.
		panels = [][]*plot.Plot{{burdenPlot(v), threatPlot(v)}, {world[1], world[2]}}
	} else {
		nations := []*plot.Plot{burdenPlot(v), threatPlot(v), world[3]}
		alliances := healthPlots(v)
		for j := range 3 {
			panels = append(panels, []*plot.Plot{nations[j], alliances[j], world[j]})
		}
	}
	for j, row := range panels {
		for _, p := range row {
			p.Title.TextStyle.Font.Size = 10
			if j < len(panels)-1 {
				p.X.Label.Text = ""
			}
		}
	}
	drawGrid(panels, grid)

	s := v.Summary
	heading := textStyle(15)
	heading.YAlign = draw.YTop
	top := c.Max.Y - vg.Points(8)
	c.FillText(heading, vg.Point{X: c.Min.X + vg.Points(10), Y: top},
		fmt.Sprintf("%s, seed %d, %d–%d", s.Scenario.Name, s.Seed, s.StartYear, s.EndYear))
	if s.Scenario.Title != "" {
		sub := textStyle(10.5)
		sub.YAlign = draw.YTop
		sub.Color = unalignedColor
		c.FillText(sub, vg.Point{X: c.Min.X + vg.Points(10), Y: top - heading.Height("M")*1.4}, s.Scenario.Title)
	}
	v.eventKey(c, vg.Point{X: c.Max.X - vg.Points(10), Y: top - heading.Height("M")*0.5}, true)
}

// drawGrid lays panels out in rows and columns with plot.Align and draws them.
func drawGrid(grid [][]*plot.Plot, c draw.Canvas) {
	tiles := draw.Tiles{Rows: len(grid), Cols: len(grid[0]), PadX: vg.Points(18), PadY: vg.Points(12),
		PadTop: vg.Points(6), PadBottom: vg.Points(4), PadLeft: vg.Points(6), PadRight: vg.Points(6)}
	canvases := plot.Align(grid, tiles, c)
	for j, row := range grid {
		for i, p := range row {
			if p != nil {
				drawPlot(p, canvases[j][i])
			}
		}
	}
}
