package sim

// A budget answers the threat perceived when it was drawn up. A year's
// defence budget is prepared, voted and appropriated in the year before
// it is spent (Wildavsky 1964 on the annual cycle; the United States'
// budget for a fiscal year goes to Congress some eight months before the
// year begins), so the threat a state's share answers in a tick is the one
// it perceived budget_lag years before. The Crimea shocks of March 2014
// moved the budgets of 2015, not of 2014: Poland's share was 1.72 % in
// 2013 and 1.85 % in 2014 by NATO's figures, under a law that sets its
// budget on the previous year's GDP. What a crisis costs at once is voted
// as a supplementary budget for a war, which the model pays at once
// (warbudget.go: a war's demand is not lagged). The lag is a span of
// years, the same history at any tick length: at one tick a year the
// threat of the tick before, at twelve that of twelve ticks before. A
// state's first budgets, before the lag has passed, answer the first
// threat it perceived (MODEL-NOTES, "A budget answers the threat of the
// year it was drawn up").

// budgetLag keeps, per nation, the threats its budgets answered over the
// last L ticks and this one: its own and its alliances' (allianceThreat).
type budgetLag struct {
	ticks int       // L, the lag in ticks (0: none)
	seen  []int     // per nation: the ticks recorded
	past  []float64 // per nation, L + 1 slots of (threat, alliance threat), by tick mod (L + 1)
}

// laggedThreats records nation i's threat and alliance threat of this tick
// and returns those of L ticks before (the oldest recorded while fewer
// have passed). A lag of another number of ticks (budget_lag set between
// ticks, as a test may) starts every nation's record again.
func (w *World) laggedThreats(i int, threat, allied float64) (float64, float64) {
	lag := 0
	if w.p.BudgetLag > 0 {
		lag = w.ticksOf(w.p.BudgetLag)
	}
	b := &w.budgetLag
	if lag != b.ticks || len(b.seen) != len(w.nations) {
		*b = budgetLag{ticks: lag, seen: make([]int, len(w.nations)), past: make([]float64, len(w.nations)*(lag+1)*2)}
	}
	if lag == 0 {
		return threat, allied
	}
	slots := b.past[i*(lag+1)*2 : (i+1)*(lag+1)*2]
	k := b.seen[i] % (lag + 1)
	slots[2*k], slots[2*k+1] = threat, allied
	b.seen[i]++
	old := 0
	if b.seen[i] > lag {
		old = b.seen[i] % (lag + 1)
	}
	return slots[2*old], slots[2*old+1]
}
