package results

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/plot/vg"
)

// The canvas's own stroke paints the pixels gg's does, to the byte:
// random polylines, open and closed, with points closer than gg keeps,
// of random widths (zero too), opaque and translucent, with widths set
// inside a Push and undone by its Pop, under a rotation; dashed lines
// are left to gg.
func TestStrokePaintsAsGGDoes(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2))
	ours, gg := twoCanvases(t)
	for k := range 400 {
		var p vg.Path
		for range 1 + rng.IntN(2) {
			q := vg.Point{X: vg.Length(rng.Float64()*260 - 20), Y: vg.Length(rng.Float64()*180 - 20)}
			p.Move(q)
			for range 1 + rng.IntN(6) {
				if rng.IntN(4) == 0 { // a point within gg's cut
					q.X += vg.Length(rng.Float64() * 0.02)
				} else {
					q = vg.Point{X: vg.Length(rng.Float64()*260 - 20), Y: vg.Length(rng.Float64()*180 - 20)}
				}
				p.Line(q)
			}
			if rng.IntN(3) == 0 {
				p.Close()
			}
		}
		clr := randomColor(rng, k)
		width := vg.Length(rng.Float64() * 4)
		if k%40 == 0 {
			width = 0
		}
		push, transform := k%7 == 3, k%50 == 49
		for _, c := range []*pngCanvas{ours, gg} {
			if push {
				c.Push()
			}
			if transform {
				c.Push()
				c.Translate(vg.Point{X: 30, Y: 10})
				c.Rotate(0.3)
			}
			c.SetColor(clr)
			c.SetLineWidth(width)
			if c == ours {
				if !c.stroke(p) {
					t.Fatal("a solid polyline was not taken")
				}
			} else {
				c.Canvas.Stroke(p)
			}
			if transform {
				c.Pop()
			}
			if push {
				c.SetLineWidth(width + 1)
				c.Pop() // gg's width is back to the one before; vgimg's is not
				if c == ours {
					c.stroke(p)
				} else {
					c.Canvas.Stroke(p)
				}
			}
		}
	}
	samePixels(t, ours, gg)
	var line vg.Path
	line.Move(vg.Point{X: 1, Y: 1})
	line.Line(vg.Point{X: 100, Y: 50})
	ours.SetLineDash([]vg.Length{2, 2}, 0)
	if ours.stroke(line) {
		t.Error("a dashed line was taken")
	}
	ours.SetLineDash(nil, 0)
	if !ours.stroke(line) {
		t.Error("a solid line after a dashed one was not taken")
	}
}
