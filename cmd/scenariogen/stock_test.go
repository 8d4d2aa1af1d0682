package main

import (
	"strings"
	"testing"
)

func TestAccumulate(t *testing.T) {
	d := toy() // F = 2
	d.milex[key{"XXX", 1945}] = 10e6
	d.milex[key{"XXX", 1946}] = 5e6
	d.milex[key{"XXX", 1947}] = 1e6 // the start year itself does not count
	k, first := d.accumulate([]stockRange{{"XXX", 0, 9999}}, 1947)
	approx(t, "stock", k, 0.92*20+10)
	if first != 1945 {
		t.Errorf("first = %d, want 1945", first)
	}
	k, _ = d.accumulate([]stockRange{{"XXX", 1946, 9999}}, 1947)
	approx(t, "stock from 1946", k, 10)
}

func TestCapabilityBounds(t *testing.T) {
	d := toy()
	d.milex[key{"XXX", 1946}] = 5e6 // a stock of 10 in 1947
	s := nationSpec{id: "XXX", start: 1947, series: series{{from: 0, to: 9999, nmc: "XXX"}}}
	for _, c := range []struct {
		name               string
		gdp, share, growth float64
		want               float64
		says               string
	}{
		{"capped at the growth path's steady state", 10, 0.04, 0.03, 0.4 / (delta + 0.03), "capped"},
		{"a decline counts as no growth", 10, 0.04, -0.02, 0.4 / delta, "capped"},
		{"raised to one year's budget", 1000, 0.02, 0.03, 20, "raised"},
		{"kept", 100, 0.05, 0.03, 10, "between"},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := d.capability(s, c.gdp, c.share, c.growth)
			approx(t, "capability", n.v, c.want)
			if !strings.Contains(n.src, c.says) || !strings.Contains(n.src, "1946–1946") {
				t.Errorf("source %q does not say %q and the years", n.src, c.says)
			}
		})
	}
	none := nationSpec{id: "NON", start: 1947, series: series{{from: 0, to: 9999, nmc: "NON"}}}
	if n := d.capability(none, 10, 0, 0.03); n.v != 0 || !strings.Contains(n.src, "no armed forces") {
		t.Errorf("no spending at all: %+v", n)
	}
}
