package validate

import (
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// ATOP alliance ids of the two Cold War blocs.
const (
	NATO       = 3180
	WarsawPact = 3285
	atopLast   = 2018 // ATOP v4.01 ends here: a spell with yrexit 0 is in force then
)

// ATOPLast is the last year ATOP v4.01 covers: after it, History says
// nothing of who was allied.
const ATOPLast = atopLast

// History holds the historical reference data the targets compare with,
// for one scenario: every ATOP defence and offence pact's member spells,
// the scenario's ids with their COW codes, and reference defence shares.
type History struct {
	spells []Spell
	codes  map[string][]codeSpan // scenario id → its COW codes over the years
	shares map[shareKey]Share

	mu    sync.Mutex                 // guards pairs: runs are scored in parallel (sweeps)
	pairs map[int]map[[2]string]bool // year → allied pairs of ids (sorted), built on demand
}

// Spell is one state's spell in an ATOP defence or offence pact.
type Spell struct {
	ATOP     int
	CCode    int  // COW state code
	From, To int  // years, inclusive
	Obliged  bool // the member is obliged to defend or to attack (ATOP's defense or offense)
}

type codeSpan struct{ ccode, from, to int }

// Share is a reference defence share and where it comes from, with the
// GDP [billion 2011 USD] and population [thousands] it was measured
// against (0 where the data have none).
type Share struct {
	Value  float64 // share of GDP
	Source string
	GDP    float64
	Pop    float64
}

type shareKey struct {
	state string
	year  int
}

// ccode returns the COW code of a scenario id in a year.
func (h *History) ccode(id string, year int) (int, bool) {
	for _, c := range h.codes[id] {
		if year >= c.from && year <= c.to {
			return c.ccode, true
		}
	}
	return 0, false
}

// Member reports whether a scenario state was in an ATOP pact in a year.
func (h *History) Member(atop int, id string, year int) bool {
	c, ok := h.ccode(id, year)
	if !ok {
		return false
	}
	for _, s := range h.spells {
		if s.ATOP == atop && s.CCode == c && s.From <= year && year <= s.To {
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

// Allied reports whether two of the scenario's states shared an ATOP
// defence or offence pact in a year: every such pact counts, not only
// chosen ones.
func (h *History) Allied(a, b string, year int) bool {
	if a > b {
		a, b = b, a
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.pairs == nil {
		h.pairs = map[int]map[[2]string]bool{}
	}
	ps, ok := h.pairs[year]
	if !ok {
		ps = h.alliedIn(year)
		h.pairs[year] = ps
	}
	return ps[[2]string{a, b}]
}

// alliedIn lists the pairs of ids that shared a pact in a year.
func (h *History) alliedIn(year int) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, ids := range h.pactMembers(year) {
		for x, a := range ids {
			for _, b := range ids[x+1:] {
				if a != b {
					out[[2]string{min(a, b), max(a, b)}] = true
				}
			}
		}
	}
	return out
}

// PactMembers lists the scenario's states that are members of ATOP pact
// atop in a year in which it is a defence or offence pact, sorted; none in
// a year it is not (or has none of them).
func (h *History) PactMembers(atop, year int) []string {
	ms := slices.Clone(h.pactMembers(year)[atop])
	slices.Sort(ms)
	return slices.Compact(ms)
}

// Pacts lists, for each ATOP pact that is a defence or offence pact in a
// year, the scenario's states among its members then, sorted (as
// PactMembers gives them one pact at a time).
func (h *History) Pacts(year int) map[int][]string {
	out := h.pactMembers(year)
	for id, ms := range out {
		slices.Sort(ms)
		out[id] = slices.Compact(ms)
	}
	return out
}

// pactMembers lists, for each ATOP pact that is a defence or offence pact
// in a year, the scenario's ids among its members then.
func (h *History) pactMembers(year int) map[int][]string {
	byCode := map[int][]string{}
	for id := range h.codes {
		if c, ok := h.ccode(id, year); ok {
			byCode[c] = append(byCode[c], id)
		}
	}
	// A pact is a defence or offence pact in the years in which one of
	// its members is obliged to defend or to attack: the European Union's
	// treaty of 1992 (ATOP 4175) obliged its members only to consult until
	// the Lisbon treaty's mutual assistance clause of 2007.
	obliged := map[int]bool{}
	for _, s := range h.spells {
		if s.From <= year && year <= s.To && s.Obliged {
			obliged[s.ATOP] = true
		}
	}
	members := map[int][]string{} // atopid → ids
	for _, s := range h.spells {
		if s.From <= year && year <= s.To && obliged[s.ATOP] {
			members[s.ATOP] = append(members[s.ATOP], byCode[s.CCode]...)
		}
	}
	return members
}

// Share returns the reference defence share of a state in a year.
func (h *History) Share(state string, year int) (Share, bool) {
	s, ok := h.shares[shareKey{state, year}]
	return s, ok
}

// ReadSpells reads ATOP member spells from CSV with the columns atopid,
// member (COW ccode), yrent and yrexit (0: in force in 2018), defense and
// offense (the member's own obligations, 0 or 1).
func (h *History) ReadSpells(r io.Reader) error {
	return readCSV(r, []string{"atopid", "member", "yrent", "yrexit", "defense", "offense"}, func(f []string) error {
		var v [6]int
		for k := range v {
			var err error
			if v[k], err = strconv.Atoi(f[k]); err != nil {
				return fmt.Errorf("bad spell %v", f)
			}
		}
		if v[3] == 0 {
			v[3] = atopLast
		}
		h.spells = append(h.spells, Spell{ATOP: v[0], CCode: v[1], From: v[2], To: v[3], Obliged: v[4] == 1 || v[5] == 1})
		return nil
	})
}

// ReadCodes reads a scenario's ids and COW codes from CSV with the columns
// scenario, id, ccode, from and to.
func (h *History) ReadCodes(r io.Reader, scenario string) error {
	if h.codes == nil {
		h.codes = map[string][]codeSpan{}
	}
	return readCSV(r, []string{"scenario", "id", "ccode", "from", "to"}, func(f []string) error {
		if f[0] != scenario {
			return nil
		}
		c, err1 := strconv.Atoi(f[2])
		from, err2 := strconv.Atoi(f[3])
		to, err3 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("bad code %v", f)
		}
		h.codes[f[1]] = append(h.codes[f[1]], codeSpan{c, from, to})
		return nil
	})
}

// HasCodes reports whether the history gives any state its COW codes (the
// scenario read had rows in the state codes).
func (h *History) HasCodes() bool { return len(h.codes) > 0 }

// ReadShares reads one scenario's reference shares from CSV with the
// columns scenario, id, year, share (a fraction of GDP) and source, and
// gdp and pop where the file has them (the generator writes them).
func (h *History) ReadShares(r io.Reader, scenario string) error {
	if h.shares == nil {
		h.shares = map[shareKey]Share{}
	}
	return readCSV(r, []string{"scenario", "id", "year", "share", "source", "gdp?", "pop?"}, func(f []string) error {
		if f[0] != scenario {
			return nil
		}
		year, err1 := strconv.Atoi(f[2])
		v, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad share %v", f)
		}
		s := Share{Value: v, Source: f[4]}
		s.GDP, _ = strconv.ParseFloat(f[5], 64) // empty: none
		s.Pop, _ = strconv.ParseFloat(f[6], 64)
		h.shares[shareKey{f[1], year}] = s
		return nil
	})
}

// PositiveShare is a state's reference share in a year, when it has one
// above 0 (the drift and reversion read logs: validate/dynamics.go).
func (h *History) PositiveShare(state string, year int) (float64, bool) {
	s, ok := h.Share(state, year)
	return s.Value, ok && s.Value > 0
}

// LoadHistory reads the project's reference data for a historical
// scenario from fsys (scenarios.Data).
func LoadHistory(fsys fs.FS, scenario string) (*History, error) {
	h := &History{}
	for _, f := range []struct {
		name string
		read func(io.Reader) error
	}{
		{"data/atop-pacts.csv", h.ReadSpells},
		{"data/state-codes.csv", func(r io.Reader) error { return h.ReadCodes(r, scenario) }},
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

// readCSV calls fn with the named columns of every row; a name ending in
// "?" is a column the file may lack (its value is then "").
func readCSV(r io.Reader, cols []string, fn func([]string) error) error {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	header, err := cr.Read()
	if err != nil {
		return err
	}
	idx := make([]int, len(cols))
	for k, c := range cols {
		name, optional := strings.CutSuffix(c, "?")
		idx[k] = -1
		for x, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), name) {
				idx[k] = x
			}
		}
		if idx[k] < 0 && !optional {
			return fmt.Errorf("no column %q in %v", name, header)
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
			row[k] = ""
			if x >= 0 {
				row[k] = strings.TrimSpace(f[x])
			}
		}
		if err := fn(row); err != nil {
			return err
		}
	}
}
