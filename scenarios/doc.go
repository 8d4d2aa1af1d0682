// Package scenarios loads a scenario file (TOML) into a sim.Config.
//
// Loading is strict. The loader starts from the defaults, decodes the file
// over them, and rejects every key it does not know by its dotted path. It
// then checks every value and every reference between tables (nation ids in
// rivalries, ties, alliances and events) and returns the problems at once,
// as an *Error: one Problem a line, each with the file, line and column and
// the path of the offending key (nation[3] (FRA).gdp); the first
// MaxProblems in file order, then a line that counts the others. A TOML
// syntax error comes alone, with the offending line and a caret under the
// column. Before the decoder sees the text, CheckNesting refuses nesting
// and keys no scenario needs, which would exhaust its memory.
//
// LoadContext and ParseContext give up when their context ends; the
// command line ties Load to its signals (StopFileLoadsOn).
//
// Overrides in the form key=value (the CLI's --set) are applied over the
// decoded [model] and [scenario] tables before validation, so they are
// checked like the file.
//
// Tables of arrays are indexed from 0, in file order; the nations of the
// Config keep that order, and so do the events. The built-in scenarios are
// embedded from builtin/*.toml and loaded by name (see Builtins).
//
// The package does no printing and reads no file except in Load.
package scenarios
