package scenarios

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// base is a small valid scenario that the cases below add to.
func base(t testing.TB) string {
	data, err := os.ReadFile("builtin/classroom-arms-race.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// unknownKeys writes n unknown keys into [scenario] (finding 6: 21,000
// of them took 3.7 s to report).
func unknownKeys(text string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "zz%d = 1\n", i)
	}
	return strings.Replace(text, "[scenario]\n", "[scenario]\n"+b.String(), 1)
}

// badNations appends n nations with a negative GDP (finding 6: 200,000
// of them took 491 s).
func badNations(text string, n int) string {
	var b strings.Builder
	b.WriteString(text)
	for i := range n {
		fmt.Fprintf(&b, "\n[[nation]]\nid = \"N%d\"\nx = 0.0\ny = 0.0\ngdp = -1.0\n", i)
	}
	return b.String()
}

// TestProblemsAreCapped: a file lists its first MaxProblems problems in
// file order, then one line that counts the others.
func TestProblemsAreCapped(t *testing.T) {
	text := base(t)
	nations := badNations(text, 150)
	for _, tc := range []struct {
		name  string
		text  string
		first string // the first problem
		last  string // the line after the first 100, or the last problem
		count int    // problems listed, with the count line
	}{
		{"21,000 unknown keys", unknownKeys(text, 21000),
			"f.toml:5:1: scenario.zz0: unknown key",
			"f.toml: and 20900 more problems (only the first 100 are listed)", 101},
		{"20,000 bad nations", badNations(text, 20000),
			"f.toml:", "f.toml: and ", 101},
		{"100 problems: all listed", unknownKeys(text, 100),
			"f.toml:5:1: scenario.zz0: unknown key", "f.toml:104:1: scenario.zz99: unknown key", 100},
		{"101 problems: one more", unknownKeys(text, 101),
			"f.toml:5:1: scenario.zz0: unknown key", "f.toml: and 1 more problem (only the first 100 are listed)", 101},
		// The unknown [model] keys at the end are found first, but the
		// nations come first in the file: they are listed.
		{"the first in the file, not the first found", nations + "\n[model]\n" + unknownKeys("[scenario]\n", 150)[len("[scenario]\n"):],
			"f.toml:", "f.toml: and 350 more problems", 101},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("f.toml", []byte(tc.text), nil)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if len(e.Problems) != tc.count {
				t.Fatalf("%d problems listed, want %d", len(e.Problems), tc.count)
			}
			first, last := e.Problems[0].String(), e.Problems[len(e.Problems)-1].String()
			if !strings.HasPrefix(first, tc.first) || !strings.HasPrefix(last, tc.last) {
				t.Errorf("first %q, last %q; want %q, %q", first, last, tc.first, tc.last)
			}
			for i := 1; i < min(len(e.Problems), MaxProblems); i++ {
				if a, b := e.Problems[i-1], e.Problems[i]; compareAt(a.Line, a.Col, b.Line, b.Col) > 0 {
					t.Fatalf("out of file order: %v before %v", a, b)
				}
			}
		})
	}
	// In the last case every problem listed is a nation's.
	_, err := Parse("f.toml", []byte(nations+"\n[model]\n"+unknownKeys("[scenario]\n", 150)[len("[scenario]\n"):]), nil)
	var e *Error
	errors.As(err, &e)
	model := strings.Count(nations, "\n") + 2
	for _, p := range e.Problems[:MaxProblems] {
		if p.Line == 0 || p.Line >= model {
			t.Errorf("listed %v, after the first 100 problems in the file", p)
		}
	}
}

// TestLocatingIsLinear counts the work of finding every key of a file: the
// locator reads each line once, however many problems ask (finding 6: each
// problem read the file from its table's start, so 21,000 unknown keys in
// one table read 220 million lines).
func TestLocatingIsLinear(t *testing.T) {
	text := base(t)
	for _, tc := range []struct {
		name string
		text string
	}{
		{"21,000 unknown keys in one table", unknownKeys(text, 21000)},
		{"20,000 nations", badNations(text, 20000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loc := newLocator(tc.text)
			asked := 0
			for n := range len(loc.byName["nation"]) {
				for _, key := range []string{"id", "gdp", "x", "nope"} {
					loc.find("nation", n, key)
					asked++
				}
			}
			for i := range 21000 {
				loc.find("scenario", 0, fmt.Sprintf("zz%d", i))
				asked++
			}
			if loc.reads > len(loc.lines) {
				t.Errorf("%d lookups read %d lines of %d", asked, loc.reads, len(loc.lines))
			}
			if line, _ := loc.find("scenario", 0, "name"); line == 0 {
				t.Error("the key name of [scenario] was not found")
			}
		})
	}
}

// The two files of finding 6, whole: 21,000 unknown keys and 200,000 bad
// nations (go test -bench Many ./scenarios). Before the fix they took
// 3.7 s and 491 s.
func BenchmarkManyUnknownKeys(b *testing.B) {
	data := []byte(unknownKeys(base(b), 21000))
	for b.Loop() {
		if _, err := Parse("f.toml", data, nil); err == nil {
			b.Fatal("accepted")
		}
	}
}

func BenchmarkManyBadNations(b *testing.B) {
	data := []byte(badNations(base(b), 200000))
	for b.Loop() {
		if _, err := Parse("f.toml", data, nil); err == nil {
			b.Fatal("accepted")
		}
	}
}
