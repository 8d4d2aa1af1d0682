package sim

import (
	"math"
	"slices"

	"entente/agents"
)

// A state at war spends what its war demands. In peace the budget rule
// answers the threat a state deters, with a small elasticity from its own
// level; a war is fought, and the demand literature's war dummies are
// among its largest effects (Smith 1995; Nordhaus, Oneal & Russett 2012,
// International Organization 66(3): actual conflict raises spending beyond
// what the threat environment predicts). What a side must spend is set by
// what the other side spends: Japan's share of 1904–05 (12.7 % and 14.0 %
// of GDP) was about Russia's military spending over Japan's GDP, Greece's
// and the Ottoman Empire's of 1913 (12.9 % and 10.5 %) their enemies' over
// their own, Ukraine's of 2023 Russia's over Ukraine's. A side matches
// the other side's spending in proportion to its members' incomes,
//
//	s_war = ω_w·Σ_{j ∈ enemy side} B_j / Σ_{m ∈ own side} Y_m,
//
// so that a great power fighting a small state (the United States against
// Spain in 1898, the UN Command against China in Korea) needs little, and
// a small state fighting a great power nearly all it can raise (s_max).
// A belligerent also pays its own war's costs, whatever its enemy spends:
// its desire is at least (1 + ε_w) times its peace desire s* (Russia
// tripled its share against the Ottoman Empire in 1877 and against Japan
// in 1905, the United States doubled its against Spain in 1898):
//
//	s_war = min(s_max, max(min(ω_w·ΣB_enemy/ΣY_own, s̄_w), (1 + ε_w)·s*)).
//
// The matching stops at s̄_w (war_cap, 15 % of GDP): a state outspent
// beyond its means does not try to close the gap with money (warNeed says
// what the data show).
//
// A war raises a state's desired share to s_war, never lowers it, and only
// for the part of the tick at war: a budget is a year's spending, and a
// war of thirty days (Greece and the Ottoman Empire, 1897) is a twelfth of
// a year's. The share then moves toward the desired one at the budget
// rule's speed λ, in war as in peace.
//
// What a war adds to a budget is consumed by the war: munitions fired,
// equipment lost, armies raised and disbanded. The stock of forces that
// deters after the peace grows only with the share's peace path, the share
// the state would have spent without the war (relaxed toward the peace
// rule's desire at the same speed; the excess decays by (1 − λ) a year
// after the fighting, as demobilisation). Without it China's forces of 1955,
// built by three years at war in Korea, would be those of a great power,
// and every war would leave its belligerents better armed than before.
// The debt the war leaves counts the whole budget.

// sumWars totals, at the start of phase 4, each war's sides' GDP and
// military spending over their active states, so that every belligerent
// matches the budgets of the same snapshot whatever the order of the
// nations. The spending a side matches is the enemy's over the last year
// (its ticks' mean): a budget is a year's, voted on a year's intelligence
// of the enemy's effort. Matching the last tick's instead made two sides
// at war outbid each other once per tick, so that the spiral of a long war
// climbed by (1 + (ω_w − 1)·λ_tick) per tick, 1.36 a year at one tick a
// year and 1.91 and 2.25 at four and twelve (the Iran–Iraq war drove both
// to a quarter of their GDP at four ticks a year, a tenth at one); over
// the last year's mean it climbed by 1.36, 1.45 and 1.46, and over a year
// a year old in the middle (spendYear) it climbs alike at every tick
// length.
func (w *World) sumWars() {
	w.yearSpend.record(w.nations, w.cfg.TicksPerYear)
	for k := range w.wars {
		x := &w.wars[k]
		for s, side := range [2][]int{x.a, x.b} {
			x.income[s], x.spend[s], x.standing[s] = 0, 0, 0
			for _, j := range side {
				if n := &w.nations[j]; n.Active {
					x.income[s] += n.GDP
					x.spend[s] += w.yearSpend.mean(j)
					x.standing[s] += w.peaceSpend(j)
				}
			}
		}
	}
}

// peaceSpend is nation i's spending on its peace path: its share without
// what a war consumes (its war part), times its GDP. It is what deters and
// what allies follow; the war part is the war's.
func (w *World) peaceSpend(i int) float64 {
	n := &w.nations[i]
	return max(0, n.Share-w.warPart[i]) * n.GDP
}

// warShare is the share nation i desires given its peace-time desire
// peace: over the wars it fights this tick, the largest peace + f·(s_war −
// peace)⁺, f the part of the tick at war (from sumWars' totals), s_war
// the war's demand (warNeed): the larger of the enemy side's matching,
// held to war_cap, and the state's own war costs.
// Each war keeps the largest lesson it taught i (its peak, for
// displacement.go).
func (w *World) warShare(i int, peace float64) (float64, warDemand) {
	var why warDemand
	if len(w.wars) == 0 || ((w.p.WarMatch <= 0 || w.p.WarCap <= 0) && w.p.WarEffort <= 0) {
		return peace, why
	}
	share := peace
	for k := range w.wars {
		x := &w.wars[k]
		f := w.partAtWar(*x)
		if f <= 0 {
			continue
		}
		own, at := 0, slices.Index(x.a, i)
		if at < 0 {
			if own, at = 1, slices.Index(x.b, i); at < 0 {
				continue
			}
		}
		if x.income[own] <= 0 {
			continue
		}
		match := w.p.WarMatch * x.spend[1-own] / x.income[own]
		need := w.warNeed(match, i, peace)
		if s := peace + f*max(0, need-peace); s > share {
			share = s
			why = warDemand{set: true, war: k, side: own, match: match, part: f}
		}
		if w.p.WarRatchet > 1 && peace > 0 {
			x.peak[own][at] = max(x.peak[own][at], w.warLesson(x, own, i, peace))
		}
	}
	return share, why
}

