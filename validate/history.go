package validate

import (
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

// ATOP alliance ids of the two Cold War blocs.
const (
	NATO         = 3180
	WarsawPact   = 3285
	atopOngoing  = 0 // ATOP's yrexit for a membership still in force
	noShareValue = -1
)

// History holds the historical reference data the targets compare with:
// ATOP membership spells and reference defence shares.
type History struct {
	spells []Spell
	shares map[shareKey]Share
}

// Spell is one ATOP membership spell of a state in an alliance.
type Spell struct {
	ATOP     int
	State    string // COW stateabb
	From, To int    // years; To = 0 while in force
}

// Share is a reference defence share and where it comes from.
type Share struct {
	Value  float64 // share of GDP
	Source string
}

type shareKey struct {
	state string
	year  int
}

// Member reports whether a state was in an ATOP alliance in a year.
func (h *History) Member(atop int, state string, year int) bool {
	for _, s := range h.spells {
		if s.ATOP == atop && s.State == state && s.From <= year && (s.To == atopOngoing || year <= s.To) {
			return true
		}
	}
	return false
}

// CoMembers reports whether two states were both in NATO or both in the
// Warsaw Pact in a year.
func (h *History) CoMembers(a, b string, year int) bool {
	for _, id := range []int{NATO, WarsawPact} {
		if h.Member(id, a, year) && h.Member(id, b, year) {
			return true
		}
	}
	return false
}

// Share returns the reference defence share of a state in a year.
func (h *History) Share(state string, year int) (Share, bool) {
	s, ok := h.shares[shareKey{state, year}]
	return s, ok
}

// ReadSpells reads ATOP spells from CSV with the columns atopid, stateabb,
// yrent and yrexit (others are ignored).
func (h *History) ReadSpells(r io.Reader) error {
	return readCSV(r, []string{"atopid", "stateabb", "yrent", "yrexit"}, func(f []string) error {
		atop, err1 := strconv.Atoi(f[0])
		from, err2 := strconv.Atoi(f[2])
		to, err3 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("bad spell %v", f)
		}
		h.spells = append(h.spells, Spell{ATOP: atop, State: f[1], From: from, To: to})
		return nil
	})
}

// ReadShares reads one scenario's reference shares from CSV with the
// columns scenario, id, year, share (a fraction of GDP) and source.
func (h *History) ReadShares(r io.Reader, scenario string) error {
	if h.shares == nil {
		h.shares = map[shareKey]Share{}
	}
	return readCSV(r, []string{"scenario", "id", "year", "share", "source"}, func(f []string) error {
		if f[0] != scenario {
			return nil
		}
		year, err1 := strconv.Atoi(f[2])
		v, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad share %v", f)
		}
		h.shares[shareKey{f[1], year}] = Share{Value: v, Source: f[4]}
		return nil
	})
}

// LoadHistory reads the project's reference data for a historical
// scenario from fsys (scenarios.Data).
func LoadHistory(fsys fs.FS, scenario string) (*History, error) {
	h := &History{}
	for _, f := range []struct {
		name string
		read func(io.Reader) error
	}{
		{"data/atop-spells.csv", h.ReadSpells},
		{"data/reference-shares.csv", func(r io.Reader) error { return h.ReadShares(r, scenario) }},
	} {
		file, err := fsys.Open(f.name)
		if err != nil {
			return nil, err
		}
		err = f.read(file)
		file.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return h, nil
}

// Targets returns the historical targets of a built-in scenario, or false
// for a scenario without any.
func Targets(scenario string, h *History) ([]Target, bool) {
	targets, ok := targetSets[scenario]
	if !ok {
		return nil, false
	}
	return targets(h), true
}

// targetSets are the scenarios with historical targets.
var targetSets = map[string]func(*History) []Target{
	"cold-war":     ColdWar,
	"21st-century": TwentyFirst,
}

// readCSV calls fn with the named columns of every row.
func readCSV(r io.Reader, cols []string, fn func([]string) error) error {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	header, err := cr.Read()
	if err != nil {
		return err
	}
	idx := make([]int, len(cols))
	for k, c := range cols {
		idx[k] = -1
		for x, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), c) {
				idx[k] = x
			}
		}
		if idx[k] < 0 {
			return fmt.Errorf("no column %q in %v", c, header)
		}
	}
	row := make([]string, len(cols))
	for {
		f, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		for k, x := range idx {
			row[k] = strings.TrimSpace(f[x])
		}
		if err := fn(row); err != nil {
			return err
		}
	}
}

// HasTargets reports whether a scenario has historical targets.
func HasTargets(scenario string) bool {
	_, ok := targetSets[scenario]
	return ok
}
