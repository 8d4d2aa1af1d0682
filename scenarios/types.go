package scenarios

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"
)

// field is one key of a table struct: its toml tag and its Go type.
type field struct {
	key string
	typ reflect.Type
}

// fieldsOf lists the keys of a table struct in declaration order.
func fieldsOf(t reflect.Type) []field {
	out := make([]field, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if key := f.Tag.Get("toml"); key != "" {
			out = append(out, field{key: key, typ: f.Type})
		}
	}
	return out
}

// keyOf returns the struct field a key names exactly, and whether there
// is one.
func keyOf(fields []field, key string) (field, bool) {
	for _, f := range fields {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

// foldedKey returns the key that name matches only when case is ignored
// ("GDP" for gdp): the TOML decoder would accept it, the loader does not.
func foldedKey(fields []field, name string) (string, bool) {
	for _, f := range fields {
		if f.key != name && strings.EqualFold(f.key, name) {
			return f.key, true
		}
	}
	return "", false
}

// maxExact is the largest integer a float64 holds exactly (2^53).
const maxExact = 1 << 53

// typeProblem returns why a decoded TOML value cannot go into a field of
// type t, or "" if it can. Numbers must be finite; integers are accepted
// where a number is wanted.
func typeProblem(v any, t reflect.Type) string {
	switch t.Kind() {
	case reflect.Float64:
		switch x := v.(type) {
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return fmt.Sprintf("must be a finite number, got %v", x)
			}
			return ""
		case int64:
			if x > maxExact || x < -maxExact {
				return fmt.Sprintf("integer %d is too large for a number; write it as a float", x)
			}
			return ""
		}
		return "must be a number, got " + describe(v)
	case reflect.Int64:
		if _, ok := v.(int64); ok {
			return ""
		}
		return "must be an integer, got " + describe(v)
	case reflect.String:
		if _, ok := v.(string); ok {
			return ""
		}
		return "must be a string, got " + describe(v)
	case reflect.Bool:
		if _, ok := v.(bool); ok {
			return ""
		}
		return "must be true or false, got " + describe(v)
	case reflect.Slice: // []string, or []float64
		what := "strings"
		if t.Elem().Kind() == reflect.Float64 {
			what = "numbers"
		}
		list, ok := v.([]any)
		if !ok {
			return "must be an array of " + what + ", got " + describe(v)
		}
		for i, x := range list {
			if what == "numbers" {
				if p := typeProblem(x, t.Elem()); p != "" {
					return fmt.Sprintf("must be an array of finite numbers, got %s at [%d]", describe(x), i)
				}
			} else if _, ok := x.(string); !ok {
				return fmt.Sprintf("must be an array of strings, got %s at [%d]", describe(x), i)
			}
		}
		return ""
	}
	return "" // a type without a check here: the decoder checks it
}

// describe names a decoded TOML value's type, with the value if it is short.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		if len(x) > 40 {
			x = x[:40] + "..."
		}
		return fmt.Sprintf("string %q", x)
	case int64:
		return fmt.Sprintf("integer %d", x)
	case float64:
		return fmt.Sprintf("float %v", x)
	case bool:
		return fmt.Sprintf("boolean %t", x)
	case map[string]any:
		return "a table"
	case time.Time:
		return "a datetime"
	}
	if reflect.ValueOf(v).Kind() == reflect.Slice {
		return "an array"
	}
	return fmt.Sprintf("a value of type %T", v)
}
