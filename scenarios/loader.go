package scenarios

import (
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/sim"
)

// loader holds one file's decoding and validation: the tables decoded over
// their defaults, what the file gives as written, and the problems found.
type loader struct {
	file string
	loc  *locator
	md   toml.MetaData

	// raw holds each entry's keys as written: raw["nation"][2]["gdp"];
	// [scenario] and [model] are entry 0 of their name.
	raw map[string][]map[string]any
	// broken marks entries with a value of the wrong type ("nation[2]",
	// "model"), and with a "!" those the decoder refused or whole tables
	// of the wrong shape ("nation!"). An entry with a value of the wrong
	// type is decoded without it and checked; one the decoder refused, or
	// a table of the wrong shape, stops the loader before validation.
	broken map[string]bool
	// badKeys marks the keys of broken entries whose problem is reported
	// ("nation[2].gdp"): the checks say nothing more about them.
	badKeys map[string]bool
	// set maps "model.k" to the --set override that gave it.
	set map[string]string

	scenario  scenarioTable
	params    sim.Params
	nations   []nationTable
	rivalries []relationTable
	ties      []relationTable
	alliances []allianceTable
	events    []eventTable

	ids map[string]int // nation id → index, for valid unique ids
	// problems holds the first problems in file order, dropped counts the
	// others, and last is the last one kept once some are dropped (see
	// add).
	problems []Problem
	dropped  int
	last     Problem
}

func newLoader(file, text string) *loader {
	return &loader{
		file: file, loc: newLocator(text),
		raw: map[string][]map[string]any{}, broken: map[string]bool{}, badKeys: map[string]bool{}, set: map[string]string{},
		scenario: defaultScenario(), params: sim.DefaultParams(), ids: map[string]int{},
	}
}

// entry names a table ("model") or an element of an array of tables
// ("nation[2]", index >= 0).
func entry(table string, index int) string {
	if index < 0 {
		return table
	}
	return fmt.Sprintf("%s[%d]", table, index)
}

// label is an entry as problems name it: with the id of a nation and the
// kind of an event, as the file gives them (nation[3] (FRA)).
func (l *loader) label(table string, index int) string {
	s := entry(table, index)
	var extra string
	switch table {
	case "nation":
		extra, _ = l.rawValue(table, index, "id").(string)
	case "event":
		extra, _ = l.rawValue(table, index, "kind").(string)
	}
	if extra != "" {
		s += " (" + extra + ")"
	}
	return s
}

// rawValue returns a key's value as written, or nil.
func (l *loader) rawValue(table string, index int, key string) any {
	entries := l.raw[table]
	if i := max(index, 0); i < len(entries) {
		return entries[i][key]
	}
	return nil
}

// has reports whether the file, or an override, gives a key.
func (l *loader) has(table string, index int, key string) bool {
	if _, ok := l.set[table+"."+key]; ok && index < 0 {
		return true
	}
	return l.rawValue(table, index, key) != nil
}

// errf records a problem with a key of an entry (key may be "": the entry
// itself; it may end in an element index, "members[2]"). The position is
// the key's line, else the entry's header line; a value from an override
// has none, and the problem names the override.
func (l *loader) errf(table string, index int, key, format string, args ...any) {
	l.errAt(table, index, key, 0, 0, format, args...)
}

// errAt is errf at a given line and column (line 0: errf's). A problem
// that will not be listed (see add) is counted without being written out.
func (l *loader) errAt(table string, index int, key string, line, col int, format string, args ...any) {
	o, fromSet := l.set[table+"."+key]
	fromSet = fromSet && index < 0
	if l.isBad(table, index, key) {
		return // its type problem is reported
	}
	if !fromSet && line == 0 {
		line, col = l.loc.find(table, max(index, 0), key)
	}
	if fromSet {
		line, col = 0, 0
	}
	if !l.keeps(line, col) {
		l.dropped++
		return
	}
	p := Problem{File: l.file, Line: line, Col: col, Path: l.label(table, index), Message: fmt.Sprintf(format, args...)}
	if key != "" {
		p.Path += "." + key
	}
	if fromSet {
		p.File = ""
		p.Message += " (from --set " + o + ")"
	}
	l.add(p)
}

// isBad reports whether a key of an entry (or an element of it,
// "members[2]") has a value of the wrong type, reported when decoded.
func (l *loader) isBad(table string, index int, key string) bool {
	if len(l.badKeys) == 0 || key == "" {
		return false
	}
	if i := strings.IndexAny(key, ".["); i > 0 {
		key = key[:i]
	}
	return l.badKeys[entry(table, index)+"."+key]
}

// anyBad reports whether some entry of a table has a value of the wrong
// type at key: checks that look across entries (a nation id, a region)
// would then report what is only a consequence.
func (l *loader) anyBad(table, key string) bool {
	for k := range l.badKeys {
		if strings.HasPrefix(k, table+"[") && strings.HasSuffix(k, "]."+key) {
			return true
		}
	}
	return false
}
