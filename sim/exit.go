package sim

import (
	"cmp"
	"fmt"
	"slices"

	"entente/agents"
)

// exits: a member leaves after it has been at war with a stronger fellow
// member (fellowAtWar), or a rival of the pact's leader, or in another
// pact crossed with this one that it keeps (crossedBy: the one it joined
// last, or of two joined at once the one it values more), or its value of
// membership has stayed below v_exit − β_i·I − g (g: a start pact's
// member's entry gap, startpacts.go), or its fellow members' mean
// κ_ji below κ_stay·(1 − I) − g_κ (g_κ: its κ gap, startpacts.go), for exit_patience years (hysteresis keeps
// states from flapping in and out; I is the alliance's
// institutionalisation, 0 once it is strained). The κ test is what
// dissolves a bloc whose members' threat has turned against its leader.
// All members decide from the same snapshot; departures apply after.
func (w *World) exits() {
	patience := w.ticksOf(w.p.ExitPatience)
	type departure struct {
		a     *Alliance
		i     int
		cause string
	}
	var leaving []departure
	w.exitGen++                        // fellowSums' cache holds for this run
	shared := w.stayValuesSideBySide() // exitshare.go
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		// Institutions hold members while the alliance works: leaving
		// forfeits what it has built, and habits of consultation outlast a
		// fading threat (institutionsReach says whom they reach).
		lead := w.leader(a) // the same for every member: forces and members do not change here
		for k, i := range a.Members {
			enemy := w.fellowAtWar(i, a, lead)
			across := w.acrossTheRivalry(a, k, i, lead) // first: it clears the mark of a member that is no rival
			rival := !across && w.rivals(i, lead)
			// An organised pact holds a rival over territory or standing:
			// it counts no time as the leader's rival (institutions still do
			// not reach it).
			counted := rival && !w.heldByOrganisation(a, i, lead)
			hold, exitValue, kappaStay := w.stayLevels(i, a, k, lead, rival)
			// (Its admission κ is no test of staying: not computed.)
			// Its value of staying, or a bound on it that clears the exit
			// level (staybound.go): the rules below read no more of it,
			// but a crossing's tie (crossedBy) and a departure's cause do.
			v, exact := valuation{}, true
			if shared {
				v, exact = a.stayValues[k], a.stayExact[k]
			} else {
				v, exact = w.stayValueAbove(i, a, exitValue)
			}
			worth := func() float64 {
				if !exact {
					v, exact = w.stayValue(i, a), true
				}
				return v.Value + w.p.InstituteHold*hold + a.entryGap[k]
			}
			if v.Value < exitValue {
				a.lowValue[k]++
			} else {
				a.lowValue[k] = 0
			}
			// A member drifts out when its fellows do not oppose what it
			// fears from the pact's adversaries (its own view: a member
			// that fears none of them has no threat the pact fails to
			// meet, and institutions, value and cohesion decide then).
			if w.kappaOutBelow(i, a, kappaStay) { // kappaOut defined and below κ_stay
				a.lowKappa[k]++
			} else {
				a.lowKappa[k] = 0
			}
			if counted {
				a.lowRival[k]++
			} else {
				a.lowRival[k] = 0
			}
			cross := w.crossedBy(i, a, k, worth)
			if cross.other != nil {
				a.lowCross[k]++
			} else {
				a.lowCross[k] = 0
			}
			mark := len(leaving)
			switch {
			case enemy >= 0 && w.warYears(i, enemy) >= w.p.ExitPatience:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("at war with a fellow member, %s", w.nations[enemy].ID)})
			case a.lowRival[k] >= patience && i != lead:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("rival of the pact's leader, %s", w.nations[lead].ID)})
			case a.lowCross[k] >= patience:
				leaving = append(leaving, departure{a, i, cross.cause(w)})
			case a.lowKappa[k] >= patience:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("no common threat: fellow members' mean kappa toward its threat below %.2f", kappaStay)})
			case a.lowValue[k] >= patience:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("value %.2f < %.2f (%s)", v.Value, exitValue, explain(v))})
			}
			if w.allianceDecision(i) != nil { // steered: its decision, not the rule, says whether it leaves (steer.go)
				cause, leaves := w.steerExit(a, i, len(leaving) > mark)
				if leaving = leaving[:mark]; leaves {
					leaving = append(leaving, departure{a, i, cause})
				}
			}
		}
	}
	for _, d := range leaving {
		if d.a.Dissolved {
			continue
		}
		w.removeMember(d.a, d.i)
		w.log(Left, d.a, d.i, d.cause)
		if len(d.a.Members) < 2 {
			w.dissolve(d.a, "fewer than two members")
		}
	}
}

