package results

import (
	"bytes"
	"context"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// runScenario runs a scenario to a new directory, drawing its figures in
// the given formats, and returns the directory and the outcome.
func runScenario(t *testing.T, name string, sets []string, formats []string) (string, *Outcome) {
	t.Helper()
	sc, err := scenarios.Load(name, sets)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "run")
	info := ScenarioInfo{Name: sc.Name, Title: sc.Title, Source: sc.Source, SHA256: sc.SHA256, Overrides: sc.Overrides}
	out, err := Execute(context.Background(), w, Options{Dir: dir, Info: info, Plots: formats})
	if err != nil {
		t.Fatal(err)
	}
	return dir, out
}

func TestReadRunReadsWhatTheRunWrote(t *testing.T) {
	dir, out := runScenario(t, "classroom-balance", nil, nil)
	r, err := ReadRun(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := out.Summary
	if got, want := len(r.Nations), s.Ticks*8; got != want {
		t.Errorf("%d nation rows, want %d (41 ticks × 8 nations)", got, want)
	}
	if len(r.World) != s.Ticks {
		t.Errorf("%d world rows, want %d", len(r.World), s.Ticks)
	}
	if r.Summary.Scenario.Name != "classroom-balance" || r.Summary.Parameters["c_strain"] != 0.3 {
		t.Errorf("summary read back as %+v", r.Summary.Scenario)
	}
	// Every alliance row reads back as the run wrote it: which pacts form
	// is the model's choice, so the file itself is the reference.
	written, err := os.ReadFile(filepath.Join(dir, "alliances.csv"))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(written)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) < 2 || len(r.Alliances) != len(records)-1 {
		t.Fatalf("%d alliance rows read, %d written", len(r.Alliances), len(records)-1)
	}
	col := map[string]int{}
	for k, name := range records[0] {
		col[name] = k
	}
	for k, a := range r.Alliances {
		rec := records[k+1]
		if a.Alliance != rec[col["alliance"]] || strings.Join(a.Members, ";") != rec[col["members"]] ||
			math.IsNaN(a.Exploitation) != (rec[col["exploitation"]] == "") {
			t.Errorf("alliance row %d %+v, written as %q", k, a, rec)
			break
		}
	}
	var kinds []string
	for _, e := range r.Events {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, " "); !strings.Contains(got, "formed") || !strings.Contains(got, "dissolved") {
		t.Errorf("events read back as %s", got)
	}
}

// An index the run leaves undefined (a pact of two has no exploitation
// index) is written empty and reads back as NaN, and a member list as its
// members.
func TestReadRunReadsAnUndefinedIndexAsNaN(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"nations.csv":   strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0.02,1,0.4,0,1,1,1,0,0,A1\n0,2000,BBB,1,0.02,0.02,1,0.4,0,1,1,1,0,0,A1\n",
		"alliances.csv": strings.Join(AllianceColumns, ",") + "\n0,2000,A1,BBB;AAA,2,0.6,0,0,\n",
		"events.csv":    strings.Join(EventColumns, ",") + "\n",
		"world.csv":     strings.Join(WorldColumns, ",") + "\n0,2000,1,1,1,1,0,0,0,0\n",
		"summary.json":  "{}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := ReadRun(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Alliances) != 1 {
		t.Fatalf("%d alliance rows, want 1", len(r.Alliances))
	}
	if a := r.Alliances[0]; a.Alliance != "A1" || strings.Join(a.Members, " ") != "BBB AAA" || !math.IsNaN(a.Exploitation) || a.Cohesion != 0.6 {
		t.Errorf("read %+v: want A1 of BBB and AAA, cohesion 0.6, an undefined (NaN) exploitation", a)
	}
}

func TestReadRunRejectsBadFiles(t *testing.T) {
	good := map[string]string{
		"nations.csv":   strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0.02,1,0.4,0,1,1,1,0,0,\n",
		"alliances.csv": strings.Join(AllianceColumns, ",") + "\n",
		"events.csv":    strings.Join(EventColumns, ",") + "\n",
		"world.csv":     strings.Join(WorldColumns, ",") + "\n0,2000,0,0,1,1,0,0,0,0\n",
		"summary.json":  "{}\n",
	}
	for _, c := range []struct {
		name, file, body, want string
	}{
		{"a missing file", "world.csv", "", "world.csv: no such file"},
		{"an empty file", "events.csv", "-", "events.csv: empty file"},
		{"a missing column", "nations.csv", "tick,year,nation\n", "nations.csv: header lacks column gdp, defense_share"},
		{"a bad number", "world.csv", strings.Join(WorldColumns, ",") + "\n0,2000,x,0,1,1,0,0,0,0\n", "world.csv:2: column alliances"},
		{"a short row", "events.csv", strings.Join(EventColumns, ",") + "\n0,2000\n", "events.csv"},
		{"bad JSON", "summary.json", "{", "summary.json"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range good {
				if name == c.file {
					switch body = c.body; body {
					case "":
						continue
					case "-":
						body = ""
					}
				}
				os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
			}
			_, err := ReadRun(dir)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
}

// FuzzReadRun feeds arbitrary nations.csv files to the reader and the
// figures: bad input may be refused, never panic.
func FuzzReadRun(f *testing.F) {
	f.Add(strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0.02,1,0.4,0,1,1,1,0,0,A1\n1,2001,AAA,1,0.02,0.02,1,0.4,0,1,1,,0,0,A1;A2\n")
	f.Add("tick,year\n1,2\n")
	f.Fuzz(func(t *testing.T, nations string) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "nations.csv"), []byte(nations), 0o644)
		os.WriteFile(filepath.Join(dir, "alliances.csv"), []byte(strings.Join(AllianceColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "events.csv"), []byte(strings.Join(EventColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "world.csv"), []byte(strings.Join(WorldColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "summary.json"), []byte(`{"ticks_per_year": 1}`), 0o644)
		r, err := ReadRun(dir)
		if err != nil {
			return
		}
		if v, err := newRunView(r); err == nil {
			v.timelineRows()
		}
	})
}
