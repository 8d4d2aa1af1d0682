package main

import (
	"flag"
	"fmt"
	"io"
)

// Flags renamed so that every command spells a meaning the same way keep
// their former names, so that scripts written against them still run; a
// former name says on stderr, once, which flag replaces it, so that the
// scripts get updated before the name goes. Each is defined here, through
// deprecatedAlias, so that none can be added without its note.

// deprecatedAlias defines --old as a former name of --current, which must
// be defined already: a value given to --old is set on --current (the
// last of the two given wins) and a one-line note goes to stderr.
func deprecatedAlias(fs *flag.FlagSet, old, current string, stderr io.Writer) {
	target := fs.Lookup(current)
	if target == nil {
		panic("deprecatedAlias: --" + current + " is not defined") // a programmer error
	}
	told := false
	fs.Func(old, fmt.Sprintf("deprecated: the former name of --%s", current), func(s string) error {
		if !told {
			fmt.Fprintf(stderr, "entente: --%s is deprecated: use --%s\n", old, current)
			told = true
		}
		return fs.Set(current, s)
	})
}
