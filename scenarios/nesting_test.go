package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// nest writes n levels of open, then inner, then n of close.
func nest(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

// TestNestingGuard holds the guard before the decoder to its stated
// limits (maxNesting levels, maxKeyPath bytes): each case is accepted,
// or refused at the line, column and statement given.
func TestNestingGuard(t *testing.T) {
	long := func(n int) string { return strings.Repeat("k", n) }
	dots := strings.Repeat("a.", 29) + "a" // a statement's name is cut at 60 bytes
	for _, tc := range []struct {
		name, text string
		at         string // "LINE:COL PATH", or "" when accepted
		msg        string
	}{
		// Finding 2: 64 KB of x = {a={a={…}}}, 16,000 levels, took the
		// decoder to 7 GB. The 65th { is refused.
		{"issue: 16,000 inline tables", "x = " + nest("{a=", "1", "}", 16000), "1:197 x", "nested too deep"},
		{"64 inline tables", "x = " + nest("{a=", "1", "}", 64), "", ""},
		{"65 inline tables", "x = " + nest("{a=", "1", "}", 65), "1:197 x", "nested too deep"},
		{"64 arrays", "x = " + nest("[", "1", "]", 64), "", ""},
		{"65 arrays", "x = " + nest("[", "1", "]", 65), "1:69 x", "nested too deep"},
		{"16,000 arrays and tables", "x = " + nest("[{a=", "1", "}]", 8000), "1:133 x", "nested too deep"},
		{"an array of tables in an array", "[model]\nx = [[1, 2], [{a = [3]}]]", "", ""},
		{"a dotted key of 64 tables", strings.Repeat("a.", 64) + "a = 1", "", ""},
		{"a dotted key of 65 tables", strings.Repeat("a.", 65) + "a = 1", "1:131 " + dots + "…", "nested too deep"},
		{"a dotted key with blanks", strings.Repeat("a . ", 65) + "a = 1", "1:261 " + dots + "…", "nested too deep"},
		{"a header of 64 parts", "[" + strings.Repeat("a.", 63) + "a]\nb = 1", "", ""},
		{"a header of 65 parts", "[" + strings.Repeat("a.", 64) + "a]\nb = 1", "1:1 " + dots + "…", "nested too deep"},
		{"an array of tables of 64 levels", "[[" + strings.Repeat("a.", 62) + "a]]\nb = 1", "", ""},
		{"an array of tables of 65 levels", "[[" + strings.Repeat("a.", 63) + "a]]\nb = 1", "1:1 " + dots + "…", "nested too deep"},
		{"a key adds to its table's level", "[" + strings.Repeat("t.", 59) + "t]\nb.b.b.b.b = 1", "", ""},
		{"a value adds to its key's level", "[" + strings.Repeat("t.", 59) + "t]\nb.b.b.b.b = {c = 1}", "2:13 " + strings.Repeat("t.", 29) + "t…", "nested too deep"},
		{"dotted keys in inline tables", "x = {" + strings.Repeat("a.", 64) + "a = 1}", "1:134 x", "nested too deep"},
		{"an array over many lines", "[model]\nx = [\n" + strings.Repeat("  [ # a comment [[[\n", 64) + "  1\n" + strings.Repeat("]", 65) + "\n", "65:3 model.x", "nested too deep"},
		{"an inline table over many lines", "x = {\n" + strings.Repeat("a = {\n", 64) + "}", "65:5 x", "nested too deep"},
		{"brackets in strings", `x = "` + strings.Repeat("[{", 100) + `"` + "\ny = '" + strings.Repeat("[", 100) + "'", "", ""},
		{"brackets after an escaped quote", `x = "\"` + strings.Repeat("[", 100) + `"`, "", ""},
		{"brackets in comments", "# " + strings.Repeat("{", 100) + "\nx = 1 # " + strings.Repeat("[", 100), "", ""},
		{"brackets in multi-line strings", "x = \"\"\"\n" + strings.Repeat("[", 100) + "\n[" + strings.Repeat("a.", 100) + "a]\n\\\"\"\"\n\"\"\"\"\ny = '''\n" + strings.Repeat("{", 100) + "'''", "", ""},
		{"lines are counted in strings", "x = \"\"\"\n\n\n\"\"\"\ny = " + nest("[", "", "]", 65), "5:69 y", "nested too deep"},
		{"quoted keys", `"a.b"."c[d" = {"e{" = 1}`, "", ""},
		{"a key of 256 bytes", "[" + long(100) + "]\n" + long(155) + " = 1", "", ""},
		{"a key of 257 bytes", "[" + long(100) + "]\n" + long(156) + " = 1", "2:1 " + long(60) + "…", "key too long"},
		{"a table name of 300 bytes", "[" + long(300) + "]\nb = 1", "1:2 " + long(60) + "…", "key too long"},
		{"a long key in an inline table", "x = {a = {" + long(300) + " = 1}}", "1:11 x", "key too long"},
		{"not TOML", "x = = [[[[ {{{\n[[[[[[\n}}}}]]]]\n= 1\n\"unclosed\nx = '", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckNesting("f.toml", tc.text)
			if tc.at == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) != 1 {
				t.Fatalf("got %v, want one problem", err)
			}
			p := e.Problems[0]
			at := strings.Join([]string{strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col), p.Path}, " ")
			if at != tc.at || p.File != "f.toml" || !strings.HasPrefix(p.Message, tc.msg) || p.Source == "" {
				t.Errorf("got %s %q: %s\n%s\nwant %s %q", p.File, at, p.Message, p.Source, tc.at, tc.msg)
			}
		})
	}
}

