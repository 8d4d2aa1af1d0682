package results

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/scenarios"
)

func TestEveryFigureForEveryBuiltinScenario(t *testing.T) {
	for _, b := range scenarios.Builtins() {
		t.Run(b.Name, func(t *testing.T) {
			if raceOn && b.Name != scenarios.Default {
				t.Skip("under the race detector one scenario is enough to check the parallel drawing")
			}
			dir, out := runScenario(t, b.Name, nil, []string{"png", "svg"})
			if out.PlotsSkipped != nil {
				t.Fatalf("plots skipped: %v", out.PlotsSkipped)
			}
			for _, fig := range Figures() {
				checkPNG(t, filepath.Join(dir, PlotDir, fig+".png"))
				svg, err := os.ReadFile(filepath.Join(dir, PlotDir, fig+".svg"))
				if err != nil {
					t.Fatal(err)
				}
				for _, want := range []string{"<svg", string(svgFallback), "<path", "</svg>"} {
					if !bytes.Contains(svg, []byte(want)) {
						t.Errorf("%s.svg lacks %q", fig, want)
					}
				}
				// The font is named, not embedded: a figure of tens of KB.
				if bytes.Contains(svg, []byte("@font-face")) || len(svg) > 300<<10 {
					t.Errorf("%s.svg: %d bytes, a font embedded?", fig, len(svg))
				}
			}
			if entries, _ := os.ReadDir(filepath.Join(dir, PlotDir)); len(entries) != 2*len(Figures()) {
				t.Errorf("plots/ holds %d files, want %d (a temporary file left behind?)", len(entries), 2*len(Figures()))
			}
		})
	}
}

// checkPNG checks that a figure decodes, has a plausible size, and is not
// blank: many colours (lines, text, antialiasing), not one.
func checkPNG(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	if b.Dx() < 600 || b.Dy() < 300 {
		t.Errorf("%s: %d×%d pixels, too small", filepath.Base(path), b.Dx(), b.Dy())
	}
	if n := colours(img, 50); n < 50 {
		t.Errorf("%s: only %d colours, a blank or broken figure", filepath.Base(path), n)
	}
}

func colours(img image.Image, enough int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= enough {
				return len(seen)
			}
		}
	}
	return len(seen)
}

func TestNothingToPlot(t *testing.T) {
	t.Run("one tick: the run succeeds and says why there are no figures", func(t *testing.T) {
		// classroom-free-riders schedules nothing after its first year, so
		// it may end there (the loader refuses a run that ends before a
		// rivalry or an event it holds).
		dir, out := runScenario(t, "classroom-free-riders", []string{"scenario.end_year=2000"}, DefaultPlotFormats)
		want := "nations.csv has only one tick; nothing to draw over time"
		if out.PlotsSkipped == nil || out.PlotsSkipped.Error() != want || !errors.Is(out.PlotsSkipped, ErrNothingToPlot) {
			t.Errorf("PlotsSkipped = %v, want %q", out.PlotsSkipped, want)
		}
		if _, err := os.Stat(filepath.Join(dir, PlotDir)); err == nil {
			t.Error("a run of one tick left a plots directory")
		}
		if _, err := os.Stat(filepath.Join(dir, "summary.json")); err != nil {
			t.Errorf("the run itself was not written: %v", err)
		}
	})
	t.Run("no rows", func(t *testing.T) {
		dir := t.TempDir()
		for name, cols := range map[string][]string{"nations.csv": NationColumns, "alliances.csv": AllianceColumns,
			"events.csv": EventColumns, "world.csv": WorldColumns} {
			os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(cols, ",")+"\n"), 0o644)
		}
		os.WriteFile(filepath.Join(dir, "summary.json"), []byte(`{"ticks_per_year": 1}`), 0o644)
		r, err := ReadRun(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = WritePlots(r, filepath.Join(dir, PlotDir), DefaultPlotFormats)
		if !errors.Is(err, ErrNothingToPlot) || !strings.Contains(err.Error(), "nations.csv has no rows") {
			t.Errorf("err = %v, want nations.csv has no rows", err)
		}
	})
}

func TestPDFIsTheSameBytesEveryTime(t *testing.T) {
	dir, _ := runScenario(t, "classroom-balance", nil, nil)
	r, err := ReadRun(dir)
	if err != nil {
		t.Fatal(err)
	}
	var renders [2][]byte
	for k := range renders {
		out := filepath.Join(t.TempDir(), "plots")
		if _, err := WritePlots(r, out, []string{"pdf"}); err != nil {
			t.Fatal(err)
		}
		if renders[k], err = os.ReadFile(filepath.Join(out, "dashboard.pdf")); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(renders[0], renders[1]) {
		t.Error("two renders of the same run gave different PDF bytes")
	}
	if !bytes.HasPrefix(renders[0], []byte("%PDF-")) || !bytes.Contains(renders[0], []byte("/CreationDate (D:20000101000000)")) {
		t.Error("the PDF lacks its header or its fixed creation date")
	}
}

func TestParsePlotFormats(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // joined, or "error"
	}{
		{"png,svg", "png svg"},
		{" PDF , png,pdf", "pdf png"},
		{"png,gif", "error"},
		{"", "error"},
	} {
		got, err := ParsePlotFormats(c.in)
		if s := strings.Join(got, " "); (err != nil) != (c.want == "error") || err == nil && s != c.want {
			t.Errorf("ParsePlotFormats(%q) = %q, %v; want %s", c.in, s, err, c.want)
		}
	}
}
