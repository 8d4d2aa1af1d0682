package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// The TOML writer: fixed key order, fixed float formatting, and every
// number with its source in a comment on its line.

// writer accumulates a TOML file and the first error met.
type writer struct {
	buf bytes.Buffer
	err error
	// context names the table being written; judged lists the numbers
	// whose source is a judgement, each with its context.
	context string
	judged  []string
}

func (w *writer) line(format string, args ...any) {
	fmt.Fprintf(&w.buf, format, args...)
	w.buf.WriteByte('\n')
}

// comment writes text as comment lines (a blank text writes nothing).
func (w *writer) comment(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimRight(l, " "); l == "" {
			w.line("#")
		} else {
			w.line("# %s", l)
		}
	}
}

// str writes key = "value" with an optional comment.
func (w *writer) str(key, value, note string) {
	w.kv(key, w.quote(key, value), note)
}

// number writes key = n.v with n's precision and source.
func (w *writer) number(key string, n num) {
	if n.src == "" && w.err == nil {
		w.err = fmt.Errorf("%s = %g has no source", key, n.v)
	}
	w.kv(key, formatFloat(n.v, n.prec), n.src)
	if strings.HasPrefix(n.src, "judgement") {
		w.judged = append(w.judged, fmt.Sprintf("%s: %s = %s", w.context, key, formatFloat(n.v, n.prec)))
	}
}

// integer writes key = v (TOML integer) with its source.
func (w *writer) integer(key string, v int, note string) {
	if note == "" && w.err == nil {
		w.err = fmt.Errorf("%s = %d has no source", key, v)
	}
	w.kv(key, strconv.Itoa(v), note)
}

func (w *writer) boolean(key string, note string) { w.kv(key, "true", note) }

// list writes key = ["a", "b"].
func (w *writer) list(key string, items []string, note string) {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = w.quote(key, s)
	}
	w.kv(key, "["+strings.Join(q, ", ")+"]", note)
}

func (w *writer) kv(key, value, note string) {
	if strings.ContainsAny(note, "\r\n") && w.err == nil {
		w.err = fmt.Errorf("%s: the comment spans lines: %q", key, note)
	}
	if note == "" {
		w.line("%s = %s", key, value)
		return
	}
	w.line("%s = %s  # %s", key, value, note)
}

// quote makes a TOML basic string; control characters are refused.
func (w *writer) quote(key, s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			if w.err == nil {
				w.err = fmt.Errorf("%s: control character in %q", key, s)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// multiline writes key = """text""" for a text without quotes or backslashes.
func (w *writer) multiline(key, text string) {
	if strings.Contains(text, `"""`) || strings.Contains(text, `\`) {
		if w.err == nil {
			w.err = fmt.Errorf("%s: the text holds \"\"\" or a backslash", key)
		}
	}
	w.line(`%s = """`, key)
	w.line("%s", strings.TrimSpace(text))
	w.line(`"""`)
}

// formatFloat formats with a fixed number of decimals and no negative zero.
func formatFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.TrimLeft(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	return s
}
