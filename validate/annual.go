package validate

import (
	"math"
	"sort"
)

// A defence share in the data is a year's spending over the year's GDP: a
// flow. At one tick a year a tick is the year; at four or twelve, the
// year's spending is the sum of its ticks' budgets, and its share the
// GDP-weighted mean of the ticks' shares. Reading the year's last tick
// instead would judge a war fought from February to September of a year
// (Japan, 1905) by its December, after the war's spending was over, and
// make the budget targets depend on the tick length for no reason of the
// model's. Alliances and blocs are states, read at the year's last tick
// (Record.Tick).

// yearTicks are the first and last ticks whose calendar time falls in year
// (first > last when none does). A run's years rise tick by tick, so both
// are found by bisection: every target asks for them, state by state and
// year by year.
func (r *Record) yearTicks(year int) (first, last int) {
	first = sort.Search(len(r.Years), func(k int) bool { return math.Floor(r.Years[k]) >= float64(year) })
	last = sort.Search(len(r.Years), func(k int) bool { return math.Floor(r.Years[k]) > float64(year) }) - 1
	if first > last {
		return len(r.Years), -1
	}
	return first, last
}

// annualBudget is nation i's spending and GDP summed over the ticks of year
// in which it is in the system (in a tick's units: the ratio is what
// matters).
func (r *Record) annualBudget(i, year int) (spend, gdp float64) {
	first, last := r.yearTicks(year)
	return r.budgetOver(i, first, last)
}

// budgetOver is annualBudget over the ticks first to last.
func (r *Record) budgetOver(i, first, last int) (spend, gdp float64) {
	for t := first; t <= last; t++ {
		if n := r.Nations[t][i]; n.Active {
			spend += n.Share * n.GDP
			gdp += n.GDP
		}
	}
	return spend, gdp
}

// share is a state's defence share of a year: its spending over its GDP
// summed over the year's ticks, for a state in the system at the year's
// end (false otherwise).
func share(r *Record, state string, year int) (float64, bool) {
	first, t := r.yearTicks(year)
	i := r.Index(state)
	if t < 0 || i < 0 || !r.Nations[t][i].Active {
		return 0, false
	}
	spend, gdp := r.budgetOver(i, first, t)
	if gdp <= 0 {
		return r.Nations[t][i].Share, true
	}
	return spend / gdp, true
}

// Share is a state's defence share of a year as the targets read it: its
// spending over its GDP summed over the year's ticks, for a state in the
// system at the year's end (false otherwise).
func (r *Record) Share(state string, year int) (float64, bool) { return share(r, state, year) }
