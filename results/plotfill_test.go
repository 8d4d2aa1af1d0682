package results

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The canvas's own fill paints the pixels gg's does, to the byte: random
// polygons (open, closed, several sub-paths, off the canvas), opaque and
// translucent, over one another, and under a rotation and a translation.
func TestFillPaintsAsGGDoes(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 1))
	ours, gg := twoCanvases(t)
	for k := range 300 {
		var p vg.Path
		for range 1 + rng.IntN(2) {
			p.Move(vg.Point{X: vg.Length(rng.Float64()*260 - 20), Y: vg.Length(rng.Float64()*180 - 20)})
			for range 2 + rng.IntN(5) {
				p.Line(vg.Point{X: vg.Length(rng.Float64()*260 - 20), Y: vg.Length(rng.Float64()*180 - 20)})
			}
			if rng.IntN(2) == 0 {
				p.Close()
			}
		}
		clr := randomColor(rng, k)
		transform := k%50 == 49
		for _, c := range []*pngCanvas{ours, gg} {
			c.Push()
			if transform {
				c.Translate(vg.Point{X: 30, Y: 10})
				c.Rotate(0.3)
			}
			c.SetColor(clr)
			if c == ours {
				if !c.fill(p) {
					t.Fatal("a polygon was not taken")
				}
			} else {
				c.Canvas.Fill(p)
			}
			c.Pop()
		}
	}
	samePixels(t, ours, gg)
	// A path with an arc is left to gg.
	var arc vg.Path
	arc.Move(vg.Point{X: 10, Y: 10})
	arc.Arc(vg.Point{X: 10, Y: 10}, 5, 0, 3)
	if ours.fill(arc) {
		t.Error("an arc was taken")
	}
	_ = draw.New(ours) // the canvas stays usable by draw
}
