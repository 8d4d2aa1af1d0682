package scenarios

import (
	"bytes"
	"fmt"
	"reflect"
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
		if !ok {
			t.Errorf("%s: the compiled form does not decode", b.Name)
			continue
		}
		// Field by field, unexported ones too: gob would drop a field it
		// cannot encode without a word.
		if path := differs(reflect.ValueOf(*s), reflect.ValueOf(*mustParse(t, b.Name)), "Scenario"); path != "" {
			t.Errorf("%s: the compiled form differs from the file's scenario at %s", b.Name, path)
		}
	}
}

// differs returns the first path at which a and b differ, or "". A nil
// slice equals an empty one (gob makes the one of the other).
func differs(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if p := differs(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return path
		}
		for i := range a.Len() {
			if p := differs(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Map, reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan:
		if !a.IsNil() || !b.IsNil() {
			return path + " (a reference: compare it by hand)"
		}
	case reflect.Float32, reflect.Float64:
		if x, y := a.Float(), b.Float(); x != y && !(x != x && y != y) {
			return path
		}
	case reflect.String:
		if a.String() != b.String() {
			return path
		}
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return path
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return path
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if a.Uint() != b.Uint() {
			return path
		}
	default:
		return path + " (a kind the test does not compare)"
	}
	return ""
}

func mustParse(t *testing.T, name string) *Scenario {
	t.Helper()
	s, err := ParseBuiltin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
