package sim

import (
	"errors"
	"fmt"
	"reflect"

	"entente/agents"
)

// Live constants: the few [model] keys a running world may change between
// ticks (a classroom's sliders). Every other constant stays as the run
// copied it. A change takes effect from the next Step.
//
// The per-nation policy constants (k, f, alpha, psi0) may be set nation by
// nation in a scenario, so a change scales every nation's own value, as
// the run began, by new/default: a nation that kept the default follows the
// slider exactly, one with its own value keeps its ratio to the default.
var liveKeys = []string{"k", "f", "tau0", "alpha", "psi0", "chi", "w2", "share_rise"}

// LiveParamKeys returns the [model] keys SetLiveParam accepts, in display order.
func LiveParamKeys() []string { return append([]string(nil), liveKeys...) }

// LiveParam returns the current value of a live constant.
func (w *World) LiveParam(key string) (float64, error) {
	f, err := paramField(&w.p, key)
	if err != nil {
		return 0, err
	}
	return f.Float(), nil
}

// SetLiveParam changes a live constant from the next tick on. The value is
// checked by Params.Validate like a scenario's.
func (w *World) SetLiveParam(key string, value float64) error {
	next := w.p
	f, err := paramField(&next, key)
	if err != nil {
		return err
	}
	old := f.Float()
	f.SetFloat(value)
	if errs := next.Validate(); len(errs) > 0 {
		return errors.Join(errs...)
	}
	if field := policyField(key); field != nil {
		base := w.baseline(key, old, field)
		for i := range w.nations {
			*field(&w.nations[i].Policy) = base.value(i, value, key == "psi0")
		}
	}
	if key == "tau0" { // as a target event for every alliance
		w.initTarget = value
		for _, a := range w.alliances {
			if !a.Dissolved {
				a.Target = value
			}
		}
	}
	w.p = next
	return nil
}

// liveBaseline is a per-nation constant as the run began: the default and
// each nation's own value. Every change is computed from it, not from the
// last change, so moving a slider to 0 and back, or past a bound and
// back, restores every nation's value.
type liveBaseline struct {
	param  float64
	values []float64
}

// value is nation i's value when the default is set to v: its own value
// scaled by v over the old default (a nation on the default follows v
// exactly), or, when the old default was 0, v for the nations on it and
// their own value for the others. Privateness is a share: at most 1.
func (b *liveBaseline) value(i int, v float64, share bool) float64 {
	x := b.values[i]
	switch {
	case b.param != 0:
		x *= v / b.param
	case x == 0:
		x = v
	}
	if share {
		x = min(x, 1)
	}
	return x
}

// baseline returns the live constant's baseline, taken at its first change.
func (w *World) baseline(key string, param float64, field func(*agents.Policy) *float64) *liveBaseline {
	if b, ok := w.liveBase[key]; ok {
		return b
	}
	if w.liveBase == nil {
		w.liveBase = map[string]*liveBaseline{}
	}
	b := &liveBaseline{param: param, values: make([]float64, len(w.nations))}
	for i := range w.nations {
		b.values[i] = *field(&w.nations[i].Policy)
	}
	w.liveBase[key] = b
	return b
}

// policyField returns the per-nation policy field of a live constant, or
// nil for one that is not per nation.
func policyField(key string) func(*agents.Policy) *float64 {
	switch key {
	case "k":
		return func(p *agents.Policy) *float64 { return &p.Reactivity }
	case "f":
		return func(p *agents.Policy) *float64 { return &p.FiscalBrake }
	case "alpha":
		return func(p *agents.Policy) *float64 { return &p.Generosity }
	case "psi0":
		return func(p *agents.Policy) *float64 { return &p.Privateness }
	}
	return nil
}

// ThreatFrom returns the part of nation i's threat that came from nation l
// in the last tick (t_il of the perception phase, focused: focus.go): what an
// observer needs to say whom an alliance stands against.
func (w *World) ThreatFrom(i, l int) float64 { return w.threats.At(i, l) }

// paramField finds the field of p whose toml tag is key, if it is live.
func paramField(p *Params, key string) (reflect.Value, error) {
	live := false
	for _, k := range liveKeys {
		live = live || k == key
	}
	if !live {
		return reflect.Value{}, fmt.Errorf("model.%s: not a live constant (live: %v)", key, liveKeys)
	}
	v := reflect.ValueOf(p).Elem()
	for i := range v.NumField() {
		if v.Type().Field(i).Tag.Get("toml") == key {
			return v.Field(i), nil
		}
	}
	panic("sim: live key without a Params field: " + key)
}
