package sim

import (
	"errors"
	"fmt"
	"reflect"
)

// Live constants: the few [model] keys a running world may change between
// ticks (a classroom's sliders). Every other constant stays as the run
// copied it. A change takes effect from the next Step.
//
// The per-nation policy constants (k, f, alpha, psi0) may be set nation by
// nation in a scenario, so a change scales every nation's own value by
// new/old: a nation that kept the default follows the slider exactly, one
// with its own value keeps its ratio to the default.
var liveKeys = []string{"k", "f", "tau0", "alpha", "psi0", "chi", "w2"}

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
	scale := func(x float64) float64 {
		if old == 0 {
			return value
		}
		return x * value / old
	}
	for i := range w.nations {
		pol := &w.nations[i].Policy
		switch key {
		case "k":
			pol.Reactivity = scale(pol.Reactivity)
		case "f":
			pol.FiscalBrake = scale(pol.FiscalBrake)
		case "alpha":
			pol.Generosity = scale(pol.Generosity)
		case "psi0":
			pol.Privateness = min(scale(pol.Privateness), 1)
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

// ThreatFrom returns the part of nation i's threat that came from nation l
// in the last tick (t_il = W_il·K_l of the perception phase): what an
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
