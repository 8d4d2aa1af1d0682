package results

import (
	"image/color"
	"testing"
)

func TestDescribeMetricInWords(t *testing.T) {
	for _, c := range []struct{ name, title, unit string }{
		{"mean.defense_share@2000:2015", "Mean defence spending of the states, 2000–2015", "share of GDP (0.03 = 3 %)"},
		{"final.alliances", "Number of alliances at the end", "alliances"},
		{"count.formed", "Number of formed events", "events"},
		{"first.dissolved@1950:1960", "Year of the first dissolved event, 1950–1960", "year"},
		{"validation.score", "Share of the historical targets met", "share of targets (0 to 1)"},
		{"odd", "odd", "value"},
	} {
		if title, unit := describeMetric(c.name); title != c.title || unit != c.unit {
			t.Errorf("describeMetric(%q) = %q, %q; want %q, %q", c.name, title, unit, c.title, c.unit)
		}
	}
}

// TestHeatScaleNeverMeetsTheBackground: every colour of the heat map's
// scale stands off white (the background) and off the grey of an empty
// cell, and the scale darkens or lightens steadily.
func TestHeatScaleNeverMeetsTheBackground(t *testing.T) {
	lum := func(c color.RGBA) float64 { return 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) }
	prev := -1.0
	for k := 0; k <= 100; k++ {
		c := viridisAt(float64(k) / 100)
		if l := lum(c); l > 0.9*255 {
			t.Errorf("viridisAt(%v) = %v: too near white", float64(k)/100, c)
		} else if l < prev-1 {
			t.Errorf("viridisAt(%v): luminance falls from %.0f to %.0f", float64(k)/100, prev, l)
		} else {
			prev = l
		}
		if c == (color.RGBA{heatNaN.Y, heatNaN.Y, heatNaN.Y, 0xff}) {
			t.Errorf("viridisAt(%v) is the grey of an empty cell", float64(k)/100)
		}
	}
}

// TestScenarioEventsAreMarked: the cold war's world shocks are marked,
// once per kind and year, and a nation's regime change is not.
func TestScenarioEventsAreMarked(t *testing.T) {
	dir, _ := runScenario(t, "cold-war", nil, nil)
	r, err := ReadRun(dir)
	if err != nil {
		t.Fatal(err)
	}
	v, err := newRunView(r)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range v.scenarioEvents() {
		kinds[eventKinds[e.kind].kind]++
	}
	if kinds["event:threat_shock"] == 0 || kinds["event:detente"] == 0 || kinds["event:war"] == 0 {
		t.Errorf("marked %v; want threat shocks, détentes and wars", kinds)
	}
	if kinds["event:regime_change"] != 0 {
		t.Error("a regime change is marked")
	}
}