// crossing is another pact of a member's that crosses the one it is
// judged in: other is aimed at a fellow member m of this pact (σ > 0), or
// this pact is aimed at m, a member of other (aimedHere).
type crossing struct {
	other     *Alliance
	m         int
	aimedHere bool
}

// cause is the log's reason for leaving over the crossing (the classroom
// ticker reads the first form: serve/ticker.go).
func (c crossing) cause(w *World) string {
	if c.aimedHere {
		return fmt.Sprintf("aimed at %s, its ally in %s", w.nations[c.m].ID, c.other.ID)
	}
	return fmt.Sprintf("in %s, a pact aimed at a fellow member, %s", c.other.ID, w.nations[c.m].ID)
}

// crossedBy is the crossing for which member i (at position k) leaves a
// (other nil when there is none): another pact of i's crossed with a. No
// state stays long in two pacts aimed at each other, and the commitment it
// made last supersedes the one before: a state that makes a new alliance
// is likelier to abrogate an old one (Leeds & Savun 2007). The Soviet
// Union annulled its treaties with Britain (1942) and France (1944) in May
// 1955, as it founded the Warsaw Pact and once both were in a pact aimed
// at it. Between pacts it joined at once (the start's), i keeps the one
// it values more, worth giving what the exit rule weighs against v_exit:
// its value of staying with its institutions' hold and a start pact's
// entry gap (the value history showed and the model does not see),
// V + β_i·I + g, for a (asked only then: exits may hold no more than a
// bound on V, staybound.go). Prussia, in the German Confederation with
// Austria (1815) and in the Münchengrätz treaty with Russia (1833) that
// the model reads as aimed at Austria, kept the Confederation to 1866 and
// let the Russian treaty lapse by 1850 (ATOP). On a tie i leaves the pact
// with the state the other is aimed at. Of an organised pact of the start
// and one without an organisation, i keeps the organised one, whichever it
// joined last: members leave multilateral pacts with an organisation at a
// tenth of the rate of others (ATOP; heldByOrganisation), and Guinea,
// Sierra Leone and Côte d'Ivoire stayed in ECOWAS's protocol through the
// Liberian wars, as Jordan stayed in the Arab League.
func (w *World) crossedBy(i int, a *Alliance, k int, worth func() float64) crossing {
	for _, b := range w.memberships[i] {
		if b == a || b.Dissolved {
			continue
		}
		c := crossing{other: b, m: w.aimedAtAMember(b, a, i)} // b aimed at a fellow of i's in a
		if c.m < 0 {
			if c.m = w.aimedAtAMember(a, b, i); c.m < 0 { // a aimed at a member of b
				continue
			}
			c.aimedHere = true
		}
		if a.organised != b.organised { // it keeps the organised pact, whatever the dates
			if a.organised {
				continue
			}
			return c
		}
		kb := slices.Index(b.Members, i)
		here, joined := a.JoinedAt[k], b.JoinedAt[kb]
		if here < joined {
			return c
		}
		if here > joined {
			continue
		}
		mine, other := worth(), w.stayWorth(i, b, kb)
		if mine < other {
			return c
		}
		// An exact tie: i leaves the pact holding the state the other is
		// aimed at, and of two pacts each aimed at a member of the other,
		// the later made, so that it leaves one of them, never both.
		if mine == other && !c.aimedHere && (a.seq > b.seq || w.aimedAtAMember(a, b, i) < 0) {
			return c
		}
	}
	return crossing{m: -1}
}

