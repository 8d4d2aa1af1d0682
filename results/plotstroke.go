package results

import (
	"math"

	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/vg"
)

// Solid polylines of a PNG figure (the series, axes, ticks, rules) are
// stroked here rather than by gg, for the reason of plotfill.go: gg's
// painter blends every pixel with two divisions per channel, along a
// grid line or an axis the same pixel again and again. The outline is
// gg's to the bit: vgimg's path, gg's stroke path in 26.6 fixed point,
// gg's removal of points closer than 4/64 of a pixel in sum of |dx| and
// |dy| to the last kept one (rasterPath), then freetype's AddStroke with
// gg's butt caps and round joins and a nonzero fill. Dashed lines, and
// paths with arcs or curves, are left to gg.

// stroke strokes p as gg's Stroke would, and reports false, drawing
// nothing, for a path it does not take.
func (c *pngCanvas) stroke(p vg.Path) bool {
	st := c.lines[len(c.lines)-1]
	if st.dashed {
		return false
	}
	for _, comp := range p {
		if comp.Type != vg.MoveComp && comp.Type != vg.LineComp && comp.Type != vg.CloseComp {
			return false
		}
	}
	if c.width <= 0 {
		return true // vgimg draws nothing
	}
	dpi := c.DPI()
	pt := func(q vg.Point) fixed.Point26_6 {
		x, y := c.ctx.TransformPoint(q.X.Dots(dpi), q.Y.Dots(dpi))
		return fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.Int26_6(math.Round(y * 64))}
	}
	const dcut fixed.Int26_6 = 4 // gg's rasterPath
	path := c.path[:0]
	var start, prev fixed.Point26_6
	open := false // gg's hasCurrent
	add := func(q fixed.Point26_6) {
		if abs26(q.X-prev.X)+abs26(q.Y-prev.Y) > dcut {
			path.Add1(q)
			prev = q
		}
	}
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			start, prev, open = pt(comp.Pos), pt(comp.Pos), true
			path.Start(start)
		case vg.LineComp:
			if !open {
				start, prev, open = pt(comp.Pos), pt(comp.Pos), true
				path.Start(start)
				continue
			}
			add(pt(comp.Pos))
		case vg.CloseComp:
			if open {
				add(start)
			}
		}
	}
	c.path = path
	c.paint(path, true, fixed.Int26_6(math.Round(st.width*64)))
	return true
}

func abs26(x fixed.Int26_6) fixed.Int26_6 {
	if x < 0 {
		return -x
	}
	return x
}
