package scenarios

import (
	"bytes"
	"testing"
)

// Every built-in has a compiled form, and it is what its file gives now:
// a change to a file, to the loader or to a model default that is not
// followed by go generate fails here.
func TestCompiledBuiltinsAreCurrent(t *testing.T) {
	for _, b := range Builtins() {
		want, err := CompileBuiltin(b.Name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := compiledFS.ReadFile("compiled/" + b.Name + ".gob")
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("scenarios/compiled/%s.gob is stale or missing: run go generate ./scenarios (%v)", b.Name, err)
			continue
		}
		s, ok := compiled(b.Name)
		if !ok || s.SHA256 != mustParse(t, b.Name).SHA256 || len(s.Config.Nations) == 0 {
			t.Errorf("%s: the compiled form does not decode to the file's scenario", b.Name)
		}
	}
}

func mustParse(t *testing.T, name string) *Scenario {
	t.Helper()
	s, err := ParseBuiltin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
