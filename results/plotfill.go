package results

import (
	"encoding/binary"
	"image"
	"math"

	"github.com/golang/freetype/raster"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/vg"
)

// Filled polygons of a PNG figure (the timeline's bars and its light
// bands, the key's swatches, areas) are rasterized here rather than by
// gg: the same path, in the same 26.6 fixed point, through the same
// freetype rasterizer, so the same coverage; only the painting differs.
// gg's painter blends every pixel, with two divisions per channel, even
// where a span is opaque and covers it whole, which is most of a bar; and
// under a translucent band it blends the same white pixel again and again.
// fillPainter writes an opaque colour straight in, and blends each run of
// equal pixels once. Paths with arcs or curves are left to gg.

// fill rasterizes a polygon path the way gg's Fill does (vgimg's outline,
// then gg's MoveTo, LineTo, ClosePath and Fill, nonzero winding) and
// reports false, drawing nothing, for a path it does not take.
func (c *pngCanvas) fill(p vg.Path) bool {
	for _, comp := range p {
		if comp.Type != vg.MoveComp && comp.Type != vg.LineComp && comp.Type != vg.CloseComp {
			return false
		}
	}
	dpi := c.DPI()
	pt := func(q vg.Point) fixed.Point26_6 {
		x, y := c.ctx.TransformPoint(q.X.Dots(dpi), q.Y.Dots(dpi))
		return fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.Int26_6(math.Round(y * 64))}
	}
	path := c.path[:0]
	var start fixed.Point26_6
	open := false // gg's hasCurrent
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			if open {
				path.Add1(start)
			}
			start, open = pt(comp.Pos), true
			path.Start(start)
		case vg.LineComp:
			if !open {
				start, open = pt(comp.Pos), true
				path.Start(start)
				continue
			}
			path.Add1(pt(comp.Pos))
		case vg.CloseComp:
			if open {
				path.Add1(start)
			}
		}
	}
	if open {
		path.Add1(start)
	}
	c.path = path
	c.paint(path, false, 0)
	return true
}

// paint rasterizes a path (non-zero winding, as gg does), its inside, or
// with stroke its outline of that width (butt caps, round joins), and
// paints it in the current colour.
func (c *pngCanvas) paint(path raster.Path, stroke bool, width fixed.Int26_6) {
	if c.rast == nil {
		b := c.img.Bounds()
		c.rast = raster.NewRasterizer(b.Dx(), b.Dy())
	}
	c.rast.UseNonZeroWinding = true
	c.rast.Clear()
	if stroke {
		c.rast.AddStroke(path, width, raster.ButtCapper, raster.RoundJoiner)
	} else {
		c.rast.AddPath(path)
	}
	fp := fillPainter{img: c.img}
	fp.cr, fp.cg, fp.cb, fp.ca = c.colors[len(c.colors)-1].RGBA()
	c.rast.Rasterize(&fp)
}

// fillPainter paints spans in a colour over an RGBA image, to the byte
// what freetype's RGBAPainter (Op Over) paints.
type fillPainter struct {
	img            *image.RGBA
	cr, cg, cb, ca uint32
}

func (r *fillPainter) Paint(ss []raster.Span, done bool) {
	b := r.img.Bounds()
	const m = 1<<16 - 1
	for _, s := range ss {
		if s.Y < b.Min.Y {
			continue
		}
		if s.Y >= b.Max.Y {
			return
		}
		s.X0, s.X1 = max(s.X0, b.Min.X), min(s.X1, b.Max.X)
		if s.X0 >= s.X1 {
			continue
		}
		ma := s.Alpha
		i0 := (s.Y-r.img.Rect.Min.Y)*r.img.Stride + (s.X0-r.img.Rect.Min.X)*4
		pix := r.img.Pix[i0 : i0+(s.X1-s.X0)*4]
		if ma == m && r.ca == m { // opaque over everything: the colour itself
			px := uint32(r.cr>>8) | uint32(r.cg>>8)<<8 | uint32(r.cb>>8)<<16 | uint32(r.ca>>8)<<24
			for i := 0; i+4 <= len(pix); i += 4 {
				binary.LittleEndian.PutUint32(pix[i:], px)
			}
			continue
		}
		a := (m - (r.ca * ma / m)) * 0x101
		var in, out uint32
		have := false
		for i := 0; i+4 <= len(pix); i += 4 {
			d := binary.LittleEndian.Uint32(pix[i:])
			if !have || d != in {
				dr, dg, db, da := d&0xff, d>>8&0xff, d>>16&0xff, d>>24
				in, have = d, true
				out = uint32(uint8((dr*a+r.cr*ma)/m>>8)) |
					uint32(uint8((dg*a+r.cg*ma)/m>>8))<<8 |
					uint32(uint8((db*a+r.cb*ma)/m>>8))<<16 |
					uint32(uint8((da*a+r.ca*ma)/m>>8))<<24
			}
			binary.LittleEndian.PutUint32(pix[i:], out)
		}
	}
}
