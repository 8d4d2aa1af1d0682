package sim

// A new pact of two is the stronger founder's guarantee of the weaker. Its
// admission test asks of each founder how far it helps against what its
// partner fears from the pact's adversaries (scope.go, kappaIn); the
// stronger must pass it (a guarantor opposes what its protégé fears and
// reaches it), the weaker need not. What the weaker's forces add to the
// stronger's security, and what the stronger gains by protecting it, are
// in the stronger's value, which must still exceed v_form; the weaker pays
// in autonomy (Morrow 1991, "Alliances and asymmetry": an asymmetric
// alliance trades the small partner's autonomy for the large partner's
// protection, not capability for capability). Half the treaties of two are
// of that kind, the weaker's help too small for a test of it to matter: of
// ATOP's defence and offence pacts founded by two whose founders' military
// expenditure NMC gives for the year they began, the weaker's share of the
// two's is below a tenth in 81 of 162 (below a twentieth in 72;
// cmd/scenariogen, TestMostTreatiesOfTwoAreLopsided), the United States'
// treaties with Japan, South Korea and the Philippines among them. Asked
// of Japan, the test held back its treaty with the United States in East
// Asia 1950–1990 (MODEL-NOTES, "A treaty of two is the stronger's
// guarantee"). A candidate to a larger pact still passes the test itself:
// the members that could not use its help would owe it a defence.

// protege reports whether i is the weaker founder of a new pact with j,
// its forces below j's: its admission test is waived. Founders of equal
// forces both pass theirs.
func (w *World) protege(i, j int) bool {
	return w.capVec.AtVec(i) < w.capVec.AtVec(j)
}

// founderAdmitted reports whether founder i of a new pact with j passes
// its admission test, v its valuation of the pact: i is the protégé, or it
// is admitted as any candidate is (admitted).
func (w *World) founderAdmitted(i, j int, v valuation) bool {
	return w.protege(i, j) || w.admitted(v)
}
