package main

import (
	"fmt"
	"testing"

	"entente/scripts/internal/eras"

	"gonum.org/v1/gonum/stat"
)

// A war counts for the change that ends in its first year, the changes
// during it and the one from its last year into peace.
func TestAtWarCoversTheYearsAroundAWar(t *testing.T) {
	wars := []eras.War{{Sides: [2][]int{{0}, {1}}, From: 1960.5, To: 1962.25}}
	for y, want := range map[int]bool{1958: false, 1959: true, 1960: true, 1963: true, 1964: false} {
		if got := atWar(wars, 0, y); got != want {
			t.Errorf("nation 0 at war around %d: %v, want %v", y, got, want)
		}
	}
	if atWar(wars, 2, 1961) {
		t.Error("a state on neither side is at war")
	}
}

// The counts split rises from falls at the threshold.
func TestBeyond(t *testing.T) {
	changes := []float64{0.05, -0.05, 0.25, -0.15, -0.35, 0}
	if up, down := beyond(changes, 0.1); up != 1 || down != 2 {
		t.Errorf("beyond 0.1: %d rises, %d falls; want 1 and 2", up, down)
	}
}

// TestTheFiguresTheDocsQuote: the counts and skewness docs/MODEL-NOTES.md
// quotes are what the data and the runs give (a change of the data, the
// eras or the model must change them there too).
func TestTheFiguresTheDocsQuote(t *testing.T) {
	history, runs, err := read()
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, c := range [][]float64{history, runs} {
		got += fmt.Sprintf("%d %.2f", len(c), stat.Skew(c, nil))
		for _, th := range thresholds {
			up, down := beyond(c, th)
			got += fmt.Sprintf(" %d/%d", up, down)
		}
		got += "; "
	}
	if want := "10837 0.49 1850/2100 950/906 548/459; 10807 -5.75 465/213 0/104 0/54; "; got != want {
		t.Errorf("changes, skewness, rises/falls beyond 0.1, 0.2, 0.3: %s, the docs quote %s", got, want)
	}
}