// TestNestingGuardBeforeDecoding loads the attacker's file of finding 2
// whole: one problem, with file, line, column and key, and the decoder
// never sees it (the allocations stay in the size of the file, where the
// decoder took 7 GB).
func TestNestingGuardBeforeDecoding(t *testing.T) {
	data := []byte("x = " + nest("{a=", "1", "}", 16000) + "\n")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Parse("deep.toml", data, nil)
	runtime.ReadMemStats(&after)
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) != 1 {
		t.Fatalf("got %v, want one problem", err)
	}
	want := "deep.toml:1:197: x: nested too deep: a scenario may nest tables and arrays at most 64 levels deep (counting the parts of table names and dotted keys, and each [ or {)\n\t…{a={a="
	if got := e.Error(); !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant it to start with\n%s", got, want)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 4<<20 {
		t.Errorf("refusing a 64 KB file allocated %d MB", n>>20)
	}
	// The same value given with --set.
	_, err = Load("classroom-arms-race", []string{"k=" + nest("{a=", "1", "}", 16000)})
	if !errors.As(err, &e) || !strings.Contains(e.Problems[0].Message, "cannot read the value: nested too deep") {
		t.Errorf("--set: got %v", err)
	}
	if p := e.Problems[0].Path; len(p) > 100 {
		t.Errorf("--set: the problem quotes the whole override: %d bytes", len(p))
	}
}

// TestNestingGuardPassesRealFiles: every built-in scenario and test file
// is far inside the limits.
func TestNestingGuardPassesRealFiles(t *testing.T) {
	files, _ := filepath.Glob("builtin/*.toml")
	more, _ := filepath.Glob("testdata/*.toml")
	bad, _ := filepath.Glob("testdata/bad/*.toml")
	for _, f := range append(append(files, more...), bad...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckNesting(f, string(data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// FuzzNesting holds the guard to the decoder: a text the decoder reads
// as at most maxNesting levels deep is never refused (the guard does not
// count a bracket in a string or a comment), and one the guard lets
// through is never more than twice as deep (a header inside an array of
// tables counts one level per part, not two).
func FuzzNesting(f *testing.F) {
	bad, _ := filepath.Glob("testdata/bad/*.toml")
	for _, name := range bad {
		if data, err := os.ReadFile(name); err == nil && len(data) <= maxFuzzNesting {
			f.Add(data)
		}
	}
	for _, s := range []string{"x = [[1], {a = {b = [2]}}]", "[[a]]\n[a.b]\nc = 1", `"a.b".c = """[[[\n"""`,
		"x = {\n a = [\n  1, # ]]]\n ],\n}", "a = '''\n'''''\nb = [[]]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzNesting {
			return // the decoder itself is quadratic in depth
		}
		text := string(data)
		err := CheckNesting("fuzz.toml", text)
		var v map[string]any
		if _, err := toml.Decode(text, &v); err != nil {
			return
		}
		d, long := depth(v)-1, longest(v) // the root is not a level
		switch {
		case err == nil && d > 2*maxNesting:
			t.Fatalf("let through a text %d levels deep", d)
		case err == nil:
		case strings.Contains(err.Error(), "nested too deep") && d <= maxNesting:
			t.Fatalf("refused a text %d levels deep: %v", d, err)
		case strings.Contains(err.Error(), "key too long") && long <= maxKeyPath/8:
			// A key as written may be longer than as read (\u0041 is A),
			// but not eight times.
			t.Fatalf("refused a text whose longest key is %d bytes: %v", long, err)
		}
	})
}

// longest returns the length of the longest key path in v, with dots.
func longest(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			n = max(n, len(k)+1+longest(x))
		}
	case []map[string]any:
		for _, x := range v {
			n = max(n, longest(x))
		}
	case []any:
		for _, x := range v {
			n = max(n, longest(x))
		}
	}
	return n
}

// maxFuzzNesting bounds FuzzNesting's inputs: the decoder runs on each.
const maxFuzzNesting = 2048

// depth counts the tables and arrays from v down to its deepest value.
func depth(v any) int {
	d := 0
	switch v := v.(type) {
	case map[string]any:
		for _, x := range v {
			d = max(d, depth(x))
		}
	case []map[string]any:
		for _, x := range v {
			d = max(d, depth(x))
		}
	case []any:
		for _, x := range v {
			d = max(d, depth(x))
		}
	default:
		return 0
	}
	return d + 1
}
