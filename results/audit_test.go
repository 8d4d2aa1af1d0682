package results

import (
	"context"
	"fmt"
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
	// Which pact nation 0 is in is the model's choice; the audit must name
	// it, whatever it is.
	var in []string
	for _, al := range w.Memberships(0) {
		in = append(in, al.ID)
	}
	if len(in) == 0 {
		t.Fatalf("%s left its alliance: the audit has nothing to catch", w.Nations()[0].ID)
	}
	want := fmt.Sprintf("memberships the event log does not explain: %s is in [%s], the event log says []", w.Nations()[0].ID, strings.Join(in, " "))
	err = a.observe(w)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}
