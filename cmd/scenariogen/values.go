package main

import (
	"fmt"
	"math"
	"strings"
)

// The numbers of a nation computed from the data, each with its source.

const (
	delta     = 0.08 // depreciation of the capability stock [1/yr]: MODEL.md's default δ
	stockFrom = 1900 // first year of NMC milex counted into a stock (0.92^47 ≈ 2 % weight left by 1947)
	lookAhead = 10   // years after the start searched for a first GDP or share figure
)

// build computes the written nation from its spec.
func (d *dataset) build(s nationSpec, others map[string]nationSpec) nation {
	p, ok := places[s.id]
	if !ok {
		panic("no capital for " + s.id)
	}
	n := nation{
		id: s.id, name: s.name, region: s.region, note: s.note,
		lat:        num{p.lat, 2, "capital: " + p.capital + " (" + placesSource + ")"},
		lon:        num{p.lon, 2, "capital: " + p.capital},
		camp:       s.camp,
		campSource: s.campSource, neutralSource: s.neutralSource,
		island: s.island, command: s.command, policy: s.policy,
		debt: num{s.debt.v, 1, s.debt.src},
	}
	if s.reach != nil {
		n.reach = &num{s.reach.v, 0, s.reach.src}
	}
	n.gdp = d.startGDP(s)
	n.share = d.startShare(s)
	n.growth = d.trend(s, others)
	n.capability = d.capability(s, n.gdp.v, n.share.v)
	n.regime = d.regime(s)
	n.source = "Maddison Project Database 2018; COW NMC 6.0; SIPRI (via OWID); Polity IV; IMF HPDD (see comments)"
	return n
}

// gdpLabel names the Maddison series a span stands for.
func gdpLabel(sp span, y int) string {
	if sp.part != 0 {
		return fmt.Sprintf("Maddison 2018: rgdpnapc × pop of %s, %d, × %.2f (Germany split, data README)", sp.gdp, y, sp.part)
	}
	return fmt.Sprintf("Maddison 2018: rgdpnapc × pop, %d", y)
}

// startGDP is the GDP in the first year in the system, or the first later
// year Maddison has.
func (d *dataset) startGDP(s nationSpec) num {
	for y := s.start; y <= s.start+lookAhead; y++ {
		if g, ok := d.gdpAt(s.series, y); ok {
			sp, _ := s.series.at(y)
			src := gdpLabel(sp, y)
			if y != s.start {
				src += fmt.Sprintf(" (no %d figure)", s.start)
			}
			return num{g, 1, src}
		}
	}
	panic(fmt.Sprintf("%s: no GDP within %d years of %d", s.id, lookAhead, s.start))
}

// startShare is the defence share in the first year in the system, or the
// first later year with a SIPRI share or NMC milex and Maddison GDP.
func (d *dataset) startShare(s nationSpec) num {
	for y := s.start; y <= s.start+lookAhead; y++ {
		sh, ok := d.shareAt(s.series, y)
		if !ok {
			continue
		}
		sp, _ := s.series.at(y)
		var src string
		if sh.sipri {
			src = fmt.Sprintf("SIPRI military expenditure %% of GDP, %d", y)
		} else {
			src = fmt.Sprintf("NMC milex %d × F(%d) = %.2f / Maddison GDP %d", y, y, d.factor(y), y)
			if sp.part != 0 {
				src += fmt.Sprintf(" (%s × %.2f)", sp.gdp, sp.part)
			}
		}
		if y != s.start {
			src += fmt.Sprintf("; first year with a figure after %d", s.start)
		}
		if e, bad := nmcExcluded(sp.nmc, s.start); bad && y != s.start {
			src += fmt.Sprintf(" (NMC %d–%d not used: data error)", e.from, e.to)
		}
		return num{sh.value, 4, src}
	}
	panic(fmt.Sprintf("%s: no defence share within %d years of %d", s.id, lookAhead, s.start))
}

// trend is the compound growth of GDP over [growthFrom, growthTo], or the
// mean of other nations' trends.
func (d *dataset) trend(s nationSpec, others map[string]nationSpec) num {
	if len(s.growthLike) > 0 {
		sum := 0.0
		for _, id := range s.growthLike {
			sum += d.trend(others[id], others).v
		}
		return num{sum / float64(len(s.growthLike)), 4, fmt.Sprintf("mean Maddison 2018 trend %d–%d of %s (data README)",
			s.growthFrom, s.growthTo, strings.Join(s.growthLike, ", "))}
	}
	g0, ok0 := d.gdpAt(s.series, s.growthFrom)
	g1, ok1 := d.gdpAt(s.series, s.growthTo)
	if !ok0 || !ok1 || g0 <= 0 {
		panic(fmt.Sprintf("%s: no GDP in %d or %d", s.id, s.growthFrom, s.growthTo))
	}
	sp, _ := s.series.at(s.growthTo)
	g := math.Pow(g1/g0, 1/float64(s.growthTo-s.growthFrom)) - 1
	return num{g, 4, fmt.Sprintf("Maddison 2018: compound growth of %s GDP %d–%d", sp.gdp, s.growthFrom, s.growthTo)}
}

// regime is Polity2 in the first year in the system, or the first later
// year coded, or the spec's fact.
func (d *dataset) regime(s nationSpec) num {
	if s.regime != nil {
		return num{s.regime.v, 0, s.regime.src}
	}
	for y := s.start; y <= s.start+lookAhead; y++ {
		if v, ok := d.polity[key{s.id, y}]; ok {
			src := fmt.Sprintf("Polity2 %d", y)
			if y != s.start {
				src += fmt.Sprintf(" (first year coded after %d)", s.start)
			}
			return num{v, 0, src}
		}
	}
	panic(fmt.Sprintf("%s: no Polity2 within %d years of %d", s.id, lookAhead, s.start))
}
