package results

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"

	"entente/agents"
	"entente/sim"
)

// nations.csv's displacement column is the world's own factor, row by row,
// and the Cold War's Korean War leaves China, the United States' rival on
// the other side, a displacement once it ends (1 before: no war had
// ended).
func TestNationsDisplacementColumn(t *testing.T) {
	var nations bytes.Buffer
	seen := map[int]float64{}
	recordColdWar(t, &nations, nil, nil, func(w *sim.World) {
		chn := slices.IndexFunc(w.Nations(), func(n agents.Nation) bool { return n.ID == "CHN" })
		seen[int(w.Year())] = w.Displacement(chn)
	})
	rows, err := csv.NewReader(&nations).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "displacement")
	year, id := slices.Index(rows[0], "year"), slices.Index(rows[0], "nation")
	for _, r := range rows[1:] {
		if r[id] != "CHN" {
			continue
		}
		y, _ := strconv.Atoi(r[year])
		got, err := strconv.ParseFloat(r[col], 64)
		if err != nil || !relNear(got, seen[y]) {
			t.Errorf("CHN %d: displacement %q, the world's %g", y, r[col], seen[y])
		}
	}
	if seen[1950] != 1 || seen[1960] <= 1 {
		t.Errorf("China's displacement: %g in 1950, %g in 1960; want 1 before Korea's end and above 1 after", seen[1950], seen[1960])
	}
}

func relNear(a, b float64) bool { d := a - b; return d < 1e-5*b && -d < 1e-5*b }
