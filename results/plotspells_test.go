package results

import (
	"fmt"
	"strings"
	"testing"
)

// smallRun is four nations over four years: A1 of A and B throughout; A2
// founded by D, joined by B (in both for a year) and C, strained in 2002
// and dissolved in 2003.
func smallRun() *RunData {
	r := &RunData{Summary: Summary{TicksPerYear: 1, Alliances: []AllianceSummary{{ID: "A1"}, {ID: "A2"}}}}
	members := [][]string{
		{"A1", "A1", "", "A2"},
		{"A1", "A1;A2", "", "A2"},
		{"A1", "A2", "A2", "A2"},
		{"A1", "", "", ""},
	}
	for tick, row := range members {
		for k, m := range row {
			n := NationRow{Tick: tick, Year: 2000 + float64(tick), Nation: string(rune('A' + k)), Capability: float64(k)}
			if m != "" {
				n.Alliances = strings.Split(m, ";")
			}
			r.Nations = append(r.Nations, n)
		}
	}
	r.Events = []EventRow{
		{Tick: 0, Year: 2000, Kind: "formed", Alliance: "A1", Nation: "A"},
		{Tick: 0, Year: 2000, Kind: "formed", Alliance: "A2", Nation: "D"},
		{Tick: 1, Year: 2001, Kind: "joined", Alliance: "A2", Nation: "B"},
		{Tick: 2, Year: 2002, Kind: "strained", Alliance: "A2"},
		{Tick: 3, Year: 2003, Kind: "dissolved", Alliance: "A2"},
	}
	return r
}

func TestTimelineRows(t *testing.T) {
	v, err := newRunView(smallRun())
	if err != nil {
		t.Fatal(err)
	}
	rows := v.timelineRows()
	var got []string
	for _, r := range rows {
		s := fmt.Sprintf("%s(group %d, %d lanes):", r.nation, r.group, r.lanes)
		for _, sp := range r.spells {
			s += fmt.Sprintf(" %s %g–%g lane %d", sp.alliance, sp.from, sp.to, sp.lane)
		}
		got = append(got, s)
	}
	want := []string{
		"A(group 0, 1 lanes): A1 2000–2004 lane 0",
		"B(group 0, 2 lanes): A1 2000–2002 lane 0 A2 2001–2003 lane 1",
		"D(group 1, 1 lanes): A2 2000–2003 lane 0",
		"C(group 1, 1 lanes): A2 2002–2003 lane 0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	count := map[string]int{}
	for _, m := range v.timelineMarks(rows) {
		count[fmt.Sprintf("%s@%g", m.kind, m.x)]++
	}
	for _, c := range []struct {
		key  string
		want int
	}{
		{"formed@2000", 3},     // A and B for A1, D for A2 (B joined it later)
		{"strained@2002.5", 3}, // B, D and C, members in 2002
		{"dissolved@2003", 3},  // the same, where their bars end
	} {
		if count[c.key] != c.want {
			t.Errorf("%d marks %s, want %d (all: %v)", count[c.key], c.key, c.want, count)
		}
	}
}

func TestAllianceColoursAreStableAndCycle(t *testing.T) {
	v, err := newRunView(smallRun())
	if err != nil {
		t.Fatal(err)
	}
	if v.styles["A1"] != styleOf(0) || v.styles["A2"] != styleOf(1) {
		t.Error("alliances do not take the palette in order of creation")
	}
	for _, c := range []struct{ k, colour, cycle int }{{0, 0, 0}, {6, 6, 0}, {7, 0, 1}, {15, 1, 2}} {
		if s := styleOf(c.k); s.color != okabeIto[c.colour] || s.cycle != c.cycle {
			t.Errorf("styleOf(%d) = %v, want colour %d, cycle %d", c.k, s, c.colour, c.cycle)
		}
	}
	if styleOf(7).line(1).Dashes == nil || styleOf(0).line(1).Dashes != nil {
		t.Error("the palette's second cycle should be dashed, its first solid")
	}
}

func TestLargestByFinalCapability(t *testing.T) {
	v, _ := newRunView(smallRun())
	if got := strings.Join(v.largest(2), " "); got != "D C" {
		t.Errorf("largest(2) = %s, want D C", got)
	}
}
