package main

import (
	"cmp"
	"fmt"
	"slices"
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
	if s.capital != nil {
		p, ok = *s.capital, true
	}
	if !ok {
		panic("no capital for " + s.id)
	}
	n := nation{
		id: s.id, name: s.name, region: s.region, note: s.note,
		lat:           num{p.lat, 2, "capital: " + p.capital + " (" + placesSource + ")"},
		lon:           num{p.lon, 2, "capital: " + p.capital},
		neutralSource: s.neutralSource,
		island:        cmp.Or(s.island, islands[s.id]), command: s.command, policy: s.policy, // islands: every era's rule (politics.go)
		debt: num{s.debt.v, 1, s.debt.src},
	}
	if r := cmp.Or(s.reach, reachAt(s.id, s.start)); r != nil { // global reach: every era's rule (politics.go)
		n.reach = &num{r.v, 0, r.src}
	}
	n.gdp = d.startGDP(s)
	n.share, n.shareYears = d.startShare(s)
	n.growth = d.trend(s, others)
	n.capability = d.capability(s, n.gdp.v, n.share.v, n.growth.v)
	n.regime = d.regime(s)
	n.source = "Maddison Project Database 2018; COW NMC 6.0; SIPRI (via OWID); Polity IV; IMF HPDD (see comments)"
	return n
}

// gdpLabel names the Maddison series a span stands for.
func gdpLabel(sp span, y int) string {
	if sp.perHead != nil {
		return fmt.Sprintf("Maddison 2018: GDP %s, %d", spanName(sp), y)
	}
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
			return num{g, 1, d.judged(s.series, src, y)}
		}
	}
	panic(fmt.Sprintf("%s: no GDP within %d years of %d", s.id, lookAhead, s.start))
}

// startYears is how many years a start share is the median of: a war or
// a demobilisation in the start year (France and Germany in 1871, the
// United States in 1947) does not set a state's level.
const startYears = 3