// warNeed is the share a war asks of nation i, whose peace-time desire is
// peace, when its side's matching of the enemy's spending asks match: the
// matching held to s̄_w (war_cap), or its own war's costs (1 + ε_w)·s* if
// larger, within its ceiling s_max.
//
// The matching is held because history's belligerents did not match an
// enemy that outspent them beyond their means. Over the built-in eras'
// wars and reference shares (go run ./scripts/warshares), a state's share
// in a year of war does not rise with how far its enemies' spending
// exceeded it: the slope of the log of its war-year share over its
// pre-war share on the log of the matching over that share is −0.015 in
// the 69 state-years in which the matching asked more than 1.2 times the
// pre-war share. Of the 25 state-years of states that entered their wars
// below 10 % of GDP and were asked more than 15 %, the median share is
// 6.1 % and the largest 14.0 % (Japan in 1905), Kuwait's 48.5 % of 1990
// apart (the share of a GDP collapsed under occupation): North Vietnam
// fought the United States at 7–13 % where the matching asked thirty
// times its economy.
func (w *World) warNeed(match float64, i int, peace float64) float64 {
	return min(max(min(match, w.p.WarCap), (1+w.p.WarEffort)*peace), w.nations[i].Policy.MaxShare)
}

// warDemand is the war that raised a nation's desired share above its
// peace rule's, for readers (why.go): war k of w.wars, the nation's side,
// the enemy side's spending matched (ω_w·ΣB/ΣY) and the part of the tick
// at war (its own war's costs, (1 + ε_w)·s*, follow from the peace rule's
// desire).
type warDemand struct {
	set         bool
	war, side   int
	match, part float64
}

// warExcess is the part of n's new share that the war consumes: the
// share the rule set (ruled) above its peace path, the path before this
// tick moved toward the peace rule's desire peace as the share would have
// moved without a war, and no more than n's share above that path (0 when
// the share is on it or below). A steered nation's share replaces the
// rule's, and what it spends above the path in peace is its own choice,
// which builds forces: only the rule's war excess is consumed.
func (w *World) warExcess(n *agents.Nation, path, peace, ruled float64) float64 {
	onPath := agents.Relax(path, peace, n.Policy.Adjustment, w.dt)
	if x := min(ruled, n.Share) - onPath; x > 1e-12 {
		return x
	}
	return 0
}

// partAtWar is the part of this tick, [tick·dt, (tick+1)·dt) in years from
// the run's start, that war x's fighting covers (phase 4 sees no war that
// has ended: endWars pruned them in phase 1, and the fighting ends within
// the war's last tick).
func (w *World) partAtWar(x war) float64 {
	start := float64(w.tick) * w.dt
	end := start + w.dt
	return max(0, math.Min(end, x.to)-math.Max(start, x.from)) / w.dt
}

// spendYear holds each nation's military spending at its last ticks: a
// ring of slots per nation, a year's ticks and the lag before them.
//
// The spending a side matches is a year's, and a year old in the middle:
// at one tick a year the last tick's (the year before the one the budget
// is for). At twelve ticks a year the last twelve ticks' would be half a
// year old in the middle, and the spiral of a long war would climb faster
// the shorter the tick (1.36, 1.45 and 1.46 a year at one, four and twelve
// ticks; the Iran–Iraq war took Iraq to 12 % of GDP by 1988 at one tick and
// to 20 % at twelve). So the year matched ends lag ticks back, lag = (per −
// 1)/2 rounded: a year centred a year before the tick's middle at every
// tick length.
type spendYear struct {
	ring []float64 // nation i's slots at [i·size, (i+1)·size)
	per  int       // ticks a year: the slots a mean reads
	size int       // slots per nation: per + the lag
	next int       // the slot the next record writes (after it, the oldest)
}

// spendLag is the ticks between the year a war matches and the tick.
func spendLag(per int) int { return int(math.Round(float64(per-1) / 2)) }

// record writes every nation's budget of this tick into the ring. The first
// record fills a nation's slots with it: before the run, its spending is
// taken to be the start's.
func (y *spendYear) record(nations []agents.Nation, perYear int) {
	per := max(perYear, 1)
	size := per + spendLag(per)
	if y.per != per || len(y.ring) != len(nations)*size {
		*y = spendYear{ring: make([]float64, len(nations)*size), per: per, size: size}
		for i := range nations {
			b := nations[i].Budget()
			for k := range size {
				y.ring[i*size+k] = b
			}
		}
	} else {
		for i := range nations {
			y.ring[i*size+y.next] = nations[i].Budget()
		}
	}
	y.next = (y.next + 1) % size
}

// mean is nation i's mean spending over the year that ends its lag before
// this tick: the per oldest of its slots (summed afresh: at one tick a year
// it is the tick's budget exactly).
func (y *spendYear) mean(i int) float64 {
	s, slots := 0.0, y.ring[i*y.size:(i+1)*y.size]
	for k := range y.per {
		s += slots[(y.next+k)%y.size]
	}
	return s / float64(y.per)
}
