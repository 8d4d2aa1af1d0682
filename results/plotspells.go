package results

import (
	"cmp"
	"math"
	"slices"
)

// spell is one stretch of a nation's membership in an alliance, in years
// (to is the end of its last tick), and the lane it takes in the nation's
// row of the timeline when memberships overlap.
type spell struct {
	alliance string
	from, to float64
	lane     int
}

// timelineRow is one nation's row of the timeline.
type timelineRow struct {
	nation string
	spells []spell
	lanes  int
	group  int // index of the alliance it spent longest in; len(alliances) when in none
}

// timelineRows returns one row per nation, members of the same alliance
// together (alliances in order of creation, each nation under the alliance
// it spent most ticks in, by the year it joined), nations in no alliance last.
func (v *runView) timelineRows() []timelineRow {
	index := make(map[string]int, len(v.alliances))
	for k, id := range v.alliances {
		index[id] = k
	}
	rows := make([]timelineRow, len(v.nations))
	order := make(map[string]int, len(v.nations))
	for k, id := range v.nations {
		order[id] = k
		rows[k] = v.timelineRow(id, index)
	}
	joined := func(r timelineRow) float64 {
		for _, s := range r.spells {
			if r.group < len(v.alliances) && s.alliance == v.alliances[r.group] {
				return s.from
			}
		}
		return math.Inf(1)
	}
	slices.SortStableFunc(rows, func(a, b timelineRow) int {
		return cmp.Or(cmp.Compare(a.group, b.group), cmp.Compare(joined(a), joined(b)), cmp.Compare(order[a.nation], order[b.nation]))
	})
	return rows
}

func (v *runView) timelineRow(id string, index map[string]int) timelineRow {
	row := timelineRow{nation: id, group: len(v.alliances)}
	var open []spell
	closeAll := func(keep func(string) bool, end float64) {
		kept := open[:0]
		for _, s := range open {
			if keep(s.alliance) {
				kept = append(kept, s)
			} else {
				s.to = end
				row.spells = append(row.spells, s)
			}
		}
		open = kept
	}
	rows := v.rows[id]
	for k, r := range rows {
		if k > 0 {
			gap := r.Tick != rows[k-1].Tick+1
			closeAll(func(a string) bool { return !gap && slices.Contains(r.Alliances, a) }, rows[k-1].Year+v.step)
		}
		for _, a := range r.Alliances {
			if !slices.ContainsFunc(open, func(s spell) bool { return s.alliance == a }) {
				open = append(open, spell{alliance: a, from: r.Year})
			}
		}
	}
	if len(rows) > 0 {
		closeAll(func(string) bool { return false }, rows[len(rows)-1].Year+v.step)
	}
	slices.SortStableFunc(row.spells, func(a, b spell) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(index[a.alliance], index[b.alliance]))
	})
	// Lanes: each spell takes the first lane free at its start.
	var ends []float64
	ticks := make([]float64, len(v.alliances))
	for k := range row.spells {
		s := &row.spells[k]
		s.lane = slices.IndexFunc(ends, func(end float64) bool { return end <= s.from+1e-9 })
		if s.lane < 0 {
			s.lane = len(ends)
			ends = append(ends, 0)
		}
		ends[s.lane] = s.to
		ticks[index[s.alliance]] += s.to - s.from
	}
	row.lanes = max(1, len(ends))
	best := 0.0
	for k, t := range ticks {
		if t > best {
			best, row.group = t, k
		}
	}
	return row
}

// mark is an alliance event drawn on a member's row.
type mark struct {
	x, y float64
	kind string
}

// timelineMarks places each formation, strain and dissolution on the rows
// of the alliance's members at the time: a formation where their spells
// begin, a dissolution where they end, a strain in the middle of its tick.
// y is the row's centre (row 0 at the top), offset to the spell's lane.
func (v *runView) timelineMarks(rows []timelineRow) []mark {
	var marks []mark
	near := func(a, b float64) bool { return math.Abs(a-b) < v.step/2 }
	for _, e := range v.Events {
		if e.Kind != "formed" && e.Kind != "strained" && e.Kind != "dissolved" {
			continue
		}
		for k, r := range rows {
			for _, s := range r.spells {
				if s.alliance != e.Alliance {
					continue
				}
				y := laneCentre(len(rows), k, s.lane, r.lanes)
				switch {
				case e.Kind == "formed" && near(s.from, e.Year):
					marks = append(marks, mark{s.from, y, e.Kind})
				case e.Kind == "dissolved" && near(s.to, e.Year):
					marks = append(marks, mark{s.to, y, e.Kind})
				case e.Kind == "strained" && s.from <= e.Year && e.Year < s.to:
					marks = append(marks, mark{e.Year + v.step/2, y, e.Kind})
				}
			}
		}
	}
	return marks
}

// barHeight is the share of a row its bars fill.
const barHeight = 0.72

// laneCentre is the y of a lane's centre: rows from the top (row 0 at
// y = n−1), lanes from the top of the row.
func laneCentre(n, row, lane, lanes int) float64 {
	h := barHeight / float64(lanes)
	return float64(n-1-row) + barHeight/2 - h*(float64(lane)+0.5)
}
