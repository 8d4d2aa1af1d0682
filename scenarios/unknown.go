package scenarios

import (
	"entente/internal/suggest"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// unknownKeys reports every key the decoder did not use, by its path with
// the index of its table: nation[2] (GAM).gpd. It skips keys below one
// already reported, and the keys of broken entries that name a field (their
// type problem is reported).
func (l *loader) unknownKeys() {
	undecoded := map[string]bool{}
	for _, k := range l.md.Undecoded() {
		undecoded[k.String()] = true
	}
	seen := map[string]int{}      // headers met so far, by name
	reported := map[string]bool{} // "entry|key path" reported
	for _, k := range l.md.Keys() {
		s := k.String()
		typ := l.md.Type(k...)
		isTable := typ == "Hash" || typ == "ArrayHash"
		if isTable {
			seen[s]++
		}
		if !undecoded[s] {
			continue
		}
		top, fields := k[0], tableFields[k[0]]
		index := -1
		if fields != nil && l.md.Type(top) == "ArrayHash" {
			index = seen[top] - 1
		}
		e := entry(top, index)
		if below(reported, e, k) || (fields != nil && len(k) == 1) || l.broken[top+"!"] || l.broken[e+"!"] {
			continue
		}
		msg := "unknown key"
		if isTable {
			msg = "unknown table"
		}
		var line, col int
		if isTable {
			line, col = l.loc.find(s, seen[s]-1, "")
		}
		if fields == nil { // an unknown top-level key or table
			if line == 0 {
				line, col = l.loc.find("", 0, top)
			}
			l.add(Problem{File: l.file, Line: line, Col: col, Path: toml.Key{top}.String(), Message: msg})
			reported[e+"|"+toml.Key{top}.String()] = true
			continue
		}
		if l.broken[e] && slices.ContainsFunc(fields, func(f field) bool { return strings.EqualFold(f.key, k[1]) }) {
			continue // its type problem, or its spelling, is reported
		}
		rest := toml.Key(k[1:]).String()
		if !isTable && len(k) == 2 {
			var keys []string
			for _, f := range fields {
				keys = append(keys, f.key)
			}
			msg += suggest.Hint(k[1], keys)
		}
		l.errAt(top, index, rest, line, col, "%s", msg) // a table at its header, a key where errf finds it
		reported[e+"|"+s] = true
	}
}

// below reports whether a key, or a table above it, was reported.
func below(reported map[string]bool, e string, k toml.Key) bool {
	for j := 1; j <= len(k); j++ {
		if reported[e+"|"+k[:j].String()] {
			return true
		}
	}
	return false
}
