package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestODDParamTable holds the parameter table of docs/ODD.md to the code:
// it fails when a [model] key, its meaning, unit, default or range changes
// without the document.
func TestODDParamTable(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "ODD.md")
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := paramsIn(doc)
	if err != nil {
		t.Fatalf("docs/ODD.md: %v", err)
	}
	want := paramsMarkdown()
	if got == want {
		return
	}
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
	for k := range max(len(gotLines), len(wantLines)) {
		var g, w string
		if k < len(gotLines) {
			g = gotLines[k]
		}
		if k < len(wantLines) {
			w = wantLines[k]
		}
		if g != w {
			t.Errorf("docs/ODD.md's parameter table differs from the code (sim.Params) at table line %d:\n  docs: %s\n  code: %s", k+1, g, w)
			break
		}
	}
	t.Errorf("regenerate it with `go generate ./cmd/entente` (or `go run ./cmd/entente params --markdown --into docs/ODD.md`) and commit docs/ODD.md")
}

func TestParamsInto(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.md")
	before := "# Title\n\ntext\n\n" + paramsBegin + "\nold table\n" + paramsEnd + "\n\nafter\n"
	if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := entente(t, "params", "--into", path); code != 0 {
		t.Fatalf("params --into: exit %d: %s", code, stderr)
	}
	doc, _ := os.ReadFile(path)
	s := string(doc)
	if !strings.HasPrefix(s, "# Title\n\ntext\n\n"+paramsBegin+"\n") || !strings.HasSuffix(s, paramsEnd+"\n\nafter\n") {
		t.Errorf("the text around the markers changed:\n%s", s)
	}
	if strings.Contains(s, "old table") || !strings.Contains(s, "| `eta` | η |") {
		t.Errorf("the table was not replaced:\n%s", s)
	}
	if got, err := paramsIn(doc); err != nil || got != paramsMarkdown() {
		t.Errorf("paramsIn after --into: %v\n%s", err, got)
	}
	// A second run changes nothing.
	entente(t, "params", "--into", path)
	if again, _ := os.ReadFile(path); string(again) != s {
		t.Errorf("a second --into changed the file")
	}
	// A file without markers is refused and left alone.
	plain := filepath.Join(dir, "plain.md")
	os.WriteFile(plain, []byte("no markers\n"), 0o644)
	if _, _, code := entente(t, "params", "--into", plain); code == 0 {
		t.Errorf("params --into a file without markers succeeded")
	}
	if b, _ := os.ReadFile(plain); string(b) != "no markers\n" {
		t.Errorf("a file without markers was changed: %q", b)
	}
	if out, _, code := entente(t, "params", "--markdown"); code != 0 || out != paramsMarkdown() {
		t.Errorf("params --markdown: exit %d\n%s", code, out)
	}
}
