package results

import (
	"image/color"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The scenario's events on the time axis: every panel over years marks
// the world's shocks (event:threat_shock, event:detente, event:recession,
// event:doctrine, event:war in events.csv) with a marker on its top edge,
// over the time axis and outside the data; a key names the kinds a run has. (A rule
// across every panel for each of the cold war's thirty shocks cost a
// tenth of the time of drawing the figures.)
// Events of one nation (regime changes, entries) are left to the story:
// the cold war has forty of them.

// eventKind is how one kind of scenario event is marked.
type eventKind struct {
	kind, label string
	color       color.RGBA
	up          bool // a triangle pointing up (easing) rather than down
}

var eventKinds = []eventKind{
	{"event:threat_shock", "threat shock", color.RGBA{0xD5, 0x5E, 0x00, 0xFF}, false},
	{"event:detente", "détente", color.RGBA{0x00, 0x9E, 0x73, 0xFF}, true},
	{"event:recession", "recession", color.RGBA{0x70, 0x70, 0x70, 0xFF}, false},
	{"event:doctrine", "doctrine", color.RGBA{0x00, 0x72, 0xB2, 0xFF}, true},
	{"event:war", "war", color.RGBA{0xCC, 0x79, 0xA7, 0xFF}, false},
}

// scenarioEvent is one marked event.
type scenarioEvent struct {
	year float64
	kind int // in eventKinds
}

// scenarioEvents are the run's marked events, one per kind and year.
func (v *runView) scenarioEvents() []scenarioEvent {
	var out []scenarioEvent
	for _, e := range v.Events {
		if !strings.HasPrefix(e.Kind, "event:") {
			continue
		}
		k := slices.IndexFunc(eventKinds, func(ek eventKind) bool { return ek.kind == e.Kind })
		ev := scenarioEvent{year: e.Year, kind: k}
		if k >= 0 && !slices.Contains(out, ev) {
			out = append(out, ev)
		}
	}
	return out
}

// eventRules is the plotter of the marks.
type eventRules struct{ events []scenarioEvent }

func (r eventRules) Plot(c draw.Canvas, p *plot.Plot) {
	tx, _ := p.Transforms(&c)
	for _, e := range r.events {
		x := tx(e.year)
		if x < c.Min.X-0.01 || x > c.Max.X+0.01 {
			continue
		}
		k := eventKinds[e.kind]
		// The marker sits on the top edge, outside the data (newPlot
		// leaves it room under the title).
		c.FillPolygon(k.color, eventMarker(vg.Point{X: x, Y: c.Max.Y + vg.Points(3)}, vg.Points(3), k.up))
	}
}

// eventMarker is a small triangle centred on pt.
func eventMarker(pt vg.Point, r vg.Length, up bool) []vg.Point {
	s := vg.Length(1)
	if !up {
		s = -1
	}
	h := r * vg.Length(math.Sqrt(3)/2)
	return []vg.Point{{X: pt.X - r, Y: pt.Y - s*h/2}, {X: pt.X + r, Y: pt.Y - s*h/2}, {X: pt.X, Y: pt.Y + s*h/2}}
}

// eventKey draws the kinds of events a run marks, a marker and a word
// each, from pt rightwards (or leftwards, ending at pt, when right is
// false). It returns its width; nothing is drawn when the run marks none.
func (v *runView) eventKey(c draw.Canvas, pt vg.Point, rightAligned bool) vg.Length {
	var kinds []int
	for _, e := range v.scenarioEvents() {
		if !slices.Contains(kinds, e.kind) {
			kinds = append(kinds, e.kind)
		}
	}
	slices.Sort(kinds)
	if len(kinds) == 0 {
		return 0
	}
	sty := textStyle(8)
	sty.Color = unalignedColor
	intro := "scenario events:"
	r := vg.Points(3.5)
	width := sty.Width(intro) + vg.Points(6)
	for _, k := range kinds {
		width += 2*r + vg.Points(3) + sty.Width(eventKinds[k].label) + vg.Points(9)
	}
	x := pt.X
	if rightAligned {
		x -= width
	}
	c.FillText(sty, vg.Point{X: x, Y: pt.Y}, intro)
	x += sty.Width(intro) + vg.Points(6)
	for _, k := range kinds {
		ek := eventKinds[k]
		c.FillPolygon(ek.color, eventMarker(vg.Point{X: x + r, Y: pt.Y}, r, ek.up))
		x += 2*r + vg.Points(3)
		c.FillText(sty, vg.Point{X: x, Y: pt.Y}, ek.label)
		x += sty.Width(ek.label) + vg.Points(9)
	}
	return width
}

// withEventKey draws a figure and the event key in its bottom-left corner,
// level with the x axis's label (centred, well to the right).
func withEventKey(v *runView, c draw.Canvas, drawFig func(draw.Canvas)) {
	drawFig(c)
	v.eventKey(c, vg.Point{X: c.Min.X + vg.Points(8), Y: c.Min.Y + vg.Points(8)}, false)
}
