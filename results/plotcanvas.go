package results

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The canvases the figures are drawn on, one per format, each writing the
// same bytes for the same figure: PNG at a fixed resolution, SVG with its
// font embedded (so it renders the same everywhere), PDF with a fixed date;
// and the atomic write of a figure's file.

// pdfDate is the creation and modification date written into every PDF,
// so that the same run gives the same bytes.
var pdfDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pngDPI is the resolution of the PNG figures.
const pngDPI = 120

var pdfDefaults sync.Once

func newCanvas(format string, w, h vg.Length) (vg.CanvasWriterTo, error) {
	switch format {
	case "png":
		return pngCanvas{vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(pngDPI))}, nil
	case "svg":
		return vgsvg.NewWith(vgsvg.UseWH(w, h), vgsvg.EmbedFonts(true)), nil
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

// pngCanvas writes PNG at zlib's fastest level: half the time of the
// default level, for files about a fifth larger.
type pngCanvas struct{ *vgimg.Canvas }

func (c pngCanvas) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(cw, c.Image())
	return cw.n, err
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
