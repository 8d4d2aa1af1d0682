package results

import (
	"bufio"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// csvRow builds one line of CSV exactly as encoding/csv's Writer writes
// it (comma-separated, "\n" line ends, a field quoted only when it holds a
// comma, a quote or a line break, starts with a space, or is `\.`), with
// numbers appended in place: no string per field, no []string per row.
// The recorder writes a few hundred thousand fields a run; this halves
// what recording costs.
type csvRow struct {
	buf   []byte
	field []byte // a field being assembled (a joined list)
	n     int    // fields so far
}

func (r *csvRow) sep() {
	if r.n > 0 {
		r.buf = append(r.buf, ',')
	}
	r.n++
}

// str appends a text field, quoted as csv.Writer would quote it.
func (r *csvRow) str(s string) {
	r.sep()
	r.buf = appendField(r.buf, s)
}

// float appends Float(v).
func (r *csvRow) float(v float64) {
	r.sep()
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
	case v == 0:
		r.buf = append(r.buf, '0')
	default:
		r.buf = strconv.AppendFloat(r.buf, v, 'g', 6, 64)
	}
}

// year appends Year(v).
func (r *csvRow) year(v float64) {
	r.sep()
	r.buf = strconv.AppendFloat(r.buf, math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// int appends Int(v).
func (r *csvRow) int(v int) {
	r.sep()
	r.buf = strconv.AppendInt(r.buf, int64(v), 10)
}

// list appends a field of the items joined by ';'.
func (r *csvRow) list(n int, item func(k int) string) {
	r.field = r.field[:0]
	for k := range n {
		if k > 0 {
			r.field = append(r.field, ';')
		}
		r.field = append(r.field, item(k)...)
	}
	r.sep()
	r.buf = appendField(r.buf, r.field)
}

// end writes the line and starts the next.
func (r *csvRow) end(w *bufio.Writer) error {
	r.buf = append(r.buf, '\n')
	_, err := w.Write(r.buf)
	r.buf, r.n = r.buf[:0], 0
	return err
}

// appendField is encoding/csv's quoting of one field (Comma ',', UseCRLF
// false).
func appendField[T string | []byte](dst []byte, f T) []byte {
	if !needsQuotes(f) {
		return append(dst, f...)
	}
	dst = append(dst, '"')
	for i := 0; i < len(f); i++ {
		if f[i] == '"' {
			dst = append(dst, '"', '"')
		} else {
			dst = append(dst, f[i])
		}
	}
	return append(dst, '"')
}

func needsQuotes[T string | []byte](f T) bool {
	if len(f) == 0 {
		return false
	}
	if len(f) == 2 && f[0] == '\\' && f[1] == '.' {
		return true
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c == '\n' || c == '\r' || c == '"' || c == ',' {
			return true
		}
	}
	var r1 rune
	if s, ok := any(f).(string); ok {
		r1, _ = utf8.DecodeRuneInString(s)
	} else {
		r1, _ = utf8.DecodeRune(any(f).([]byte))
	}
	return unicode.IsSpace(r1)
}