// startShare is the median of the defence shares of the first startYears
// years with a figure from the first year in the system on (a SIPRI share,
// or NMC milex and Maddison GDP).
func (d *dataset) startShare(s nationSpec) (num, []int) {
	type fig struct {
		y  int
		sh share
	}
	// first collects the first startYears figures, skipping the years
	// skip names (and listing those it skipped that had a figure).
	first := func(skip map[int]bool) (figs []fig, skipped []string) {
		for y := s.start; y <= s.start+lookAhead && len(figs) < startYears; y++ {
			if sh, ok := d.shareAt(s.series, y); ok {
				if skip[y] {
					skipped = append(skipped, fmt.Sprint(y))
					continue
				}
				figs = append(figs, fig{y, sh})
			}
		}
		return figs, skipped
	}
	figs, atWar := first(s.fought)
	warThroughout := false
	if len(figs) == 0 && len(atWar) > 0 { // at war throughout: its war years, then
		figs, _ = first(nil)
		atWar, warThroughout = nil, true
	}
	if len(figs) == 0 {
		panic(fmt.Sprintf("%s: no defence share within %d years of %d", s.id, lookAhead, s.start))
	}
	sorted := slices.Clone(figs)
	slices.SortStableFunc(sorted, func(a, b fig) int { return cmp.Compare(a.sh.value, b.sh.value) })
	m := sorted[(len(sorted)-1)/2]
	sp, _ := s.series.at(m.y)
	var src string
	if m.sh.sipri {
		src = fmt.Sprintf("SIPRI military expenditure %% of GDP, %d", m.y)
	} else {
		src = fmt.Sprintf("NMC milex %d × F(%d) = %.2f / GDP %d", m.y, m.y, d.factor(m.y), m.y)
		if sp.part != 0 {
			src += fmt.Sprintf(" (%s × %.2f)", sp.gdp, sp.part)
		}
	}
	years := make([]string, len(figs))
	for k, f := range figs {
		years[k] = fmt.Sprintf("%d: %.4f", f.y, f.sh.value)
	}
	src += fmt.Sprintf("; the median of %s", strings.Join(years, ", "))
	if len(atWar) > 0 {
		src += fmt.Sprintf(" (%s: at war, not used)", strings.Join(atWar, ", "))
	} else if warThroughout {
		src += " (at war in every year searched: war years used)"
	} else if figs[0].y != s.start {
		src += fmt.Sprintf(" (no figure for %d)", s.start)
	}
	if e, bad := nmcExcluded(sp.nmc, s.start); bad && figs[0].y != s.start {
		src += fmt.Sprintf(" (NMC %d–%d not used: data error)", e.from, e.to)
	}
	if len(d.standInAt(s.series, m.y)) > 0 {
		src += " (GDP: the stand-in of the gdp line)"
	}
	used := make([]int, len(figs))
	for k, f := range figs {
		used[k] = f.y
	}
	return num{m.sh.value, 4, src}, used
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
	// The steps of territory are not growth (territory.go): the trend is
	// the other years'.
	steps := d.territorySteps(s, s.growthFrom, s.growthTo)
	g := withoutSteps(g1/g0, s.growthTo-s.growthFrom, steps)
	var stepped []string
	for _, st := range steps {
		stepped = append(stepped, itoa(st.year))
	}
	what := sp.gdp + " GDP"
	if sp.perHead != nil {
		what = "GDP (" + gdpLabel(sp, s.growthTo)[len("Maddison 2018: "):] + ")"
		what = strings.Replace(what, fmt.Sprintf(", %d)", s.growthTo), ")", 1)
		// The state's territory changed between the two years (the
		// Netherlands without Belgium from 1831): name both.
		if sp0, ok := s.series.at(s.growthFrom); ok && sp0.perHead != nil && !slices.Equal(sp0.perHead, sp.perHead) {
			what = "GDP (" + gdpLabel(sp0, s.growthFrom)[len("Maddison 2018: "):] + "; " +
				gdpLabel(sp, s.growthTo)[len("Maddison 2018: "):] + ")"
		}
	}
	src := fmt.Sprintf("Maddison 2018: compound growth of %s %d–%d", what, s.growthFrom, s.growthTo)
	if len(stepped) > 0 {
		src += fmt.Sprintf(", without the years of its steps of territory (%s: events)", strings.Join(stepped, ", "))
	}
	return num{g, 4, d.judged(s.series, src, s.growthFrom, s.growthTo)}
}

// judged prefixes src with the stand-ins a number computed from the GDP of
// the given years rests on: it is then a judgement, and says why.
func (d *dataset) judged(ss series, src string, years ...int) string {
	var whys []string
	for _, y := range years {
		for _, si := range d.standInAt(ss, y) {
			if !slices.Contains(whys, si.why) {
				whys = append(whys, si.why)
			}
		}
	}
	if len(whys) == 0 {
		return src
	}
	return "judgement: " + strings.Join(whys, "; ") + "; " + src
}

// politySeries is the Polity code of a nation in year y: the COW stateabb
// of its NMC series then (Serbia is YUG, 345, in COW and Polity).
func (s nationSpec) politySeries(y int) string {
	if sp, ok := s.series.at(y); ok && sp.nmc != "" {
		return sp.nmc
	}
	return s.id
}

// regime is Polity2 in the first year in the system, or the first later
// year coded, or the spec's fact.
func (d *dataset) regime(s nationSpec) num {
	if s.regime != nil {
		return num{s.regime.v, 0, s.regime.src}
	}
	for y := s.start; y <= s.start+lookAhead; y++ {
		if v, ok := d.polity[key{s.politySeries(y), y}]; ok {
			src := fmt.Sprintf("Polity2 %d", y)
			if y != s.start {
				src += fmt.Sprintf(" (first year coded after %d)", s.start)
			}
			return num{v, 0, src}
		}
	}
	panic(fmt.Sprintf("%s: no Polity2 within %d years of %d", s.id, lookAhead, s.start))
}
