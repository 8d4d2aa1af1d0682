// Command compile writes the compiled form of every built-in scenario
// (see scenarios/compiled.go) into a directory: go generate ./scenarios
// runs it after the historical files are regenerated.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"entente/scenarios"
)

func main() {
	out := flag.String("out", "compiled", "directory to write NAME.gob into")
	flag.Parse()
	for _, b := range scenarios.Builtins() {
		data, err := scenarios.CompileBuiltin(b.Name)
		if err == nil {
			err = os.WriteFile(filepath.Join(*out, b.Name+".gob"), data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "compile %s: %v\n", b.Name, err)
			os.Exit(1)
		}
	}
}
