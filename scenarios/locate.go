package scenarios

import "strings"

// locator finds lines in the raw file: the nth [[nation]] header and,
// within the table it opens, the line of a key. TOML's decoder keeps no
// position per array element, so the loader reads the text itself. It is a
// line scanner, not a parser: a key written quoted, or a table opened by a
// dotted key, is not found, and the caller falls back to the header line or
// to no line at all.
type locator struct {
	lines    []string
	inString []bool // per line: it starts inside a multi-line string
	headers  []header
}

// header is a table header: [name] or [[name]].
type header struct {
	name      string
	line, col int // 1-based
}

func newLocator(text string) *locator {
	l := &locator{lines: strings.Split(text, "\n")}
	l.inString = make([]bool, len(l.lines))
	inBasic, inLiteral := false, false // inside a """ or ''' string
	for i, raw := range l.lines {
		raw = strings.TrimSuffix(raw, "\r")
		l.lines[i] = raw
		l.inString[i] = inBasic || inLiteral
		line := strings.TrimSpace(raw)
		if !l.inString[i] && strings.HasPrefix(line, "[") {
			if h, ok := parseHeader(line); ok {
				h.line, h.col = i+1, strings.Index(raw, "[")+1
				l.headers = append(l.headers, h)
			}
		}
		if strings.Count(line, `"""`)%2 == 1 && !inLiteral {
			inBasic = !inBasic
		}
		if strings.Count(line, `'''`)%2 == 1 && !inBasic {
			inLiteral = !inLiteral
		}
	}
	return l
}

// parseHeader reads "[a.b]" or "[[a]]", ignoring spaces and quotes
// around the parts and a trailing comment.
func parseHeader(line string) (header, bool) {
	opening, closing := "[", "]"
	if strings.HasPrefix(line, "[[") {
		opening, closing = "[[", "]]"
	}
	end := strings.Index(line, closing)
	if end < len(opening) {
		return header{}, false
	}
	parts := strings.Split(line[len(opening):end], ".")
	for i := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(parts[i]), `"'`)
	}
	return header{name: strings.Join(parts, ".")}, true
}

// table returns the nth header named name (counting from 0; [scenario]
// is the 0th of its name, [[nation]] number i the ith) and the line range
// of its keys [from, to), 0-based. ok is false when there is no such
// header. The root table (name "") runs from the start to the first header.
func (l *locator) table(name string, nth int) (h header, from, to int, ok bool) {
	if name == "" {
		to = len(l.lines)
		if len(l.headers) > 0 {
			to = l.headers[0].line - 1
		}
		return header{}, 0, to, true
	}
	n := 0
	for k, hd := range l.headers {
		if hd.name != name {
			continue
		}
		if n < nth {
			n++
			continue
		}
		to = len(l.lines)
		if k+1 < len(l.headers) {
			to = l.headers[k+1].line - 1
		}
		return hd, hd.line, to, true
	}
	return header{}, 0, 0, false
}

// find returns the line and column of a key in a table, else of the
// table's header, else zeros. The key may be dotted (b.c: the line of b.c,
// else of b) or end in an element index (members[2]: the line of
// members). A table the file gives by dotted keys at the root
// (model.k = 0.3) is searched there.
func (l *locator) find(name string, nth int, key string) (line, col int) {
	key, _, _ = strings.Cut(key, "[")
	h, from, to, ok := l.table(name, nth)
	first, _, _ := strings.Cut(key, ".")
	if !ok {
		if name == "" || nth > 0 {
			return 0, 0
		}
		key = strings.TrimSuffix(name+"."+key, ".")
		first = ""
		_, from, to, _ = l.table("", 0)
	}
	for _, k := range []string{key, first} {
		if k == "" {
			continue
		}
		for i := from; i < to && i < len(l.lines); i++ {
			if l.inString[i] {
				continue
			}
			text := strings.TrimLeft(l.lines[i], " \t")
			rest, found := strings.CutPrefix(text, k)
			if found && rest != "" && strings.ContainsRune(" \t=.", rune(rest[0])) {
				return i + 1, len(l.lines[i]) - len(text) + 1
			}
		}
	}
	return h.line, h.col
}

// Locator finds where a key is written in a TOML file of tables and
// arrays of tables, for messages: the loader's line finder, for other
// files the program reads (sweep plans).
type Locator struct{ l *locator }

// NewLocator scans a file's text.
func NewLocator(text string) *Locator { return &Locator{newLocator(text)} }

// Find returns the line and column of key in the index-th [[table]] (0
// for a [table]), else of the table's header, else zeros.
func (l *Locator) Find(table string, index int, key string) (line, col int) {
	return l.l.find(table, index, key)
}
