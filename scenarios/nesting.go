package scenarios

import (
	"fmt"
	"strings"
)

// The TOML decoder (BurntSushi/toml v1.6.0) has no limit of its own, and
// for each level of nesting it stores the whole key path again: 64 KB of
// x = {a={a={…}}} (16,000 levels) takes it to 7 GB, and a long table name
// repeated in every key of the table does the same. So before decoding,
// one cheap pass over the bytes refuses what no scenario needs:
//
//   - more than maxNesting levels of tables and arrays, counting the parts
//     of a table header (and one more for [[…]]), the parts of a dotted
//     key, and each [ or { a value opens. The built-in scenarios need 3
//     ([[alliance]] members = [...]).
//   - a key longer than maxKeyPath bytes, counting its table's name, the
//     keys of the inline tables around it and its own dotted parts as
//     written. The longest key of a built-in scenario is 23 bytes
//     (scenario.ticks_per_year).
const (
	maxNesting = 64
	maxKeyPath = 256
)

// CheckNesting returns an *Error at the first place where a TOML text
// nests deeper than maxNesting levels or writes a key longer than
// maxKeyPath bytes, or nil. Parse calls it before decoding; so should
// anything else that decodes TOML it is given. It reads TOML only as far
// as it needs to (strings, comments, headers, keys and brackets), in one
// pass, and a file it misreads is not TOML: the decoder says why.
func CheckNesting(filename, text string) error {
	s := nestScanner{text: text, line: 1}
	if p, ok := s.scan(); !ok {
		p.File = filename
		return &Error{Problems: []Problem{p}}
	}
	return nil
}

// nestScanner walks the text once. The stack holds the open [ and { of
// the current value with the level and key length of each.
type nestScanner struct {
	text      string
	i         int
	line      int
	lineStart int // offset of the current line
	stack     []frame
	table     frame  // the current [table] or [[array]]
	tableName string // its name as written, cut as root is
	tableCut  bool
	// root names the statement being read, for messages: the table's
	// name and the key at the start of the line (model.k), at most
	// maxRoot bytes of it (rootCut: it was longer).
	root    string
	rootCut bool
}

const maxRoot = 60

// frame is a table or array open at a nesting level; path is the length
// of the key path that leads to it.
type frame struct {
	kind  byte // '[', '{' or 0 for a table header
	level int
	path  int
}

func (s *nestScanner) scan() (Problem, bool) {
	atLineStart := true
	for s.i < len(s.text) {
		c := s.text[s.i]
		switch {
		case c == '\n':
			s.newline()
			atLineStart = len(s.stack) == 0
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '#':
			s.skipComment()
		case atLineStart && c == '[':
			if p, ok := s.header(); !ok {
				return p, false
			}
			atLineStart = false
			s.skipLine()
		case atLineStart:
			atLineStart = false
			s.root, s.rootCut = s.tableName, s.tableCut
			if p, ok := s.keyValue(s.table, true); !ok {
				return p, false
			}
			if len(s.stack) == 0 {
				s.skipLine()
			}
		case len(s.stack) > 0: // a multi-line array or inline table
			if p, ok := s.inValue(); !ok {
				return p, false
			}
			if len(s.stack) == 0 {
				s.skipLine()
			}
		default: // not TOML: the decoder says why
			s.skipLine()
		}
	}
	return Problem{}, true
}

// header reads [a.b] or [[a.b]].
func (s *nestScanner) header() (Problem, bool) {
	at := s.i
	s.i++
	level := 0
	if s.i < len(s.text) && s.text[s.i] == '[' {
		s.i++
		level = 1
	}
	s.root, s.rootCut = "", false
	parts, path, p, ok := s.key(0, 0, true)
	if !ok {
		return p, false
	}
	s.table, s.tableName, s.tableCut = frame{level: level + parts, path: path}, s.root, s.rootCut
	if s.table.level > maxNesting {
		return s.tooDeep(at), false
	}
	return Problem{}, true
}

// keyValue reads key = value in a table at the level of in; named says
// whether the key names the statement in messages.
func (s *nestScanner) keyValue(in frame, named bool) (Problem, bool) {
	parts, path, p, ok := s.key(in.level, in.path, named)
	if !ok || parts == 0 {
		return p, ok
	}
	s.skipBlanks()
	if s.i >= len(s.text) || s.text[s.i] != '=' {
		return Problem{}, true // not TOML: the decoder says why
	}
	s.i++
	s.skipBlanks()
	return s.value(in.level+parts, path)
}

// key reads a dotted key whose table is at level and has a path of path
// bytes. It returns the number of parts and the key's whole path length,
// and stops before '=' or ']'. A named key is added to root.
func (s *nestScanner) key(level, path int, named bool) (parts, total int, p Problem, ok bool) {
	total = path
	for s.i < len(s.text) {
		s.skipBlanks()
		if s.i >= len(s.text) {
			break
		}
		start := s.i
		switch c := s.text[s.i]; {
		case c == '"' || c == '\'':
			s.skipString()
		case isBareKey(c):
			for s.i < len(s.text) && isBareKey(s.text[s.i]) {
				s.i++
			}
		default:
			return parts, total, Problem{}, true
		}
		parts++
		if total > 0 {
			total++ // the dot
		}
		total += s.i - start
		if named {
			s.name(s.text[start:s.i])
		}
		if level+parts-1 > maxNesting {
			return parts, total, s.tooDeep(start), false
		}
		if total > maxKeyPath {
			return parts, total, s.tooLong(start), false
		}
		s.skipBlanks()
		if s.i >= len(s.text) || s.text[s.i] != '.' {
			break
		}
		s.i++
	}
	return parts, total, Problem{}, true
}

