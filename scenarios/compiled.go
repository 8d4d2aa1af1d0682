package scenarios

import (
	"bytes"
	"embed"
	"encoding/gob"
	"fmt"
)

// The built-in scenarios are also embedded compiled: the Scenario the
// loader makes of each file, gob-encoded by `go generate ./scenarios`.
// Load takes it when a built-in is asked for without overrides, so
// `entente run cold-war` does not lex, decode and check 60 kB of TOML
// (8 ms of a 29 ms process) to get the same value. With overrides the file
// is parsed as always. TestCompiledBuiltinsAreCurrent fails when a
// compiled built-in differs from what its file (and the model's current
// defaults) give.
//
//go:embed compiled/*.gob
var compiledFS embed.FS

// compiled returns a built-in's compiled scenario, if it has one.
func compiled(name string) (*Scenario, bool) {
	data, err := compiledFS.ReadFile("compiled/" + name + ".gob")
	if err != nil {
		return nil, false
	}
	var s Scenario
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return nil, false
	}
	return &s, true
}

// ParseBuiltin parses a built-in scenario's TOML, never its compiled form.
func ParseBuiltin(name string) (*Scenario, error) {
	file := "builtin/" + name + ".toml"
	data, err := builtin.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("no built-in scenario %q", name)
	}
	return Parse(file, data, nil)
}

// CompileBuiltin returns the compiled form of a built-in: its parsed
// Scenario, gob-encoded. The encoding is deterministic (no maps).
func CompileBuiltin(name string) ([]byte, error) {
	s, err := ParseBuiltin(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
