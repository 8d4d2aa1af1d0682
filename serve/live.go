package serve

import (
	"fmt"
	"reflect"

	"entente/sim"
)

// liveParam is a live slider: a [model] constant the page may change while
// the run plays (sim.World.SetLiveParam).
type liveParam struct {
	Key     string  `json:"key"`
	Label   string  `json:"label"`
	Help    string  `json:"help"` // the constant's own help text, from sim.Params
	Unit    string  `json:"unit"`
	Min     float64 `json:"min"`
	Max     float64 `json:"max"`
	Step    float64 `json:"step"`
	Percent bool    `json:"percent"` // shown as a percentage
}

// liveParams are the sliders, in sim.LiveParamKeys' order. The ranges are
// what a class may explore: wide enough to break the model's equilibria
// (k = 2 runs an arms race away), all within Params.Validate's bounds.
var liveParams = func() []liveParam {
	ranges := map[string]liveParam{
		"k":     {Label: "threat reactivity", Max: 8, Step: 0.01, Percent: true},
		"f":     {Label: "fiscal sensitivity", Max: 0.1, Step: 0.001, Percent: true},
		"tau0":  {Label: "alliance target", Max: 0.1, Step: 0.0025, Percent: true},
		"alpha": {Label: "aid generosity", Max: 0.1, Step: 0.001, Percent: true},
		"psi0":  {Label: "privateness of defence", Max: 1, Step: 0.01},
		"chi":   {Label: "entrapment", Max: 1, Step: 0.01},
		"w2":    {Label: "weight of burden gaps on cohesion", Max: 2, Step: 0.01},
		// 0 lifts the bound: a share then moves at the budget rule's speed alone.
		"share_rise": {Label: "fastest budget rise in a year of peace", Max: 2, Step: 0.01, Percent: true},
	}
	t := reflect.TypeFor[sim.Params]()
	var out []liveParam
	for _, k := range sim.LiveParamKeys() {
		p, ok := ranges[k]
		if !ok {
			panic("serve: no slider for live constant " + k)
		}
		p.Key = k
		for i := range t.NumField() {
			if f := t.Field(i); f.Tag.Get("toml") == k {
				p.Help, p.Unit = f.Tag.Get("help"), f.Tag.Get("unit")
			}
		}
		out = append(out, p)
	}
	return out
}()

func liveLabel(key string) string {
	for _, p := range liveParams {
		if p.Key == key {
			return p.Label + " (" + key + ")"
		}
	}
	return key
}

func liveFormat(key string, v float64) string {
	for _, p := range liveParams {
		if p.Key == key && p.Percent {
			return fmt.Sprintf("%.3g %% of GDP", v*100)
		}
	}
	return fmt.Sprintf("%.3g", v)
}
