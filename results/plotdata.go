package results

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"entente/sim"
)

// ErrNothingToPlot is returned (wrapped, with the reason) for a run too
// short to draw over time.
var ErrNothingToPlot = errors.New("nothing to draw over time")

// runView is a run arranged for drawing: nations and alliances in a fixed
// order, each nation's and alliance's rows, and the alliances' styles.
// Maps are only looked up, never ranged over, so no map order reaches a
// figure.
type runView struct {
	*RunData
	nations     []string // in order of first appearance in nations.csv
	rows        map[string][]NationRow
	alliances   []string          // in order of creation (summary.json), then of first appearance
	names       map[string]string // alliance id → its name (summary.json)
	nationNames map[string]string // nation id → its name (nations.csv)
	arows       map[string][]AllianceRow
	styles      map[string]allianceStyle
	first       float64 // first year
	last        float64 // last year
	step        float64 // years per tick
}

func newRunView(r *RunData) (*runView, error) {
	ticks := 0
	for k, row := range r.Nations {
		if k == 0 || row.Tick != r.Nations[k-1].Tick {
			ticks++
		}
	}
	switch ticks {
	case 0:
		return nil, fmt.Errorf("nations.csv has no rows; %w", ErrNothingToPlot)
	case 1:
		return nil, fmt.Errorf("nations.csv has only one tick; %w", ErrNothingToPlot)
	}
	v := &runView{
		RunData: r, rows: map[string][]NationRow{}, names: map[string]string{}, nationNames: map[string]string{},
		arows: map[string][]AllianceRow{}, styles: map[string]allianceStyle{},
		first: r.Nations[0].Year, last: r.Nations[len(r.Nations)-1].Year, step: 1,
	}
	if tpy := r.Summary.TicksPerYear; tpy > 0 {
		v.step = 1 / float64(tpy)
	}
	for _, n := range r.Nations {
		if _, ok := v.rows[n.Nation]; !ok {
			v.nations = append(v.nations, n.Nation)
			if n.Name != "" {
				v.nationNames[n.Nation] = n.Name
			}
		}
		v.rows[n.Nation] = append(v.rows[n.Nation], n)
	}
	addAlliance := func(id string) {
		if _, ok := v.styles[id]; !ok && id != "" {
			v.styles[id] = styleOf(len(v.alliances))
			v.alliances = append(v.alliances, id)
		}
	}
	for _, a := range r.Summary.Alliances {
		addAlliance(a.ID)
		v.names[a.ID] = a.Name
	}
	for _, a := range r.Alliances {
		addAlliance(a.Alliance)
		v.arows[a.Alliance] = append(v.arows[a.Alliance], a)
	}
	for _, n := range r.Nations {
		for _, id := range n.Alliances {
			addAlliance(id)
		}
	}
	return v, nil
}

// span is the years on the x axis: the first to the last tick.
func (v *runView) span() (float64, float64) { return v.first, v.last }

// nationSeries returns a nation's values of one column, year by year.
func (v *runView) nationSeries(id string, value func(NationRow) float64) []point {
	rows := v.rows[id]
	pts := make([]point, len(rows))
	for k, r := range rows {
		pts[k] = point{x: r.Year, y: value(r)}
		if k > 0 && r.Tick != rows[k-1].Tick+1 {
			pts[k].gap = true // the nation was out of the system in between
		}
	}
	return pts
}

// allianceSeries returns an alliance's values of one column, year by year.
func (v *runView) allianceSeries(id string, value func(AllianceRow) float64) []point {
	rows := v.arows[id]
	pts := make([]point, len(rows))
	for k, r := range rows {
		pts[k] = point{x: r.Year, y: value(r)}
	}
	return pts
}

// point is one observation; gap marks a break in the line before it.
type point struct {
	x, y float64
	gap  bool
}

// largest returns the n nations with the largest final capability (each
// nation's last row), largest first; ties keep the order of appearance.
func (v *runView) largest(n int) []string {
	ids := slices.Clone(v.nations)
	final := func(id string) float64 {
		rows := v.rows[id]
		if c := rows[len(rows)-1].Capability; !math.IsNaN(c) {
			return c
		}
		return 0
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(final(b), final(a)) })
	return ids[:min(n, len(ids))]
}

// membership is the alliance a nation counts as in at a row: the first it
// lists, or "" when it is in none.
func membership(r NationRow) string {
	if len(r.Alliances) == 0 {
		return ""
	}
	return r.Alliances[0]
}

// param returns a model constant from summary.json.
func (v *runView) param(key string) (float64, bool) {
	p, ok := v.Summary.Parameters[key]
	return p, ok
}

// allianceLabel is how a figure names an alliance: its name (as in the
// story, the files and the page), shortened, or its id for a run without
// names.
func (v *runView) allianceLabel(id string) string {
	if n := v.names[id]; n != "" {
		return shorten(n, 26)
	}
	return id
}

// nationLabel is how a figure names a nation: its name as a sentence says
// it, or its id for a run without names.
func (v *runView) nationLabel(id string) string {
	if n := v.nationNames[id]; n != "" {
		return shorten(sim.Spoken(n), 20)
	}
	return id
}
