package validate

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The fidelity ratchet: a committed file (fidelity.tsv) records, for each
// historical scenario, which targets hold over its seeds. A test fails when
// a target the file records as holding stops holding, so history cannot be
// lost by accident; changing the file is a deliberate act, explained in its
// commit.

// Fidelity is the recorded state: scenario → target name → holds.
type Fidelity map[string]map[string]bool

// ReadFidelity reads the tab-separated file: scenario, target, "holds" or
// "fails", then a comment column (runs in band) that is not read.
func ReadFidelity(r io.Reader) (Fidelity, error) {
	f := Fidelity{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 || strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 || (cols[2] != "holds" && cols[2] != "fails") {
			return nil, fmt.Errorf("line %d: want scenario, target, holds or fails: %q", line, text)
		}
		if f[cols[0]] == nil {
			f[cols[0]] = map[string]bool{}
		}
		f[cols[0]][cols[1]] = cols[2] == "holds"
	}
	return f, sc.Err()
}

// Record sets a report's targets (not its rows of information) in f.
func (f Fidelity) Record(rep *Report) {
	m := map[string]bool{}
	for _, r := range rep.Results {
		if !r.Info {
			m[strings.TrimSpace(r.Name)] = r.Pass
		}
	}
	f[rep.Scenario] = m
}

// Lost lists the targets f records as holding that the report's runs no
// longer hold, or no longer score.
func (f Fidelity) Lost(rep *Report) []string {
	now := map[string]bool{}
	for _, r := range rep.Results {
		if !r.Info {
			now[strings.TrimSpace(r.Name)] = r.Pass
		}
	}
	var lost []string
	for name, held := range f[rep.Scenario] {
		if held && !now[name] {
			lost = append(lost, name)
		}
	}
	slices.Sort(lost)
	return lost
}

// Gained lists the targets the report holds that f records as failing.
func (f Fidelity) Gained(rep *Report) []string {
	var gained []string
	for _, r := range rep.Results {
		name := strings.TrimSpace(r.Name)
		if held, known := f[rep.Scenario][name]; !r.Info && r.Pass && (!known || !held) {
			gained = append(gained, name)
		}
	}
	return gained
}

// WriteFidelity writes the file for the reports, in their order, with the
// runs in band as a comment.
func WriteFidelity(w io.Writer, reps []*Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "scenario\ttarget\tstate\truns in band")
	for _, rep := range reps {
		for _, r := range rep.Results {
			if r.Info {
				continue
			}
			state := "fails"
			if r.Pass {
				state = "holds"
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\t%d of %d\n", rep.Scenario, strings.TrimSpace(r.Name), state, r.InBand, r.Runs)
		}
	}
	return bw.Flush()
}