// stayLevels are member i's (at position k) levels of staying in a, with
// its rivalry with the leader lead as the caller judged it: its
// institutions' hold, the value below which it leaves (v_exit − β_i·I −
// g, g a start pact's entry gap: startpacts.go) and the κ below which it
// drifts out (κ_stay·(1 − I) − g_κ). Exits, a crossing's worth and a
// reader's standing (why.go) all read them here.
func (w *World) stayLevels(i int, a *Alliance, k, lead int, rival bool) (hold, exitValue, kappaStay float64) {
	hold = w.institutionHold(i, a, lead, rival)
	return hold, w.p.ExitValue - w.p.InstituteHold*hold - a.entryGap[k], w.p.KappaStay*(1-hold) - a.kappaGap[k]
}

// institutionHold is how far a's institutions hold member i: I_A, or 0
// when they reach it not (institutionsReach), with i's rivalry with the
// leader as the caller judged it. Whatever i's regime: NATO held Greece's
// colonels, Portugal's Estado Novo and Turkey's juntas, and a pact is
// abrogated after a regime changes (Leeds & Savun 2007), not because it
// differs (MODEL-NOTES, "Institutions hold a member whatever its regime").
//
// An organised pact (a start pact with an organisation of its members)
// holds a member through its own change of regime and its leader's, in a
// pact not strained and to a member no rival of the leader: in ATOP and
// Polity, members leave multilateral pacts without an organisation at
// 6.0 % a year within three years of their regime's change of three points
// or more and at 0.5 % a year otherwise, but those with one at 0.3 % a year
// either way (TestAnOrganisationHoldsThroughAChangeOfRegime in
// cmd/scenariogen; Guinea stayed in ECOWAS's defence protocol after 1995;
// MODEL-NOTES, "An organisation holds a member through a change of
// regime"); an organisation's institutions are its own, whoever leads it.
// A new regime is still not drawn to a community (reachedLikeness asks
// institutionsReach alone).
func (w *World) institutionHold(i int, a *Alliance, lead int, rival bool) float64 {
	if w.institutionsStand(a, rival) && (a.organised || !w.unbound(i, lead)) {
		return a.Institution
	}
	return 0
}

// institutionsStand reports whether a's institutions act on a member at
// all: not in a strained alliance, not on a rival of its leader (below).
func (w *World) institutionsStand(a *Alliance, rival bool) bool {
	return a.snapshot >= w.p.StrainLevel && !rival
}

// aimedAtAMember is the first member of a, other than i, that b is aimed
// at (σ_B > 0), or −1.
func (w *World) aimedAtAMember(b, a *Alliance, i int) int {
	for _, m := range a.Members {
		if m != i && w.scopeAt(b, m) > 0 {
			return m
		}
	}
	return -1
}

// stayWorth is member i's (at position k) worth of staying in b,
// V + β_i·I + g, as exits weighs it.
func (w *World) stayWorth(i int, b *Alliance, k int) float64 {
	lead := w.leader(b)
	hold, _, _ := w.stayLevels(i, b, k, lead, !b.heldAcross(k, lead) && w.rivals(i, lead))
	v := w.valueOf(i, option{alliance: b, cohesion: b.snapshot, target: b.Target}, false)
	return v.Value + w.p.InstituteHold*hold + b.entryGap[k]
}

