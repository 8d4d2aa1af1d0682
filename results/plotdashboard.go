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
	nations := []*plot.Plot{burdenPlot(v), threatPlot(v), world[3]}
	alliances := healthPlots(v)
	panels := make([][]*plot.Plot, 3)
	for j := range panels {
		panels[j] = []*plot.Plot{nations[j], alliances[j], world[j]}
		for _, p := range panels[j] {
			p.Title.TextStyle.Font.Size = 10
			if j < 2 {
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
