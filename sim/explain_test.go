package sim

import (
	"strings"
	"testing"

	"entente/agents"
)

// The terms a log names add up to the value it gives: a candidate's
// community pull, which no term carries, is named; a value its terms make
// up alone names none.
func TestExplainAddsUpToTheValue(t *testing.T) {
	terms := agents.MembershipValue{Security: 0.12, Autonomy: 0.18, Commitment: 0.06}
	terms.Value = terms.Security - terms.Autonomy - terms.Commitment
	if got := explain(valuation{MembershipValue: terms}); strings.Contains(got, "pull") {
		t.Errorf("a value of its terms alone: %q names a pull", got)
	}
	drawn := terms
	drawn.Value += 0.36
	if got := explain(valuation{MembershipValue: drawn}); !strings.HasSuffix(got, ", a community's pull 0.36") {
		t.Errorf("a candidate drawn by a community: %q, want its pull of 0.36 named", got)
	}
}
