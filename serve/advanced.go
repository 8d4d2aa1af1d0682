package serve

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"entente/sim"
)

// constant is one of the model's other constants, set at Setup from the
// page's advanced panel.
type constant struct {
	Key    string `json:"key"`
	Symbol string `json:"symbol"`
	Unit   string `json:"unit"`
	Help   string `json:"help"`
	Range  string `json:"range"`
}

// constants are the [model] keys without a live slider, in
// `entente params` order.
var constants = func() []constant {
	live := sim.LiveParamKeys()
	var out []constant
	for _, p := range sim.ParamTable() {
		if !slices.Contains(live, p.Key) {
			out = append(out, constant{Key: p.Key, Symbol: p.Symbol, Unit: p.Unit, Help: p.Help, Range: p.Range})
		}
	}
	return out
}()

// modelValues are a scenario's values of the constants.
func modelValues(p sim.Params) map[string]float64 {
	out := map[string]float64{}
	for _, info := range sim.ParamTableOf(p) {
		for _, c := range constants {
			if c.Key == info.Key {
				out[c.Key] = info.Default
			}
		}
	}
	return out
}

// modelSets turns the advanced panel's values into overrides, in a fixed
// order; only the constants' keys, and finite numbers, pass (the loader
// then checks each against its range).
func modelSets(model map[string]float64) ([]string, error) {
	keys := make([]string, 0, len(model))
	for k := range model {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sets []string
	for _, k := range keys {
		v := model[k]
		if !slices.ContainsFunc(constants, func(c constant) bool { return c.Key == k }) {
			return nil, fmt.Errorf("no model constant %q in the advanced panel", k)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%s: not a number", k)
		}
		sets = append(sets, "model."+k+"="+strconv.FormatFloat(v, 'g', -1, 64))
	}
	return sets, nil
}
