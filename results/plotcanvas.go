package results

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"git.sr.ht/~sbinet/gg"
	"github.com/golang/freetype/raster"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/encoding/charmap"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The canvases the figures are drawn on, one per format, each writing the
// same bytes for the same figure: PNG at a fixed resolution, SVG naming
// its font (Liberation Sans, metric-compatible with Arial, the fallback)
// rather than embedding it (which made every SVG 560 KB and a default run
// three times slower), PDF with a fixed date; and the atomic write of a
// figure's file.

// pdfDate is the creation and modification date written into every PDF,
// so that the same run gives the same bytes.
var pdfDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pngDPI is the resolution of the PNG figures.
const pngDPI = 120

var pdfDefaults sync.Once

func newCanvas(format string, w, h vg.Length) (vg.CanvasWriterTo, error) {
	switch format {
	case "png":
		// vgimg.NewWith(UseWH) draws the background on one image and
		// copies it into the graphics context's own: give it both.
		px := func(l vg.Length) int { return int(l/vg.Inch*pngDPI + 0.5) }
		img := image.NewRGBA(image.Rect(0, 0, px(w), px(h)))
		ctx := gg.NewContextForRGBA(img)
		ctx.SetLineCapButt()
		ctx.InvertY()
		c := &pngCanvas{img: img, ctx: ctx, colors: []color.Color{color.Black}}
		c.Canvas = vgimg.NewWith(vgimg.UseDPI(pngDPI), vgimg.UseImageWithContext(img, ctx))
		c.lines = []lineState{{}}
		c.SetLineDash(nil, 0) // what vgimg set up, through the canvas: its state is kept
		c.SetLineWidth(vg.Points(1))
		return c, nil
	case "svg":
		return svgCanvas{vgsvg.NewWith(vgsvg.UseWH(w, h))}, nil
	case "pdf":
		// vgpdf keeps its document private: fix the dates (and the order of
		// the resource catalogues) through fpdf's defaults for new documents.
		pdfDefaults.Do(func() {
			fpdf.SetDefaultCreationDate(pdfDate)
			fpdf.SetDefaultModificationDate(pdfDate)
			fpdf.SetDefaultCatalogSort(true)
		})
		return pdfCanvas{vgpdf.New(w, h)}, nil
	}
	return nil, fmt.Errorf("unknown plot format %q", format)
}

// pngCanvas writes PNG through encodePNG: one filter, zlib's fastest level.
// It draws upright text itself, glyph by glyph onto the image (vgimg
// resamples every glyph through an affine transform even when there is
// none to apply: a third of the time of drawing a figure), and keeps one
// font face per font rather than making one per string. It fills polygons
// and strokes solid polylines itself too, to gg's pixels (plotfill.go,
// plotstroke.go).
type pngCanvas struct {
	*vgimg.Canvas
	img    *image.RGBA
	ctx    *gg.Context
	colors []color.Color // the current colour, pushed and popped with the canvas
	faces  map[font.Font]xfont.Face
	rast   *raster.Rasterizer // for fill and stroke, made at its first polygon
	path   raster.Path
	lines  []lineState // gg's line width and dashes, pushed and popped with it
	width  vg.Length   // vgimg's line width, which it does not push: a stroke of 0 draws nothing
}

// lineState is what gg strokes with: the width in pixels, and whether dashed.
type lineState struct {
	width  float64
	dashed bool
}

// Stroke strokes solid polylines itself (plotstroke.go), other paths
// through vgimg.
func (c *pngCanvas) Stroke(p vg.Path) {
	if !c.stroke(p) {
		c.Canvas.Stroke(p)
	}
}

// Fill fills polygons itself (plotfill.go), other paths through vgimg.
func (c *pngCanvas) Fill(p vg.Path) {
	if !c.fill(p) {
		c.Canvas.Fill(p)
	}
}

func (c *pngCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	c.Canvas.SetColor(clr)
	c.colors[len(c.colors)-1] = clr
}

func (c *pngCanvas) Push() {
	c.Canvas.Push()
	c.colors = append(c.colors, c.colors[len(c.colors)-1])
	c.lines = append(c.lines, c.lines[len(c.lines)-1])
}

func (c *pngCanvas) Pop() {
	c.Canvas.Pop()
	c.colors = c.colors[:len(c.colors)-1]
	c.lines = c.lines[:len(c.lines)-1]
}

// SetLineWidth and SetLineDash keep the line's state as gg's context
// keeps it (pushed and popped with it), for stroke (plotstroke.go).
func (c *pngCanvas) SetLineWidth(w vg.Length) {
	c.Canvas.SetLineWidth(w)
	c.width = w
	c.lines[len(c.lines)-1].width = w.Dots(c.DPI())
}

func (c *pngCanvas) SetLineDash(ds []vg.Length, offs vg.Length) {
	c.Canvas.SetLineDash(ds, offs)
	c.lines[len(c.lines)-1].dashed = len(ds) > 0
}

func (c *pngCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if f.Font.Size == 0 {
		return
	}
	// vgimg's FillString flips the y axis back: text is upright and
	// unmoved when the context's transform is then the identity.
	c.ctx.Push()
	c.ctx.InvertY()
	x0, y0 := c.ctx.TransformPoint(0, 0)
	x1, y1 := c.ctx.TransformPoint(1, 1)
	c.ctx.Pop()
	if x0 != 0 || y0 != 0 || x1 != 1 || y1 != 1 {
		c.Canvas.FillString(f, pt, s) // rotated or moved: vgimg's way
		return
	}
	face, ok := c.faces[f.Font]
	if !ok {
		face = f.FontFace(c.DPI())
		if c.faces == nil {
			c.faces = map[font.Font]xfont.Face{}
		}
		c.faces[f.Font] = face
	}
	_, h := c.Size()
	d := xfont.Drawer{Dst: c.img, Src: image.NewUniform(c.colors[len(c.colors)-1]), Face: face,
		Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round(pt.X.Dots(c.DPI()) * 64)), Y: fixed.Int26_6(math.Round((h - pt.Y).Dots(c.DPI()) * 64))}}
	d.DrawString(s)
}

func (c *pngCanvas) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	err := encodePNG(cw, c.img)
	return cw.n, err
}

// svgCanvas names fallbacks after the font vgsvg names, so that a viewer
// without Liberation Sans uses a sans-serif of the same widths (Arial).
type svgCanvas struct{ *vgsvg.Canvas }

var (
	svgFont     = []byte("font-family:Liberation Sans;")
	svgFallback = []byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")
)

func (c svgCanvas) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if _, err := c.Canvas.WriteTo(&buf); err != nil {
		return 0, err
	}
	n, err := w.Write(bytes.ReplaceAll(buf.Bytes(), svgFont, svgFallback))
	return int64(n), err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// pdfCanvas passes text to vgpdf in the code page its fonts are embedded
// with (Windows-1252), so that "–" in an alliance's name prints as a dash.
type pdfCanvas struct{ *vgpdf.Canvas }

func (c pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if t, err := charmap.Windows1252.NewEncoder().String(s); err == nil {
		s = t
	}
	c.Canvas.FillString(f, pt, s)
}

// writeAtomic writes a file through a temporary file in the same directory
// renamed into place, so a reader never sees half a figure.
func writeAtomic(path string, wt io.WriterTo) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, a no-op
	if _, err := wt.WriteTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// WriteFileAtomic writes data to path through a synced temporary file in
// the same directory, renamed over path: a reader sees the old file or the
// whole new one.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, bytes.NewReader(data))
}
