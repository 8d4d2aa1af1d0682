package scenarios

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Problem is one thing wrong with a scenario. Line and Col are 1-based and
// 0 when unknown; Path names the key (nation[3] (FRA).gdp, model.k, or the
// --set override), or is empty.
type Problem struct {
	File      string
	Line, Col int
	Path      string
	Message   string
	// Source, for syntax errors only: the offending line and, under it,
	// a caret at the column.
	Source string
}

// String formats the problem as FILE:LINE:COL: PATH: MESSAGE, leaving out
// the parts that are unknown, followed by its Source lines if any.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
			if p.Col > 0 {
				fmt.Fprintf(&b, ":%d", p.Col)
			}
		}
		b.WriteString(": ")
	}
	if p.Path != "" {
		b.WriteString(p.Path + ": ")
	}
	b.WriteString(p.Message)
	if p.Source != "" {
		b.WriteString("\n" + p.Source)
	}
	return b.String()
}

// Error is a scenario that cannot be loaded: every problem found. The CLI
// exits 2 on it (bad input).
type Error struct {
	Problems []Problem
}

// Error prints one problem a line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// syntaxProblem turns a TOML parse error into a problem that quotes the
// offending line with a caret under the column. Any other decoding error
// becomes a problem without a position.
func syntaxProblem(file string, lines []string, err error) Problem {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return Problem{File: file, Message: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	p := Problem{File: file, Line: pe.Position.Line, Message: pe.Message}
	if p.Line < 1 || p.Line > len(lines) {
		p.Line = 0
		return p
	}
	src := lines[p.Line-1]
	p.Col = min(max(pe.Position.Col, 1), len(src)+1)
	// The span may start at the blank before the offending token.
	for n := pe.Position.Len; n > 1 && p.Col <= len(src) && (src[p.Col-1] == ' ' || src[p.Col-1] == '\t'); n-- {
		p.Col++
	}
	p.Source = quoteLine(src, p.Col)
	return p
}

// quoteLine quotes a line with, under it, a caret at a column (1-based,
// in bytes, at most one past the end).
func quoteLine(src string, col int) string {
	col = min(max(col, 1), len(src)+1)
	before, after := printable(src[:col-1]), printable(src[col-1:])
	// Keep a long line (a minified file, binary garbage) to a window
	// around the column.
	if r := []rune(before); len(r) > quoteWindow {
		before = "…" + string(r[len(r)-quoteWindow:])
	}
	if r := []rune(after); len(r) > quoteWindow {
		after = string(r[:quoteWindow]) + "…"
	}
	return "\t" + before + after + "\n\t" + caret(before)
}

// quoteWindow is how many characters a quoted line keeps on each side of
// the column.
const quoteWindow = 60

// printable makes a line safe to print on a terminal: invalid UTF-8 and
// control characters (escape sequences) become U+FFFD, one per byte or
// rune, so the caret still lines up.
func printable(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteRune(utf8.RuneError)
		case r == '\t':
			b.WriteRune(r)
		case unicode.IsControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// caret returns the line that puts a caret after prefix: tabs are kept,
// so the caret lines up whatever the tab width, and every other character
// (every rune, or every invalid byte) becomes one space.
func caret(prefix string) string {
	var b strings.Builder
	for _, r := range prefix {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	return b.String()
}

// SyntaxProblem turns a TOML decoding error of another file the program
// reads (a sweep plan) into a problem, quoting the offending line with a
// caret under the column when the error has a position.
func SyntaxProblem(file, text string, err error) Problem {
	return syntaxProblem(file, strings.Split(text, "\n"), err)
}
