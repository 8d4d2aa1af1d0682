package scenarios

import (
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/sim"
)

// topLevel is the file's first decoding: every table kept raw, to be
// decoded in order, since [model] gives the defaults of the others.
type topLevel struct {
	Scenario toml.Primitive `toml:"scenario"`
	Model    toml.Primitive `toml:"model"`
	Nation   toml.Primitive `toml:"nation"`
	Rivalry  toml.Primitive `toml:"rivalry"`
	Tie      toml.Primitive `toml:"tie"`
	Alliance toml.Primitive `toml:"alliance"`
	Event    toml.Primitive `toml:"event"`
}

// tableFields lists the keys of each top-level table.
var tableFields = map[string][]field{
	"scenario": fieldsOf(reflect.TypeFor[scenarioTable]()),
	"model":    fieldsOf(reflect.TypeFor[sim.Params]()),
	"nation":   fieldsOf(reflect.TypeFor[nationTable]()),
	"rivalry":  fieldsOf(reflect.TypeFor[relationTable]()),
	"tie":      fieldsOf(reflect.TypeFor[relationTable]()),
	"alliance": fieldsOf(reflect.TypeFor[allianceTable]()),
	"event":    fieldsOf(reflect.TypeFor[eventTable]()),
}

// foldedTables reports top-level keys that name a table only when case is
// ignored ([Scenario]). The decoder would take either spelling, so with
// one of them the file's meaning is unclear: the loader reports them and
// goes no further.
func (l *loader) foldedTables() bool {
	names := slices.Sorted(maps.Keys(tableFields))
	found := false
	for _, k := range l.md.Keys() {
		if len(k) != 1 {
			continue
		}
		for _, name := range names {
			if k[0] != name && strings.EqualFold(k[0], name) {
				line, col := l.loc.find(k[0], 0, "")
				if line == 0 {
					line, col = l.loc.find("", 0, k[0])
				}
				l.add(Problem{File: l.file, Line: line, Col: col,
					Path: toml.Key{k[0]}.String(), Message: "unknown table (did you mean " + name + "?)"})
				found = true
			}
		}
	}
	return found
}

// decodeTable decodes [scenario] or [model] over dst, which holds the
// defaults.
func (l *loader) decodeTable(name string, p toml.Primitive, dst any) {
	l.raw[name] = []map[string]any{{}}
	if !l.md.IsDefined(name) {
		return
	}
	var v any
	if err := l.md.PrimitiveDecode(p, &v); err != nil {
		l.shapeProblem(name, -1, err.Error())
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		l.shapeProblem(name, -1, "must be a table (["+name+"]), got "+describe(v))
		return
	}
	l.raw[name][0] = m
	l.decodeEntry(name, -1, p, m, dst)
}

// decodeArray decodes each [[name]] over a copy of def.
func decodeArray[T any](l *loader, name string, p toml.Primitive, def T) []T {
	if !l.md.IsDefined(name) {
		return nil
	}
	var v any
	if err := l.md.PrimitiveDecode(p, &v); err != nil {
		l.shapeProblem(name, -1, err.Error())
		return nil
	}
	tables, ok := v.([]map[string]any)
	if !ok {
		if list, isList := v.([]any); isList && len(list) == 0 {
			return nil // name = []: no entries
		}
		msg := "must be an array of tables ([[" + name + "]]), got " + describe(v)
		if l.md.Type(name) == "Array" {
			msg = "write each entry as a [[" + name + "]] table, not as an inline array"
		}
		l.shapeProblem(name, -1, msg)
		return nil
	}
	var elems []toml.Primitive
	if err := l.md.PrimitiveDecode(p, &elems); err != nil || len(elems) != len(tables) {
		l.shapeProblem(name, -1, "cannot decode the array of tables")
		return nil
	}
	l.raw[name] = tables
	out := make([]T, len(tables))
	for i := range tables {
		out[i] = def
		l.decodeEntry(name, i, elems[i], tables[i], &out[i])
	}
	return out
}

// shapeProblem reports a table of the wrong shape ([nation] for
// [[nation]]), or an entry the decoder refused: none of its keys is
// reported unknown.
func (l *loader) shapeProblem(name string, index int, msg string) {
	l.errf(name, index, "", "%s", strings.TrimPrefix(msg, "toml: "))
	l.broken[entry(name, index)+"!"] = true
}

// decodeEntry checks the type of every key an entry gives, in declaration
// order, and decodes the entry over dst: all of it if all are right, else
// the keys that are.
func (l *loader) decodeEntry(name string, index int, p toml.Primitive, m map[string]any, dst any) {
	fields := tableFields[name]
	ok := true
	bad := map[string]bool{}
	for _, f := range fields {
		if v, given := m[f.key]; given {
			if msg := typeProblem(v, f.typ); msg != "" {
				l.errf(name, index, f.key, "%s", msg)
				bad[f.key] = true
				ok = false
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if want, folded := foldedKey(fields, k); folded {
			l.errf(name, index, toml.Key{k}.String(), "unknown key (did you mean %s?)", want)
			bad[want] = true
			ok = false
		}
	}
	if !ok {
		// The entry's other keys are still decoded and checked, so that
		// one type error does not hide the file's other problems; the
		// problems of the keys in error are reported once, here.
		e := entry(name, index)
		l.broken[e] = true
		for k := range bad {
			l.badKeys[e+"."+k] = true
		}
		setGood(fields, m, bad, dst)
		return
	}
	if err := l.md.PrimitiveDecode(p, dst); err != nil {
		l.shapeProblem(name, index, err.Error())
	}
}

// setGood sets the fields of dst (a pointer to a table struct) that m
// gives with the right type, leaving those in bad at their defaults.
func setGood(fields []field, m map[string]any, bad map[string]bool, dst any) {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("toml")
		x, given := m[key]
		if key == "" || !given || bad[key] {
			continue
		}
		if f, ok := keyOf(fields, key); !ok || typeProblem(x, f.typ) != "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Float64:
			switch n := x.(type) {
			case float64:
				fv.SetFloat(n)
			case int64:
				fv.SetFloat(float64(n))
			}
		case reflect.Int64:
			fv.SetInt(x.(int64))
		case reflect.String:
			fv.SetString(x.(string))
		case reflect.Bool:
			fv.SetBool(x.(bool))
		case reflect.Slice:
			list := x.([]any)
			out := make([]string, len(list))
			for j, s := range list {
				out[j] = s.(string)
			}
			fv.Set(reflect.ValueOf(out))
		}
	}
}
