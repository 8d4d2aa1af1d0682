package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"entente/results"
	"entente/sim"
	"entente/sweep"
	"entente/validate"
)

// codebookRow matches a table row of docs/OUTPUTS.md that names a column:
// its first cell is one name in backticks.
var codebookRow = regexp.MustCompile("^\\|\\s*`([^`]+)`\\s*\\|")

// codebook reads docs/OUTPUTS.md: for each section whose heading names a
// file in backticks, the names its table lists.
func codebook(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "docs", "OUTPUTS.md"))
	if err != nil {
		t.Fatal(err)
	}
	heads := regexp.MustCompile("^## `([^`]+)`\\s*$")
	book := map[string][]string{}
	file := ""
	for _, l := range mdLines(data) {
		if m := heads.FindStringSubmatch(l.code); m != nil {
			file = m[1]
			book[file] = []string{}
			continue
		}
		if strings.HasPrefix(l.code, "## ") {
			file = ""
			continue
		}
		if m := codebookRow.FindStringSubmatch(l.code); m != nil && file != "" {
			book[file] = append(book[file], m[1])
		}
	}
	return book
}

// header returns the first line of a CSV a writer wrote.
func header(t *testing.T, write func(*bytes.Buffer) error) []string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	h, err := csv.NewReader(&b).Read()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// jsonKeys lists the keys of a JSON value, nested keys dotted and the
// elements of a list of objects as name[].key. An empty or null object
// (a map such as parameters) is a key of its own.
func jsonKeys(prefix string, v any) []string {
	var keys []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			name := k
			if prefix != "" {
				name = prefix + "." + k
			}
			keys = append(keys, name)
			keys = append(keys, jsonKeys(name, x)...)
		}
	case []any:
		if len(v) > 0 {
			if _, ok := v[0].(map[string]any); ok {
				for _, k := range jsonKeys("", v[0]) {
					keys = append(keys, prefix+"[]."+k)
				}
			}
		}
	}
	return keys
}

// summaryKeys lists the keys of summary.json, from the type the run writes.
func summaryKeys(t *testing.T) []string {
	t.Helper()
	var s results.Summary
	s.Alliances = []results.AllianceSummary{{}}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return jsonKeys("", v)
}

// TestOutputsCodebook holds docs/OUTPUTS.md to the columns the program
// writes: every column of every file is documented, and the codebook
// lists no column that no file has.
func TestOutputsCodebook(t *testing.T) {
	want := seriesColumns()
	maps.Copy(want, map[string][]string{
		"summary.json": summaryKeys(t),
		"validation.csv": header(t, func(b *bytes.Buffer) error {
			return (&validate.Report{}).WriteCSV(b)
		}),
		"run-values.csv": header(t, func(b *bytes.Buffer) error {
			return (&validate.Report{}).WriteRunValues(b)
		}),
		"pairs.csv": header(t, func(b *bytes.Buffer) error {
			return validate.WritePairErrors(b, nil)
		}),
		"pacts.csv": header(t, func(b *bytes.Buffer) error {
			return validate.WritePactRecalls(b, nil)
		}),
		"shares.csv": header(t, func(b *bytes.Buffer) error {
			return validate.WriteShareErrors(b, nil)
		}),
		// runs.csv: the fixed columns; the swept parameters and the metrics
		// are documented in general terms.
		"runs.csv":        (&sweep.Plan{}).Columns(),
		"decisions.jsonl": decisionLogKeys(t),
	})
	book := codebook(t)
	for file, cols := range want {
		doc, ok := book[file]
		if !ok {
			t.Errorf("docs/OUTPUTS.md has no section \"## `%s`\"", file)
			continue
		}
		for _, c := range cols {
			if !slices.Contains(doc, c) {
				t.Errorf("docs/OUTPUTS.md, %s: column %q is written but not documented", file, c)
			}
		}
		for _, c := range doc {
			if !slices.Contains(cols, c) {
				t.Errorf("docs/OUTPUTS.md, %s: lists %q, which the program does not write", file, c)
			}
		}
		seen := map[string]bool{}
		for _, c := range doc {
			if seen[c] {
				t.Errorf("docs/OUTPUTS.md, %s: %q listed twice", file, c)
			}
			seen[c] = true
		}
	}
	var extra []string
	for file := range book {
		if _, ok := want[file]; !ok {
			extra = append(extra, file)
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("docs/OUTPUTS.md documents %v, which this test does not check: add them to it", extra)
	}
}

// decisionLogKeys are the keys of every line of a decision log, in the
// order they first appear: a header, a decision saying everything, the end.
func decisionLogKeys(t *testing.T) []string {
	t.Helper()
	var b bytes.Buffer
	log, err := results.NewDecisionLog(&b, results.DecisionHeader{})
	if err != nil {
		t.Fatal(err)
	}
	share, aid := 0.03, 0.01
	decide := sim.ControllerFunc(func(int, int, *sim.Choices) (sim.Decision, bool) {
		return sim.Decision{Share: &share, Aid: &aid, Action: sim.Join, Target: "A1"}, true
	})
	log.Record(decide, []string{"AAA"}).Decide(0, 0, nil)
	if err := log.End(1); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, line := range bytes.Split(bytes.TrimSpace(b.Bytes()), []byte("\n")) {
		dec := json.NewDecoder(bytes.NewReader(line))
		if _, err := dec.Token(); err != nil { // {
			t.Fatal(err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(keys, k.(string)) {
				keys = append(keys, k.(string))
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				t.Fatal(err)
			}
		}
	}
	return keys
}

// seriesColumns are the columns of the time series a run writes, by file.
func seriesColumns() map[string][]string {
	return map[string][]string{
		"nations.csv":     results.NationColumns,
		"alliances.csv":   results.AllianceColumns,
		"events.csv":      results.EventColumns,
		"world.csv":       results.WorldColumns,
		"memberships.csv": results.MembershipColumns,
	}
}

// TestReadmeListsTheColumns holds the README's table of a run's files to
// the columns the recorder writes, in their order.
func TestReadmeListsTheColumns(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := seriesColumns()
	row := regexp.MustCompile("^\\| `([a-z]+\\.csv)` \\|[^|]*\\| `([^`]+)`")
	seen := map[string]bool{}
	for _, l := range mdLines(data) {
		m := row.FindStringSubmatch(l.code)
		if m == nil || want[m[1]] == nil || seen[m[1]] {
			continue
		}
		seen[m[1]] = true
		if got := strings.Split(m[2], ", "); !slices.Equal(got, want[m[1]]) {
			t.Errorf("README.md lists the columns of %s as\n  %v\nthe recorder writes\n  %v", m[1], got, want[m[1]])
		}
	}
	for f := range want {
		if !seen[f] {
			t.Errorf("README.md's table of a run's files has no row for %s", f)
		}
	}
}
