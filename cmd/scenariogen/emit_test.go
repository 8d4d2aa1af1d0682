package main

import (
	"strings"
	"testing"
)

func TestFormatFloat(t *testing.T) {
	for _, c := range []struct {
		v    float64
		prec int
		want string
	}{{1455.94, 1, "1455.9"}, {-0.00001, 2, "0.00"}, {0.035, 3, "0.035"}, {10, 0, "10"}, {-7, 0, "-7"}} {
		if got := formatFloat(c.v, c.prec); got != c.want {
			t.Errorf("formatFloat(%g, %d) = %q, want %q", c.v, c.prec, got, c.want)
		}
	}
}

func TestWriterNeedsSources(t *testing.T) {
	w := &writer{}
	w.number("gdp", num{1, 1, "Maddison"})
	if w.err != nil {
		t.Fatal(w.err)
	}
	if got := w.buf.String(); got != "gdp = 1.0  # Maddison\n" {
		t.Errorf("got %q", got)
	}
	w.number("share", num{0.1, 2, ""})
	if w.err == nil || !strings.Contains(w.err.Error(), "share") {
		t.Errorf("a number without a source: err = %v", w.err)
	}
}

func TestQuote(t *testing.T) {
	w := &writer{}
	if got := w.quote("k", `a "b" \c`); got != `"a \"b\" \\c"` {
		t.Errorf("quote = %s", got)
	}
	w.quote("k", "line\nbreak")
	if w.err == nil {
		t.Error("a control character was accepted")
	}
}

func TestMultilineRefusesDelimiters(t *testing.T) {
	w := &writer{}
	w.multiline("description", `say """ no`)
	if w.err == nil {
		t.Error(`""" inside a multi-line string was accepted`)
	}
}

func TestCommentSkipsBlankText(t *testing.T) {
	w := &writer{}
	w.comment("")
	w.comment("a\n\nb")
	if got := w.buf.String(); got != "# a\n#\n# b\n" {
		t.Errorf("got %q", got)
	}
}