// fellowAtWar is a fellow member of a at war with i that i yields to (−1
// when there is none): the pact's leader, or a member with larger forces.
// An alliance does not hold both sides of a long war (the German
// Confederation ended in Prussia's war with Austria in 1866, the Balkan
// League in the Second Balkan War of 1913): the weaker leaves as a rival
// of the leader does, once their war has lasted exit_patience, so that a
// war of weeks (the Soviet intervention in Hungary, 1956, inside the Warsaw
// Pact) ends no alliance. The war's length is its own (warYears), not the
// ticks it touched: at one tick a year the Gulf War of August 1990 to April
// 1991 touched two and counted as two years at war, and Kuwait left the
// Arab League it kept at four and twelve ticks a year, and in history.
func (w *World) fellowAtWar(i int, a *Alliance, lead int) int {
	if len(w.wars) == 0 || i == lead {
		return -1
	}
	// Of the stronger fellows at war with i, the one whose war has lasted
	// longest: a short war with one must not hide a long one with another.
	best, years := -1, 0.0
	for _, m := range a.Members {
		if m == i || !w.atWar(i, m) {
			continue
		}
		ki, km := w.capVec.AtVec(i), w.capVec.AtVec(m) // the forces leader() reads
		if m == lead || km > ki || (km == ki && m < i) {
			if y := w.warYears(i, m); best < 0 || y > years {
				best, years = m, y
			}
		}
	}
	return best
}

// rivalOfFellow reports whether a's members bar i as a rival: i is
// hostile, at h_scope or more either way, to the pact's leader (its
// largest member), or to a lesser member it is not tethered to (tethered).
func (w *World) rivalOfFellow(i int, a *Alliance) bool {
	from := 0
	if w.limitsFresh && !a.isMember[i] && len(a.Members) >= joinTableMin {
		// formation: the alliance's table (prune.go) gives the first
		// member i rivals, if any; i rivals none of those before it
		if from = int(w.joinTableOf(a).rival[i]); from < 0 {
			return false
		}
	}
	lead := -1 // found when a rival is: most candidates have none
	fearI, iScope := -1.0, -1
	for _, m := range a.Members[from:] {
		if m == i || !w.rivals(i, m) {
			continue
		}
		if lead < 0 {
			lead = w.leader(a)
		}
		if m == lead {
			return true
		}
		if !w.limitsFresh {
			if !w.tethered(i, m, a) {
				return true
			}
			continue
		}
		// tethered, as formation asks it about every candidate: a
		// member is never in its pact's scope, so i's sum is the same for
		// every m (the same terms, in the same order: exact), and m's is
		// the one kept for the formation, less i's term when i is in the
		// scope (within rounding: only a near tie is summed again).
		fearM, tmi := w.memberFear(a)[m], w.threats.At(m, i)
		if !(tmi < fearM) {
			return true // the kept sum bounds m's from above
		}
		if fearI < 0 {
			fearI, iScope = w.scopeFear(i, a, i), w.scopeIndex(a, i)
		}
		if !(w.threats.At(i, m) < fearI) {
			return true
		}
		if iScope >= 0 {
			term := w.scopeOf(a)[iScope].s * tmi
			if low := fearM - term - tieSlack*fearM; !(tmi < low) && !(tmi < w.scopeFear(m, a, i)) {
				return true
			}
		}
	}
	return false
}

// acrossTheRivalry reports whether member i (at position k) of a is in a
// pact made across its rivalry with the leader, which that rivalry does not
// break: a pact of the start whose member has been the leader's rival at
// every exit check since (the German Confederation held Austria and Prussia,
// rivals since 1816, from 1815 to their war of 1866; Münchengrätz held
// Austria and Russia: tethering alliances, Weitsman 2004). The rivalries a
// pact was made across are those among its members, not only those with
// the member that leads it then: when Morocco's forces outgrew Algeria's,
// the Arab League it led was the one Algeria had kept across their rivalry
// since 1962. A rivalry that arises, or returns, in a pact is one its
// members did not make it across (China and the USSR after 1958,
// Yugoslavia in 1948): the member leaves as a rival of the leader, and
// institutions no longer hold it. The model founds no pact with a rival
// and admits none, so only the start's pacts can hold one.
func (w *World) acrossTheRivalry(a *Alliance, k, i, lead int) bool {
	if a.acrossRivalry[k] { // its first check: the fellows it is a rival of now
		a.acrossRivalry[k] = false
		var held []int
		for km, m := range a.Members {
			if !w.rivals(i, m) {
				continue
			}
			held = append(held, m)
			// Both ways: an entrant's rival checked before it entered is
			// held across their rivalry too, should the entrant lead.
			if a.fromStart[km] && !a.acrossRivalry[km] && !slices.Contains(a.startRivals[km], i) {
				a.startRivals[km] = append(a.startRivals[km], i)
			}
		}
		a.startRivals[k] = held
	}
	held := a.startRivals[k][:0] // a rivalry that ends and comes back is new
	for _, m := range a.startRivals[k] {
		if a.isMember[m] && w.rivals(i, m) {
			held = append(held, m)
		}
	}
	if len(held) == 0 {
		held = nil
	}
	a.startRivals[k] = held
	return slices.Contains(held, lead)
}

