package sim

import (
	"slices"
	"testing"
)

// TestPhaseMarks: an observer of the phases sees Step's eight phases in
// their order every tick, each part within its phase and every mark
// closed, with the waiting and acting nations' searches marked whenever
// formation has some, and the run is the run without an observer.
func TestPhaseMarks(t *testing.T) {
	cfg := withParams(testWorld(), func(p *Params) { p.Deliberation = 1 }) // nations wait as they deliberate
	plain := trace(t, cfg, 0)
	w, err := New(cfg, 0)
	if err != nil {
		t.Fatal(err)
	}
	var open []Phase // the phases entered and not yet left, innermost last
	var top []Phase  // this tick's phases of Step, in order
	var entered [numPhases]int
	w.ObservePhases(func(p Phase, end bool) {
		if end {
			if len(open) == 0 || open[len(open)-1] != p {
				t.Fatalf("tick %d: %v ends while %v are open", w.tick, p, open)
			}
			open = open[:len(open)-1]
			return
		}
		parent, within := p.Within()
		switch {
		case within && (len(open) == 0 || open[len(open)-1] != parent):
			t.Fatalf("tick %d: %v begins within %v, not within %v", w.tick, p, open, parent)
		case !within && len(open) > 0:
			t.Fatalf("tick %d: phase %v begins within %v", w.tick, p, open)
		case !within:
			top = append(top, p)
		}
		entered[p]++
		open = append(open, p)
	})
	want := slices.DeleteFunc(Phases(), func(p Phase) bool { _, within := p.Within(); return within })
	var traced []string
	for w.Step() {
		if len(open) > 0 || !slices.Equal(top, want) {
			t.Fatalf("tick %d: phases %v (still open %v), want %v", w.tick-1, top, open, want)
		}
		top = top[:0]
		traced = append(traced, snapshot(w))
	}
	for _, p := range Phases() {
		if entered[p] == 0 {
			t.Errorf("%v was never marked", p)
		}
	}
	if !slices.Equal(traced, plain) {
		t.Fatal("the run observed differs from the run unobserved")
	}
}
