package results

import (
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// Threat and security: each nation's threat ratio, its perceived threat
// over its security (above 1, a nation faces more than it can answer).
// Nations are drawn as in the defence burden figure. When the ratios span
// more than a factor of logSpan the y axis is logarithmic, and its label
// says so; a ratio of zero (no threat) then leaves a gap.
var threatFigure = figure{name: "threat", size: panelSize, draw: func(v *runView, c draw.Canvas) {
	withEventKey(v, c, func(c draw.Canvas) { drawPlot(threatPlot(v), c) })
}}

// logSpan is the ratio of largest to smallest threat ratio above which
// the axis turns logarithmic.
const logSpan = 30

func threatPlot(v *runView) *plot.Plot {
	lo, hi := math.Inf(1), 0.0
	for _, r := range v.Nations {
		if t := r.ThreatRatio; t > 0 && !math.IsInf(t, 0) {
			lo, hi = math.Min(lo, t), math.Max(hi, t)
		}
	}
	logY := hi > 0 && hi/lo > logSpan
	value := func(r NationRow) float64 { return r.ThreatRatio }
	label := "threat ratio"
	if logY {
		label = "threat ratio (log scale)"
		value = func(r NationRow) float64 { // log10, on a linear axis labelled in ratios
			if r.ThreatRatio > 0 {
				return math.Log10(r.ThreatRatio)
			}
			return math.NaN()
		}
	}
	p := newPlot(v, "Threat and security (threat ratio = perceived threat / security)", label)
	labels := newEndLabels()
	top := v.largest(topNations)
	addBackdrop(p, v, top, value)
	parity := 1.0
	if logY {
		parity = 0
	}
	addReference(p, v, labels, parity, "threat = security")
	addTopNations(p, v, labels, top, value)
	if logY {
		p.Y.Tick.Marker = logTicks{}
	} else {
		p.Y.Min = 0
	}
	p.Add(labels)
	return p
}

// logTicks marks an axis of log10 values with the values themselves: 1, 2
// and 5 times each power of ten over up to two decades, each power of ten
// over up to six, and every second, third, … power beyond; the other
// multiples are minor ticks. (gonum's LogScale centres the axis label on
// the arithmetic mean of the range, far up a log axis: this does not.)
type logTicks struct{}

func (logTicks) Ticks(lmin, lmax float64) []plot.Tick {
	min, max := math.Pow(10, lmin), math.Pow(10, lmax)
	lo, hi := math.Floor(lmin), math.Ceil(lmax)
	every := math.Max(1, math.Ceil((hi-lo)/6))
	var ticks []plot.Tick
	for e := lo; e <= hi; e++ {
		base := math.Pow(10, e)
		for m := 1; m < 10; m++ {
			x := float64(m) * base
			if x < min*0.999 || x > max*1.001 {
				continue
			}
			t := plot.Tick{Value: math.Log10(x)}
			if m == 1 && math.Mod(e, every) == 0 || hi-lo <= 2 && (m == 2 || m == 5) {
				t.Label = strconv.FormatFloat(x, 'g', 6, 64)
			}
			if t.Label != "" || hi-lo <= 6 {
				ticks = append(ticks, t)
			}
		}
	}
	return ticks
}