// heldAcross reports, without changing a mark, whether member i (at
// position k) of a is held across its rivalry with lead: a rival it was
// when a pact of the start first checked it, or a member not yet checked
// (acrossTheRivalry).
func (a *Alliance) heldAcross(k, lead int) bool {
	return a.acrossRivalry[k] || slices.Contains(a.startRivals[k], lead)
}

// heldByOrganisation reports whether a, an organised pact, holds member i
// across its rivalry with the leader lead: a declared rivalry that is not
// over political systems (territory, standing, intervention: Thompson's
// spatial, positional and interventionary kinds), and no threat shock
// between them. Members of pacts with a standing organisation leave them
// at a tenth of the rate of members of pacts without one (ATOP v4.01: 1.5
// % a year in multilateral pacts with an organisation, 14 % without;
// MODEL-NOTES), and the Arab League kept Qatar and Yemen through their
// rivalries with Saudi Arabia, its largest member, as the OAS kept Ecuador
// and Peru. A rivalry over political systems is a quarrel with the order
// the pact stands for, and it ends membership even there: Cuba left the
// Rio Treaty and the OAS in 1962, Yugoslavia the Soviet camp in 1948. The
// model knows a pact's organisation only for the start's pacts, from
// ATOP (organ1); a pact of the run has its institutionalisation instead.
func (w *World) heldByOrganisation(a *Alliance, i, lead int) bool {
	if !a.organised {
		return false
	}
	n := len(w.nations)
	k, kt := i*n+lead, lead*n+i
	shocks := w.shocks.RawMatrix().Data
	return w.rivalry.At(i, lead) > 0 && !w.ideological[k] && shocks[k] <= 0 && shocks[kt] <= 0
}

// tieSlack is the relative margin within which tethered's sums are summed
// again rather than taken from a kept sum less one term: far above the
// rounding of a sum of a million non-negative terms (about 10⁻¹⁰).
const tieSlack = 1e-9

// tethered reports whether rivals i and m may be allies in a (m a lesser
// member): each fears the pact's adversaries more than it fears the other,
// t_im < Σ_l σ_l·t_il and t_mi < Σ_l σ_l·t_ml over a's scope, l ≠ i (m, a
// member, is never in it). An alliance can hold rivals who share a greater
// enemy, and restrain them (Weitsman 2004, Dangerous Alliances: Italy and
// Austria-Hungary in the Triple Alliance; Greece and Turkey in NATO); the
// exit rule holds such a member too. A rival of the leader is never
// tethered.
func (w *World) tethered(i, m int, a *Alliance) bool {
	return w.threats.At(i, m) < w.scopeFear(i, a, i) && w.threats.At(m, i) < w.scopeFear(m, a, i)
}

// scopeFear is Σ_{l≠skip} σ_l·t_il over a's scope, in the scope's order:
// tethered's sums, for a member m (never in the scope) or a candidate.
func (w *World) scopeFear(i int, a *Alliance, skip int) float64 {
	ti := w.threats.RawRowView(i)
	s := 0.0
	for _, x := range w.scopeOf(a) {
		if x.l != skip {
			s += x.s * ti[x.l]
		}
	}
	return s
}

// scopeIndex is l's place in a's scope, −1 when σ_l = 0.
func (w *World) scopeIndex(a *Alliance, l int) int {
	scope := w.scopeOf(a)
	if k, found := slices.BinarySearchFunc(scope, l, func(x scoped, l int) int { return cmp.Compare(x.l, l) }); found {
		return k
	}
	return -1
}

