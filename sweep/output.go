package sweep

import (
	"bytes"
	"encoding/csv"
	"entente/results"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// RunsFile is the table of a sweep: one row per run.
const RunsFile = "runs.csv"

// writeRunsCSV writes runs.csv atomically: the header and the finished
// runs' rows by run index. Its bytes depend only on which runs are done.
func writeRunsCSV(dir string, columns []string, done map[int][]string) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(columns); err != nil {
		return err
	}
	for _, k := range sortedRuns(done) {
		if err := w.Write(done[k]); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return results.WriteFileAtomic(filepath.Join(dir, RunsFile), buf.Bytes())
}

func sortedRuns(done map[int][]string) []int {
	ks := make([]int, 0, len(done))
	for k := range done {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// label is how a swept value shows in runs.csv: a TOML string without its
// quotes, anything else as written.
func (q Param) label(v string) string {
	if strings.HasPrefix(v, `"`) {
		if s, err := strconv.Unquote(v); err == nil {
			return s
		}
	}
	return v
}
