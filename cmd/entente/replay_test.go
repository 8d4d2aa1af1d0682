package main

import (
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// steeredRun plays a scenario with some nations steered by a scripted
// policy for ticks ticks (0: to the end), recording the CSV files as a
// class records them and the decision log; it returns the files by name.
func steeredRun(t *testing.T, name string, over []string, ticks int) map[string][]byte {
	t.Helper()
	sc, err := scenarios.Load(name, over)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var bufs [6]bytes.Buffer
	steered := []int{0, 2, 3}
	var ids, steeredIDs []string
	for _, n := range w.Nations() {
		ids = append(ids, n.ID)
	}
	for _, i := range steered {
		steeredIDs = append(steeredIDs, ids[i])
	}
	log, err := results.NewDecisionLog(&bufs[5], results.DecisionHeader{Scenario: sc.Name, Source: sc.Source, SHA256: sc.SHA256, Overrides: sc.Overrides, Seed: sc.Config.Seed, Steered: steeredIDs})
	if err != nil {
		t.Fatal(err)
	}
	policy := sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
		if (tick+i)%3 == 0 {
			return sim.Decision{}, false // the rules decide
		}
		s := c.MinShare + (c.MaxShare-c.MinShare)*float64((tick*7+i)%10)/37 // not round numbers
		d := sim.Decision{Share: &s}
		if m := c.Moves[(tick+i)%len(c.Moves)]; m.Action != sim.Stay {
			d.Action, d.Target = m.Action, m.Target
		}
		return d, true
	})
	if err := w.Steer(steered, log.Record(policy, ids)); err != nil {
		t.Fatal(err)
	}
	rec, err := results.NewRecorder(&bufs[0], &bufs[1], &bufs[2], &bufs[3])
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.RecordMemberships(&bufs[4]); err != nil {
		t.Fatal(err)
	}
	for (ticks <= 0 || w.Tick()+1 < ticks) && w.Step() {
		if err := rec.Observe(w); err != nil {
			t.Fatal(err)
		}
	}
	if err := errorsOf(rec.Flush(), log.End(w.Tick()+1), w.Err()); err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for k, f := range []string{"nations.csv", "alliances.csv", "events.csv", "world.csv", "memberships.csv", "decisions.jsonl"} {
		out[f] = bufs[k].Bytes()
	}
	return out
}

func errorsOf(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// TestReplayReproducesASteeredRun: `entente run --replay LOG` writes the
// CSV files of the run the log records byte for byte, for a run cut off
// after a few ticks (a class that ended early) and one played to the
// scenario's end, and refuses what is not a log of a run it can make
// again.
func TestReplayReproducesASteeredRun(t *testing.T) {
	for _, tc := range []struct {
		name     string
		scenario string
		over     []string
		ticks    int
	}{
		{"class of five rounds", "classroom-balance", []string{"seed=7"}, 5},
		{"to the end", "cold-war", nil, 0},
		{"with an override", "classroom-free-riders", []string{"seed=3", "psi0=0.6"}, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := steeredRun(t, tc.scenario, tc.over, tc.ticks)
			if !bytes.Contains(files["events.csv"], []byte(",decided,")) || !bytes.Contains(files["events.csv"], []byte(",undecided,")) {
				t.Fatalf("bad fixture: the run has no decided and undecided nations:\n%s", files["events.csv"])
			}
			dir := t.TempDir()
			logPath := filepath.Join(dir, "decisions.jsonl")
			if err := os.WriteFile(logPath, files["decisions.jsonl"], 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "replay")
			if _, errs, code := entente(t, "run", "--replay", logPath, "-o", out, "--quiet", "--no-plots", "--check"); code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, f := range results.Files[:5] {
				got, err := os.ReadFile(filepath.Join(out, f))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, files[f]) {
					t.Errorf("%s differs from the run's (%d bytes against %d)", f, len(got), len(files[f]))
				}
			}
		})
	}
}

func TestReplayRefusesBadLogs(t *testing.T) {
	files := steeredRun(t, "classroom-balance", nil, 3)
	good := string(files["decisions.jsonl"])
	first, rest, _ := strings.Cut(good, "\n")
	for _, tc := range []struct {
		name, log, want string
		args            []string
	}{
		{"not a log", "hello\n", "not an Entente decision log", nil},
		{"empty", "", "empty decision log", nil},
		{"a later format", strings.Replace(good, `"format_version":1`, `"format_version":2`, 1), "format version 2", nil},
		{"another scenario's hash", strings.Replace(good, `"sha256":"`, `"sha256":"00`, 1), "has changed", nil},
		{"a nation not steered", first + "\n" + `{"tick":0,"nation":"ZZZ","share":0.1}` + "\n" + rest, `"ZZZ" is not a steered nation`, nil},
		{"with a scenario", good, "no scenario, --seed or --set", []string{"cold-war"}},
		{"with a seed", good, "no scenario, --seed or --set", []string{"--seed", "4"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "log.jsonl")
			if err := os.WriteFile(path, []byte(tc.log), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"run", "--replay", path, "--quiet", "--no-plots", "-o", filepath.Join(t.TempDir(), "out")}, tc.args...)
			_, errs, code := entente(t, args...)
			if code != 2 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, %q; want 2 and %q", code, errs, tc.want)
			}
		})
	}
}

// TestReplayOfUnwritableDecisions: a scripted policy that decides a NaN
// share (which no JSON log can hold) is taken as undecided, in the run as
// in its replay, so the replay still gives the run's files.
func TestReplayOfUnwritableDecisions(t *testing.T) {
	sc, err := scenarios.Load("classroom-arms-race", nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var logBuf, events bytes.Buffer
	log, err := results.NewDecisionLog(&logBuf, results.DecisionHeader{Scenario: sc.Name, Source: sc.Source, SHA256: sc.SHA256, Steered: []string{w.Nations()[0].ID}})
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, n := range w.Nations() {
		ids = append(ids, n.ID)
	}
	nan := math.NaN()
	_ = w.Steer([]int{0}, log.Record(sim.ControllerFunc(func(tick, i int, c *sim.Choices) (sim.Decision, bool) {
		if tick == 1 {
			return sim.Decision{Share: &nan}, true
		}
		s := 0.05
		return sim.Decision{Share: &s}, true
	}), ids))
	rec, _ := results.NewRecorder(io.Discard, io.Discard, &events, io.Discard)
	for w.Tick() < 3 && w.Step() {
		_ = rec.Observe(w)
	}
	_ = rec.Flush()
	if err := log.End(w.Tick() + 1); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := os.WriteFile(path, logBuf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, errs, code := entente(t, "run", "--replay", path, "-o", out, "--quiet", "--no-plots"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got, _ := os.ReadFile(filepath.Join(out, "events.csv"))
	if !bytes.Equal(got, events.Bytes()) || !bytes.Contains(got, []byte(",undecided,")) {
		t.Errorf("events differ, or tick 1 is not undecided:\n%s\nvs\n%s", got, events.Bytes())
	}
}