// tetherSums keeps each member's scopeFear of its alliance for one
// formation, scope and membership (rivalOfFellow).
type tetherSums struct {
	fear    []float64 // by nation, members only
	gen     uint32
	v       uint64
	changes int
	level   float64
}

// memberFear returns scopeFear(m, a, m) for every member m of a, by nation,
// kept while formation runs and a's scope and members stay.
func (w *World) memberFear(a *Alliance) []float64 {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	w.freshMajority(a)
	t := &a.tether
	if len(t.fear) == len(w.nations) && t.gen == w.formGen && t.v == a.majorityV &&
		t.changes == a.changes && t.level == w.p.ScopeLevel {
		return t.fear
	}
	if len(t.fear) != len(w.nations) {
		t.fear = make([]float64, len(w.nations))
	}
	for _, m := range a.Members {
		t.fear[m] = w.scopeFear(m, a, m)
	}
	t.gen, t.v, t.changes, t.level = w.formGen, a.majorityV, a.changes, w.p.ScopeLevel
	return t.fear
}

// reachedLikeness is i's likeness to a's leader lead, for the draw of an
// outsider to a community of like regimes (community.go), and whether a's
// institutions reach i at all (institutionsReach).
func (w *World) reachedLikeness(i int, a *Alliance, lead int) (float64, bool) {
	if !w.institutionsReach(i, a, lead, w.rivals(i, lead)) {
		return 0, false
	}
	return w.alike(i, lead), true
}

// institutionsReach reports whether a's institutions reach i, with i's
// rivalry with the leader lead as the caller judged it (the exit rule does
// not count a rivalry the start's pact was made across, acrossTheRivalry,
// and institutions hold such a member as any other). They reach no one in
// a strained alliance, and no one who has become a rival of the pact's
// leader (China and the USSR after 1958): habits of consultation do not
// outlast enmity with the state the pact is built around. Rivals among the
// lesser members are reached (Greece and Turkey stayed in NATO through
// Cyprus: an alliance can tether rivals). Nor do they reach a state whose
// regime, or the leader's, has just changed (transition.go): alliances
// are abrogated after a change of regime (Leeds & Savun 2007), which is
// what let Eastern Europe's new democracies go in 1990.
func (w *World) institutionsReach(i int, a *Alliance, lead int, rival bool) bool {
	return w.institutionsStand(a, rival) && !w.unbound(i, lead)
}

// alike is how far i's regime is like j's, for a community's draw:
// A_ij/a_reg clamped to [0, 1] (1 when a_reg is 0: regimes do not count).
func (w *World) alike(i, j int) float64 {
	if i == j || w.p.AffineRegime <= 0 {
		return 1
	}
	return agents.Clamp(w.affinity.At(i, j)/w.p.AffineRegime, 0, 1)
}

// leader is a's member with the largest forces (i itself when it leads),
// kept while the forces (a perception) and the members last: formation
// asks for it for every candidate.
func (w *World) leader(a *Alliance) int {
	if a.lead.ok && a.lead.cap == w.capGen && a.lead.changes == a.changes {
		return a.lead.m
	}
	best := a.Members[0]
	for _, m := range a.Members[1:] {
		if w.capVec.AtVec(m) > w.capVec.AtVec(best) {
			best = m
		}
	}
	a.lead = leaderMemo{m: best, cap: w.capGen, changes: a.changes, ok: true}
	return best
}

// leaderMemo is an alliance's leader for one snapshot of the forces and
// one membership.
type leaderMemo struct {
	m       int
	cap     uint64
	changes int
	ok      bool
}

// rivals reports whether i and j are hostile to each other, either way, at
// h_scope or more: the level at which a state is a pact's adversary. No
// pact is founded with a rival, and every member can veto a rival's
// admission (NATO's Article 10 asks unanimity): a state does not commit to
// defend its enemy.
func (w *World) rivals(i, j int) bool {
	if i == j {
		return false
	}
	return w.hostility.At(i, j) >= w.p.ScopeLevel || w.hostility.At(j, i) >= w.p.ScopeLevel
}
