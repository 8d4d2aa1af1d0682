package validate

import "fmt"

// A model that only keeps the pacts it was given scores as well as the
// baseline "alliances of the start persist", and in an era of few changes
// that baseline is hard to beat: its κ says how often, not where. The
// account against it sorts every pair-year of the co-membership span by
// what the start predicts and what history did, and says what the runs do
// in each class. Where history kept a start pact, a run that leaves it
// loses against the baseline; where history ended one, a run that ends it
// too gains; where history made a pact the start did not have, a run that
// makes it gains; where neither had a pact, a run that allies the pair
// loses. The runs' raw agreement with history exceeds the baseline's by
// exactly (gained − lost) over the pair-years: the account is where the
// skill of the κ row comes from, or goes.

// StartAccount is the runs' pair-years in each class, mean over the runs.
type StartAccount struct {
	// History kept a pact of the start: the runs keep it, or leave it.
	Kept float64 `json:"kept"`
	Left float64 `json:"left"`
	// History ended a pact of the start: the runs end it too, or hold it.
	Ended float64 `json:"ended"`
	Held  float64 `json:"held"`
	// History made a pact the start did not have: the runs make it, or
	// miss it.
	Made   float64 `json:"made"`
	Missed float64 `json:"missed"`
	// Neither the start nor history had the pair allied: the runs ally it
	// (invented), or do not (quiet).
	Invented float64 `json:"invented"`
	Quiet    float64 `json:"quiet"`
	// Losers are the pairs with the most pair-years lost (left or
	// invented), most first; at most accountPairs.
	Losers []PairLoss `json:"losers,omitempty"`
}

// PairLoss is one pair's pair-years lost against the baseline, mean over
// the runs.
type PairLoss struct {
	A        string  `json:"a"`
	B        string  `json:"b"`
	Left     float64 `json:"left"`
	Invented float64 `json:"invented"`
}

// accountPairs is how many of the pairs that lose most an account keeps.
const accountPairs = 5

// Gained is the pair-years the runs get right where the baseline is wrong.
func (a StartAccount) Gained() float64 { return a.Ended + a.Made }

// Lost is the pair-years the runs get wrong where the baseline is right.
func (a StartAccount) Lost() float64 { return a.Left + a.Invented }

// Total is every pair-year the account sorts.
func (a StartAccount) Total() float64 {
	return a.Kept + a.Left + a.Ended + a.Held + a.Made + a.Missed + a.Invented + a.Quiet
}

// AgainstStart sorts the pair-years of [from, to] (the last tick of each
// year, the pairs in the system then, as the κ rows read them) by start,
// the baseline's prediction, and history, and counts the runs' alliances
// in each class, mean over the records.
func AgainstStart(records []*Record, h *History, start Predictor, from, to int) StartAccount {
	var acc StartAccount
	if len(records) == 0 {
		return acc
	}
	ids := records[0].IDs
	n := len(ids)
	losses := make([]PairLoss, n*n)
	forPairYears(records, from, to, func(r *Record, t, y, i, j int) {
		model, hist, base := r.Allied(t, i, j), h.Allied(ids[i], ids[j], y), start(t, i, j)
		l := &losses[i*n+j]
		switch {
		case base && hist && model:
			acc.Kept++
		case base && hist:
			acc.Left++
			l.Left++
		case base && model:
			acc.Held++
		case base:
			acc.Ended++
		case hist && model:
			acc.Made++
		case hist:
			acc.Missed++
		case model:
			acc.Invented++
			l.Invented++
		default:
			acc.Quiet++
		}
	})
	runs := float64(len(records))
	for _, p := range []*float64{&acc.Kept, &acc.Left, &acc.Ended, &acc.Held, &acc.Made, &acc.Missed, &acc.Invented, &acc.Quiet} {
		*p /= runs
	}
	acc.Losers = worstPairs(ids, losses, func(l *PairLoss) float64 { return l.Left + l.Invented }, func(l *PairLoss, a, b string) {
		l.A, l.B, l.Left, l.Invented = a, b, l.Left/runs, l.Invented/runs
	})
	acc.Losers = acc.Losers[:min(accountPairs, len(acc.Losers))]
	return acc
}

// lines describe the account for WriteMisses: one line a class, the net,
// and the pairs that lose most.
func (a StartAccount) lines() []string {
	if a.Total() == 0 {
		return nil
	}
	out := []string{
		fmt.Sprintf("history kept a pact of the start   %8.0f: the runs keep %.0f, leave %.0f (lost)", a.Kept+a.Left, a.Kept, a.Left),
		fmt.Sprintf("history ended a pact of the start  %8.0f: the runs end %.0f (gained), hold %.0f", a.Ended+a.Held, a.Ended, a.Held),
		fmt.Sprintf("history made a pact anew           %8.0f: the runs make %.0f (gained), miss %.0f", a.Made+a.Missed, a.Made, a.Missed),
		fmt.Sprintf("allied in neither                  %8.0f: the runs ally %.0f (lost)", a.Invented+a.Quiet, a.Invented),
		fmt.Sprintf("gained %.0f, lost %.0f: agreement %+.4f against the baseline's", a.Gained(), a.Lost(), (a.Gained()-a.Lost())/a.Total()),
	}
	for _, l := range a.Losers {
		out = append(out, fmt.Sprintf("  %-9s lost %.1f pair-years (%.1f left, %.1f invented)", l.A+"–"+l.B, l.Left+l.Invented, l.Left, l.Invented))
	}
	return out
}
