package scenarios

import (
	"entente/internal/suggest"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/sim"
)

// applyOverrides applies --set overrides (key=value) over the decoded
// [scenario] and [model] tables, in order. A key is model.KEY,
// scenario.KEY, or a bare KEY: a [model] key if there is one by that name,
// else a [scenario] key. The value is TOML (0.3, 5, "plane", ["a"]); one
// that does not parse as TOML is taken as a string (geometry=plane).
func (l *loader) applyOverrides(overrides []string) {
	for _, o := range overrides {
		if msg := l.applyOverride(o); msg != "" {
			l.add(Problem{Path: "--set " + shorten(o), Message: msg})
		}
	}
}

// shorten makes an override safe and short to print: an argument may be
// 128 KiB of brackets.
func shorten(o string) string {
	if r := []rune(printable(o)); len(r) > maxQuoted {
		return string(r[:maxQuoted]) + "…"
	}
	return printable(o)
}

// maxQuoted is how many characters of an override a problem quotes.
const maxQuoted = 80

// applyOverride applies one override, or says what is wrong with it.
func (l *loader) applyOverride(o string) string {
	key, value, ok := strings.Cut(o, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !ok || key == "" {
		return "expected key=value"
	}
	table, name := resolveKey(key)
	if table == "" {
		return "unknown key (not a [model] or [scenario] key)" + suggest.Hint(key, overrideKeys())
	}
	if strings.ContainsAny(value, "\n\r") {
		return "the value must be on one line"
	}
	f, _ := keyOf(tableFields[table], name)
	doc, v, err := overrideDoc(table, name, value, f.typ.Kind() == reflect.String)
	if err != nil {
		return "cannot read the value: " + err.Error()
	}
	if msg := typeProblem(v, f.typ); msg != "" {
		return msg
	}
	dst := struct {
		Scenario *scenarioTable `toml:"scenario"`
		Model    *sim.Params    `toml:"model"`
	}{&l.scenario, &l.params}
	md, err := toml.Decode(doc, &dst)
	if err != nil {
		return strings.TrimPrefix(err.Error(), "toml: ")
	}
	if u := md.Undecoded(); len(u) > 0 {
		return fmt.Sprintf("unknown key %s", u[0])
	}
	l.set[table+"."+name] = o
	return ""
}

// resolveKey returns the table and key an override names, or "" for none.
func resolveKey(key string) (table, name string) {
	if t, n, ok := strings.Cut(key, "."); ok {
		if _, known := keyOf(overridable(t), n); known {
			return t, n
		}
		return "", ""
	}
	for _, t := range []string{"model", "scenario"} {
		if _, known := keyOf(tableFields[t], key); known {
			return t, key
		}
	}
	return "", ""
}

// overridable returns the keys of a table --set may change.
func overridable(table string) []field {
	if table == "model" || table == "scenario" {
		return tableFields[table]
	}
	return nil
}

// overrideDoc returns the TOML document "[table]\nname = value" and the
// value it gives. A value that is not TOML, or is not a string where a
// string is wanted (name=2024), is taken as a string.
func overrideDoc(table, name, value string, wantString bool) (string, any, error) {
	var err error
	for _, val := range []string{value, quote(value)} {
		doc := "[" + table + "]\n" + name + " = " + val + "\n"
		var e *Error
		if errors.As(CheckNesting("", doc), &e) { // a value nested 40,000 deep is one argument
			return "", nil, errors.New(e.Problems[0].Message)
		}
		var m map[string]map[string]any
		if _, err = toml.Decode(doc, &m); err != nil {
			continue
		}
		v := m[table][name]
		if _, isString := v.(string); isString || !wantString || val != value {
			return doc, v, nil
		}
	}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		err = errors.New(pe.Message)
	}
	return "", nil, err
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// OverrideKey returns the key an override's left side names, as
// table.name ("k" and "model.k" are both "model.k"), or false if it names
// none. Sweeps use it to see that two spellings are one key.
func OverrideKey(key string) (string, bool) {
	table, name := resolveKey(strings.TrimSpace(key))
	return table + "." + name, table != ""
}

// overrideKeys lists the keys --set takes, for "did you mean".
func overrideKeys() []string {
	var keys []string
	for _, t := range []string{"model", "scenario"} {
		for _, f := range tableFields[t] {
			keys = append(keys, f.key)
		}
	}
	return keys
}
