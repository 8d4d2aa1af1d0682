package results

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestEncodePNGDecodesToTheSamePixels: the banded encoder writes a PNG
// that image/png reads back pixel for pixel, at sizes of one band, of
// several, and of a last band of one row.
func TestEncodePNGDecodesToTheSamePixels(t *testing.T) {
	for _, size := range []image.Point{{1, 1}, {7, 3}, {640, 480}, {1000, 350*3 + 1}} {
		img := image.NewRGBA(image.Rect(0, 0, size.X, size.Y))
		for y := range size.Y {
			for x := range size.X {
				img.SetRGBA(x, y, color.RGBA{uint8(x * 7), uint8(y * 13), uint8((x ^ y) % 251), 255})
			}
		}
		var buf bytes.Buffer
		if err := encodePNG(&buf, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%v: %v", size, err)
		}
		for y := range size.Y {
			for x := range size.X {
				r, g, b, a := got.At(x, y).RGBA()
				w := img.RGBAAt(x, y)
				if uint8(r>>8) != w.R || uint8(g>>8) != w.G || uint8(b>>8) != w.B || a != 0xffff {
					t.Fatalf("%v: pixel (%d, %d) = %v, want %v", size, x, y, got.At(x, y), w)
				}
			}
		}
	}
}

// rgbRow drops every fourth byte, two pixels at a time and then one, at
// every width.
func TestRGBRow(t *testing.T) {
	for wd := range 9 {
		src := make([]byte, 4*wd)
		want := make([]byte, 0, 3*wd)
		for i := range src {
			src[i] = byte(i*37 + 1)
			if i%4 != 3 {
				want = append(want, src[i])
			}
		}
		got := make([]byte, 3*wd+1)
		got[3*wd] = 0xee // the byte after the row is left alone
		rgbRow(got[:3*wd], src)
		if !bytes.Equal(got[:3*wd], want) || got[3*wd] != 0xee {
			t.Errorf("width %d: %v, want %v", wd, got, want)
		}
	}
}

func TestAdler32Combine(t *testing.T) {
	data := bytes.Repeat([]byte("entente cordiale \xff\x00"), 9000)
	for _, cut := range []int{0, 1, 5552, 65521, 100000, len(data)} {
		a, b := data[:cut], data[cut:]
		if got, want := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b)), adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}

// TestFiguresAreTheSameBytesWhateverTheWorkers draws every figure of a run
// with one worker and with several: the same bytes in every format.
func TestFiguresAreTheSameBytesWhateverTheWorkers(t *testing.T) {
	dir, _ := runScenario(t, "cold-war", nil, nil)
	r, err := ReadRun(dir)
	if err != nil {
		t.Fatal(err)
	}
	formats := []string{"png", "svg"}
	render := func(procs int) map[string][]byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		out := filepath.Join(t.TempDir(), PlotDir)
		paths, err := WritePlots(r, out, formats)
		if err != nil {
			t.Fatal(err)
		}
		files := map[string][]byte{}
		for _, p := range paths {
			if files[filepath.Base(p)], err = os.ReadFile(p); err != nil {
				t.Fatal(err)
			}
		}
		return files
	}
	one := render(1)
	if len(one) != len(Figures())*len(formats) {
		t.Fatalf("%d files, want %d", len(one), len(Figures())*len(formats))
	}
	for _, procs := range []int{2, 5} {
		for name, b := range render(procs) {
			if !bytes.Equal(b, one[name]) {
				t.Errorf("%s: other bytes with %d workers than with one", name, procs)
			}
		}
	}
}
