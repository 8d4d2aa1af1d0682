package results

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// Every built-in scenario runs with --check: every invariant holds after
// every tick, and the event log explains every change of membership.
func TestBuiltinsKeepTheInvariants(t *testing.T) {
	for _, b := range scenarios.Builtins() {
		t.Run(b.Name, func(t *testing.T) {
			sc, err := scenarios.Load(b.Name, nil)
			if err != nil {
				t.Fatal(err)
			}
			w, err := sim.New(sc.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Execute(context.Background(), w, Options{Dir: filepath.Join(t.TempDir(), "run"), Check: true}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// The audit reports a membership the log does not explain.
func TestMembershipAuditCatchesAMissingRecord(t *testing.T) {
	sc, err := scenarios.Load("classroom-balance", nil)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := sim.New(sc.Config, 0)
	a := newMembershipAudit(w)
	for w.Step() {
		if err := a.observe(w); err != nil {
			t.Fatal(err)
		}
		if len(w.Memberships(0)) > 0 {
			break
		}
	}
	a.held[0] = map[string]bool{} // forget what the log said of nation 0
	w.Step()
	err = a.observe(w)
	if err == nil || !strings.Contains(err.Error(), "memberships the event log does not explain: NOR is in [A1], the event log says []") {
		t.Errorf("got %v", err)
	}
}
