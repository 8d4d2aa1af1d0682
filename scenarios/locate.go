package scenarios

import "strings"

// locator finds lines in the raw file: the nth [[nation]] header and,
// within the table it opens, the line of a key. TOML's decoder keeps no
// position per array element, so the loader reads the text itself. It is a
// line scanner, not a parser: a key written quoted, or a table opened by a
// dotted key, is not found, and the caller falls back to the header line or
// to no line at all.
//
// Every lookup is a map read, so that reporting many problems stays linear
// in the file: a file of 200,000 bad nations once took minutes because each
// problem scanned the headers and the table's lines from the start.
type locator struct {
	lines    []string
	inString []bool // per line: it starts inside a multi-line string
	headers  []header
	byName   map[string][]int // header name → indices into headers, in file order
	// keys indexes, per table (by its first key line), the first line of
	// the table that each key is written on; a table is indexed the first
	// time a key is looked up in it.
	keys map[keyRef]int
	done map[int]bool // tables indexed so far
	// reads counts the lines index has read, for the test that holds
	// locating to one read of each line.
	reads int
}

// keyRef is a key as written at the start of a line, in the table whose
// keys start at line from (0-based).
type keyRef struct {
	from int
	key  string
}

// header is a table header: [name] or [[name]].
type header struct {
	name      string
	line, col int // 1-based
}

func newLocator(text string) *locator {
	l := &locator{lines: strings.Split(text, "\n"), byName: map[string][]int{}, keys: map[keyRef]int{}, done: map[int]bool{}}
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
				l.byName[h.name] = append(l.byName[h.name], len(l.headers))
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
	found := l.byName[name]
	if nth < 0 || nth >= len(found) {
		return header{}, 0, 0, false
	}
	k := found[nth]
	to = len(l.lines)
	if k+1 < len(l.headers) {
		to = l.headers[k+1].line - 1
	}
	return l.headers[k], l.headers[k].line, to, true
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
	l.index(from, to)
	for _, k := range []string{key, first} {
		if k == "" {
			continue
		}
		if i, found := l.keys[keyRef{from, k}]; found {
			return i + 1, len(l.lines[i]) - len(strings.TrimLeft(l.lines[i], " \t")) + 1
		}
	}
	return h.line, h.col
}

// index records, once per table, each key its lines [from, to) start
// with: every prefix of the line that ends before a blank, a '=' or a '.'
// (gdp, and for "a.b = 1" both a and a.b), up to the line's first '='
// (a key is written before it) and at most maxKeyPrefixes of them (a key
// has at most maxNesting parts). The first line wins.
func (l *locator) index(from, to int) {
	if l.done[from] {
		return
	}
	l.done[from] = true
	for i := from; i < to && i < len(l.lines); i++ {
		l.reads++
		if l.inString[i] {
			continue
		}
		text := strings.TrimLeft(l.lines[i], " \t")
		if eq := strings.IndexByte(text, '='); eq >= 0 {
			text = text[:eq+1]
		}
		n := 0
		for j := 1; j < len(text) && n < maxKeyPrefixes; j++ {
			if !strings.ContainsRune(" \t=.", rune(text[j])) || text[j-1] == ' ' || text[j-1] == '\t' {
				continue
			}
			n++
			if _, seen := l.keys[keyRef{from, text[:j]}]; !seen {
				l.keys[keyRef{from, text[:j]}] = i
			}
		}
	}
}

// maxKeyPrefixes bounds the prefixes index records per line: a key of
// maxNesting parts, each followed by a blank.
const maxKeyPrefixes = 2 * maxNesting

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
