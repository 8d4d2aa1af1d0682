package results

import (
	"io"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// recordColdWar runs the Cold War at its default seed through a Recorder
// writing nations.csv and alliances.csv to the writers given (nil:
// discarded), and memberships.csv to members when it is not nil, calling
// each (when not nil) after every tick is observed. It returns the world
// at the run's end.
func recordColdWar(t *testing.T, nations, alliances, members io.Writer, each func(*sim.World)) *sim.World {
	t.Helper()
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	orDiscard := func(x io.Writer) io.Writer {
		if x == nil {
			return io.Discard
		}
		return x
	}
	rec, err := NewRecorder(orDiscard(nations), orDiscard(alliances), io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if members != nil {
		if err := rec.RecordMemberships(members); err != nil {
			t.Fatal(err)
		}
	}
	for w.Step() {
		if err := rec.Observe(w); err != nil {
			t.Fatal(err)
		}
		if each != nil {
			each(w)
		}
	}
	if err := rec.Flush(); err != nil {
		t.Fatal(err)
	}
	return w
}