// value reads a value at a level: a string, a scalar, or an array or
// inline table that opens a new level. An array or table it cannot close
// on this line stays on the stack, and scan reads on with inValue.
func (s *nestScanner) value(level, path int) (Problem, bool) {
	if s.i >= len(s.text) {
		return Problem{}, true
	}
	switch c := s.text[s.i]; c {
	case '"', '\'':
		s.skipString()
		return Problem{}, true
	case '[', '{':
		if level > maxNesting {
			return s.tooDeep(s.i), false
		}
		s.stack = append(s.stack, frame{kind: c, level: level, path: path})
		s.i++
		return s.inValue()
	}
	for s.i < len(s.text) && !strings.ContainsRune(",]}#\n", rune(s.text[s.i])) {
		s.i++
	}
	return Problem{}, true
}

// inValue reads the inside of the open arrays and inline tables until
// they close or the line ends.
func (s *nestScanner) inValue() (Problem, bool) {
	for s.i < len(s.text) && len(s.stack) > 0 {
		top := s.stack[len(s.stack)-1]
		switch c := s.text[s.i]; {
		case c == '\n':
			return Problem{}, true // scan counts the line
		case c == ' ' || c == '\t' || c == '\r' || c == ',':
			s.i++
		case c == '#':
			s.skipComment()
		case c == ']' || c == '}':
			s.stack = s.stack[:len(s.stack)-1]
			s.i++
		case top.kind == '[':
			if p, ok := s.value(top.level+1, top.path); !ok {
				return p, false
			}
		default: // a key in an inline table
			before := s.i
			if p, ok := s.keyValue(top, false); !ok {
				return p, false
			}
			if s.i == before {
				s.i++ // not TOML: the decoder says why
			}
		}
	}
	return Problem{}, true
}

func (s *nestScanner) newline() {
	s.i++
	s.line++
	s.lineStart = s.i
}

func (s *nestScanner) skipBlanks() {
	for s.i < len(s.text) && (s.text[s.i] == ' ' || s.text[s.i] == '\t') {
		s.i++
	}
}

func (s *nestScanner) skipComment() {
	for s.i < len(s.text) && s.text[s.i] != '\n' {
		s.i++
	}
}

// skipLine skips what is left of a line after a header or a value
// (blanks, a comment, or something the decoder will refuse), but not a
// string or bracket that would run on to later lines.
func (s *nestScanner) skipLine() {
	for s.i < len(s.text) && s.text[s.i] != '\n' {
		switch s.text[s.i] {
		case '"', '\'':
			s.skipString()
		case '#':
			s.skipComment()
		default:
			s.i++
		}
	}
}

// skipString skips a basic or literal string, one-line or multi-line,
// counting the lines it spans. A one-line string stops at the end of the
// line even if unclosed.
func (s *nestScanner) skipString() {
	q := s.text[s.i]
	delim := string([]byte{q, q, q})
	if strings.HasPrefix(s.text[s.i:], delim) {
		s.i += 3
		for s.i < len(s.text) {
			switch {
			case s.text[s.i] == '\\' && q == '"':
				if s.i+1 < len(s.text) && s.text[s.i+1] == '\n' {
					s.i++
					s.newline()
					continue
				}
				s.i += 2
			case strings.HasPrefix(s.text[s.i:], delim):
				s.i += 3
				for k := 0; k < 2 && s.i < len(s.text) && s.text[s.i] == q; k++ {
					s.i++ // """a"""" ends with a quote inside
				}
				return
			case s.text[s.i] == '\n':
				s.newline()
			default:
				s.i++
			}
		}
		s.i = min(s.i, len(s.text))
		return
	}
	s.i++
	for s.i < len(s.text) && s.text[s.i] != '\n' {
		c := s.text[s.i]
		s.i++
		if c == q {
			return
		}
		if c == '\\' && q == '"' && s.i < len(s.text) && s.text[s.i] != '\n' {
			s.i++
		}
	}
}

// name adds a part of the statement's key to root, up to maxRoot bytes.
func (s *nestScanner) name(part string) {
	if s.rootCut {
		return
	}
	if s.root != "" {
		part = "." + part
	}
	if len(s.root)+len(part) > maxRoot {
		s.root = strings.TrimRight((s.root + part)[:maxRoot], ". ")
		s.rootCut = true
		return
	}
	s.root += part
}

func isBareKey(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func (s *nestScanner) tooDeep(at int) Problem {
	return s.problem(at, fmt.Sprintf("nested too deep: a scenario may nest tables and arrays at most %d levels deep (counting the parts of table names and dotted keys, and each [ or {)", maxNesting))
}

func (s *nestScanner) tooLong(at int) Problem {
	return s.problem(at, fmt.Sprintf("key too long: a key, with the names of the tables it is in, may be at most %d bytes", maxKeyPath))
}

// problem places a message at a byte offset, quoting the line.
func (s *nestScanner) problem(at int, msg string) Problem {
	end := strings.IndexByte(s.text[s.lineStart:], '\n')
	if end < 0 {
		end = len(s.text) - s.lineStart
	}
	p := Problem{Line: s.line, Col: at - s.lineStart + 1, Path: printable(s.root), Message: msg}
	p.Source = quoteLine(s.text[s.lineStart:s.lineStart+end], p.Col)
	if s.rootCut {
		p.Path += "…"
	}
	return p
}
