package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExampleIsValid parses the README's complete annotated
// scenario, so that a reader who copies it gets a world that loads.
func TestReadmeExampleIsValid(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	_, after, ok := strings.Cut(text, "A complete annotated example:")
	if !ok {
		t.Fatal(`README.md has no "A complete annotated example:"`)
	}
	_, body, ok := strings.Cut(after, "```toml\n")
	if !ok {
		t.Fatal("README.md's example has no ```toml block")
	}
	example, _, ok := strings.Cut(body, "\n```")
	if !ok {
		t.Fatal("README.md's example block does not end")
	}
	sc, err := Parse("README.md's example", []byte(example), nil)
	if err != nil {
		t.Fatalf("README.md's annotated example does not load:\n%v", err)
	}
	if len(sc.Config.Nations) < 2 {
		t.Errorf("README.md's example has %d nations", len(sc.Config.Nations))
	}
}
