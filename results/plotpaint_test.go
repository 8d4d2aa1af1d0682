package results

import (
	"bytes"
	"image/color"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/plot/vg"
)

// The tests that compare the canvas's own painting with gg's.

// twoCanvases returns two blank 3×2 inch PNG canvases: one to paint on by
// the canvas's own code, one by gg's.
func twoCanvases(t *testing.T) (ours, gg *pngCanvas) {
	t.Helper()
	mk := func() *pngCanvas {
		c, err := newCanvas("png", 3*vg.Inch, 2*vg.Inch)
		if err != nil {
			t.Fatal(err)
		}
		return c.(*pngCanvas)
	}
	return mk(), mk()
}

// randomColor is a random colour, opaque but every third draw k.
func randomColor(rng *rand.Rand, k int) color.NRGBA {
	alpha := uint8(255)
	if k%3 == 1 {
		alpha = uint8(rng.IntN(256))
	}
	return color.NRGBA{R: uint8(rng.IntN(256)), G: uint8(rng.IntN(256)), B: uint8(rng.IntN(256)), A: alpha}
}

// samePixels fails the test, counting the bytes that differ, unless the
// two canvases hold the same image.
func samePixels(t *testing.T, ours, gg *pngCanvas) {
	t.Helper()
	if bytes.Equal(ours.img.Pix, gg.img.Pix) {
		return
	}
	n := 0
	for i := range ours.img.Pix {
		if ours.img.Pix[i] != gg.img.Pix[i] {
			n++
		}
	}
	t.Errorf("%d of %d bytes differ from gg's", n, len(ours.img.Pix))
}
