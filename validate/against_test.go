package validate

import (
	"math"
	"strings"
	"testing"

	"entente/sim"
)

// quietRun is r with no alliance in any year.
func quietRun(r *Record) *Record {
	q := &Record{IDs: r.IDs, Years: r.Years, Nations: make([][]NationTick, len(r.Nations))}
	for k, ns := range r.Nations {
		q.Nations[k] = make([]NationTick, len(ns))
		for i := range ns {
			q.Nations[k][i] = NationTick{Active: true}
		}
	}
	return q
}

// fourStates' run allies A–B in every year, A–C in 2000 and C–D in 2003;
// history has A–B in every year and C–D in 2002–2003. With A–B and C–D
// pacts of the start, the run keeps A–B (4 pair-years) and C–D in 2003,
// leaves C–D in 2002, ends it with history in 2000–2001 and invents A–C
// in 2000; a run with no alliance leaves A–B and C–D in 2002–2003 and ends
// C–D in 2000–2001. Each class is the mean of the two runs.
func TestAgainstStartSortsEveryPairYear(t *testing.T) {
	r, h, cfg := fourStates(false)
	cfg.Alliances = append(cfg.Alliances, sim.AllianceConfig{Members: []int{2, 3}})
	got := AgainstStart([]*Record{r, quietRun(r)}, h, startPersist(cfg), 2000, 2003)
	want := StartAccount{Kept: 2.5, Left: 3.5, Ended: 2, Invented: 0.5, Quiet: 15.5}
	if got.Kept != want.Kept || got.Left != want.Left || got.Ended != want.Ended || got.Held != want.Held ||
		got.Made != want.Made || got.Missed != want.Missed || got.Invented != want.Invented || got.Quiet != want.Quiet {
		t.Errorf("account %+v, want %+v", got, want)
	}
	if got.Total() != 24 || got.Gained() != 2 || got.Lost() != 4 {
		t.Errorf("total %v gained %v lost %v, want 24, 2, 4", got.Total(), got.Gained(), got.Lost())
	}
	losers := []PairLoss{{A: "AAA", B: "BBB", Left: 2}, {A: "CCC", B: "DDD", Left: 1.5}, {A: "AAA", B: "CCC", Invented: 0.5}}
	if len(got.Losers) != len(losers) {
		t.Fatalf("losers %+v, want %+v", got.Losers, losers)
	}
	for k := range losers {
		if got.Losers[k] != losers[k] {
			t.Errorf("loser %d: %+v, want %+v", k, got.Losers[k], losers[k])
		}
	}
	lines := strings.Join(got.lines(), "\n")
	for _, s := range []string{"the runs keep 2, leave 4 (lost)", "gained 2, lost 4: agreement -0.0833", "AAA–BBB   lost 2.0 pair-years (2.0 left, 0.0 invented)"} {
		if !strings.Contains(lines, s) {
			t.Errorf("lines lack %q:\n%s", s, lines)
		}
	}
}

// A start pact history ended that a run holds, and one history made that
// the run makes: with A–C a pact of the start and A–B not, the run holds
// A–C in 2000 (ended in history) and ends it in 2001–2003, and makes A–B
// in every year.
func TestAgainstStartHeldAndMade(t *testing.T) {
	r, h, cfg := fourStates(false)
	cfg.Alliances = []sim.AllianceConfig{{Members: []int{0, 2}}}
	got := AgainstStart([]*Record{r}, h, startPersist(cfg), 2000, 2003)
	if got.Held != 1 || got.Ended != 3 || got.Made != 5 || got.Missed != 1 || got.Kept != 0 || got.Left != 0 || got.Invented != 0 {
		t.Errorf("account %+v, want held 1, ended 3, made 5 (A–B 4, C–D 2003), missed 1 (C–D 2002)", got)
	}
}

// The runs' raw agreement exceeds the baseline's by (gained − lost) over
// the pair-years, whatever the runs do.
func TestAgainstStartIsTheAgreementOverTheBaseline(t *testing.T) {
	r, h, cfg := fourStates(false)
	cfg.Alliances = append(cfg.Alliances, sim.AllianceConfig{Members: []int{2, 3}})
	for _, run := range []*Record{r, quietRun(r)} {
		acc := AgainstStart([]*Record{run}, h, startPersist(cfg), 2000, 2003)
		model := confusion(ofRecord(run), h, 2000, 2003, run.Allied).Agreement()
		base := confusion(ofRecord(run), h, 2000, 2003, startPersist(cfg)).Agreement()
		if d := (acc.Gained() - acc.Lost()) / acc.Total(); math.Abs(model-base-d) > 1e-12 {
			t.Errorf("agreement %v − baseline's %v = %v, the account says %v", model, base, model-base, d)
		}
	}
}
