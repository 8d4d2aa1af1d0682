package results

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
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
		"nations.csv":   strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0,1,0.02,1,0.4,0,1,1,1,1,0,0,A1,Aland\n0,2000,BBB,1,0.02,0,1,0.02,1,0.4,0,1,1,1,1,0,0,A1,Bland\n",
		"alliances.csv": strings.Join(AllianceColumns, ",") + "\n0,2000,A1,BBB;AAA,2,0.6,0,0,,Bland's alliance\n",
		"events.csv":    strings.Join(EventColumns, ",") + "\n",
		"world.csv":     strings.Join(WorldColumns, ",") + "\n0,2000,1,1,1,1,0,0,0,0\n",
		"summary.json":  `{"ticks": 1, "nations": 2}`,
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

// The files of an Entente before names, war shares and whole threats (none
// of these columns) still read, and a name reads back.
func TestReadRunReadsFilesWithoutNames(t *testing.T) {
	for _, named := range []bool{false, true} {
		dir := t.TempDir()
		nations, alliances, row := NationColumns, AllianceColumns, "0,2000,AAA,1,0.02,0,1,0.02,1,0.4,0,1,1,1,1,0,0,,Aland"
		if !named { // a run of an Entente before the names and the war share
			nations = slices.DeleteFunc(slices.Clone(nations), func(c string) bool {
				return c == "name" || c == "war_share" || c == "displacement" || c == "whole_threat"
			})
			alliances, row = alliances[:len(alliances)-1], "0,2000,AAA,1,0.02,0.02,1,0.4,0,1,1,1,0,0,"
		}
		for name, body := range map[string]string{
			"nations.csv":   strings.Join(nations, ",") + "\n" + row + "\n",
			"alliances.csv": strings.Join(alliances, ",") + "\n",
			"events.csv":    strings.Join(EventColumns, ",") + "\n",
			"world.csv":     strings.Join(WorldColumns, ",") + "\n0,2000,0,0,1,1,0,0,0,0\n",
			"summary.json":  `{"ticks": 1, "nations": 1}`,
		} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r, err := ReadRun(dir)
		if err != nil {
			t.Fatalf("named %v: %v", named, err)
		}
		if want := map[bool]string{false: "", true: "Aland"}[named]; r.Nations[0].Name != want {
			t.Errorf("named %v: name %q, want %q", named, r.Nations[0].Name, want)
		}
	}
}

func TestReadRunRejectsBadFiles(t *testing.T) {
	good := map[string]string{
		"nations.csv":   strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0,1,0.02,1,0.4,0,1,1,1,1,0,0,,Aland\n",
		"alliances.csv": strings.Join(AllianceColumns, ",") + "\n",
		"events.csv":    strings.Join(EventColumns, ",") + "\n",
		"world.csv":     strings.Join(WorldColumns, ",") + "\n0,2000,0,0,1,1,0,0,0,0\n",
		"summary.json":  `{"ticks": 1, "nations": 1}`,
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
	f.Add(strings.Join(NationColumns, ",") + "\n0,2000,AAA,1,0.02,0,1,0.02,1,0.4,0,1,1,1,1,0,0,A1\n1,2001,AAA,1,0.02,0,1,0.02,1,0.4,0,1,1,1,,0,0,A1;A2\n")
	f.Add("tick,year\n1,2\n")
	f.Fuzz(func(t *testing.T, nations string) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "nations.csv"), []byte(nations), 0o644)
		os.WriteFile(filepath.Join(dir, "alliances.csv"), []byte(strings.Join(AllianceColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "events.csv"), []byte(strings.Join(EventColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "world.csv"), []byte(strings.Join(WorldColumns, ",")+"\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "summary.json"), []byte(`{"ticks_per_year": 1, "ticks": 100, "nations": 100}`), 0o644)
		r, err := ReadRun(dir)
		if err != nil {
			return
		}
		if v, err := newRunView(r); err == nil {
			v.timelineRows()
		}
	})
}

// Issue 18, finding 9: a tampered CSV made `entente plot` run out of
// memory. ReadRun reads no more than the run's summary.json says the run
// wrote, and names the file and the bound when a file passes it.
func TestReadRunIsBoundedByItsSummary(t *testing.T) {
	dir, out := runScenario(t, "classroom-arms-race", nil, nil)
	s := out.Summary
	row := func(name string) string { // the file's last row, to repeat
		b, _ := os.ReadFile(filepath.Join(dir, name))
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		return lines[len(lines)-1] + "\n"
	}
	cells := fmt.Sprintf("%d ticks × %d nations", s.Ticks, s.Nations)
	lim, err := limitsOf(&s)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file string
		tamper     func(path string) error
		want       string
	}{
		{"200,000 extra rows", "nations.csv", appendRows(row("nations.csv"), 200_000),
			fmt.Sprintf("nations.csv:%d: more than the %d rows the run wrote (%s in summary.json)", s.Ticks*s.Nations+2, s.Ticks*s.Nations, cells)},
		{"one row too many", "world.csv", appendRows(row("world.csv"), 1),
			fmt.Sprintf("world.csv:%d: more than the %d rows the run wrote (%d ticks in summary.json)", s.Ticks+2, s.Ticks, s.Ticks)},
		{"an alliance row per cell and one more", "alliances.csv", appendRows(strings.Repeat("0,", len(AllianceColumns)-1)+"0\n", s.Ticks*s.Nations+1),
			"alliances.csv"},
		{"an event the summary does not count", "events.csv", appendRows("1,2001,formed,A9,X,tampered\n", 1),
			"events.csv"},
		{"one endless line", "nations.csv", appendRows(strings.Repeat("x", int(lim.nations.bytes)), 1),
			"nations.csv: larger than the run wrote (" + cells + " in summary.json)"},
		{"a file that is a link", "nations.csv", func(p string) error { os.Remove(p); return os.Symlink("/dev/zero", p) },
			"nations.csv: not a regular file"},
		{"a summary claiming an impossible run", "summary.json", rewrite(`{"ticks": 9223372036854775807, "nations": 2}`),
			"too large to be a run"},
		{"a negative event count", "summary.json", rewrite(`{"ticks": 2, "nations": 2, "final_metrics": {"events": {"formed": -1}}}`),
			"summary.json: -1 events"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := t.TempDir()
			for _, f := range Files {
				b, _ := os.ReadFile(filepath.Join(dir, f))
				os.WriteFile(filepath.Join(d, f), b, 0o644)
			}
			if _, err := ReadRun(d); err != nil {
				t.Fatalf("the run as written: %v", err)
			}
			if err := c.tamper(filepath.Join(d, c.file)); err != nil {
				t.Fatal(err)
			}
			_, err := ReadRun(d)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v\nwant one containing %q", err, c.want)
			}
		})
	}
}

func appendRows(row string, n int) func(string) error {
	return func(path string) error {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = f.WriteString(strings.Repeat(row, n))
		return err
	}
}

func rewrite(body string) func(string) error {
	return func(path string) error { return os.WriteFile(path, []byte(body), 0o644) }
}
