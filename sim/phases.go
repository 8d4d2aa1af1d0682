package sim

// Where a tick's time goes. The engine keeps no clock (a run must not
// depend on one): it announces where its phases and their costly parts
// begin and end, and an observer that wants their times reads its own
// clock at each mark. BenchmarkPhases does so, and BENCHMARKS.md's budget
// of a tick comes from it.

// Phase is a part of a tick as ObservePhases announces it: the eight
// phases of Step and the start pacts' step between perception and budgets,
// and within three of them the parts that cost the most in a large world.
type Phase uint8

const (
	PhaseEvents      Phase = iota // 1: the scenario's events, wars and entries
	PhaseGrowth                   // 2: economies
	PhasePerception               // 3: relations, threat and security
	PhaseRelations                // within perception: hostility and affinity refreshed
	PhaseSecurity                 // within perception: every state's security, κ over its allies
	PhaseStartPacts               // the start's pacts entered and ended (between 3 and 4)
	PhaseBudgets                  // 4: budgets
	PhaseFinance                  // 5: loans, aid and pooled programmes
	PhaseCapability               // 6: forces bought and worn
	PhaseAlliances                // 7: cohesion, exits, dissolution, consolidation, formation
	PhaseExits                    // within alliances: members' values of staying
	PhaseFormation                // within alliances: every nation's search
	PhaseWaiting                  // within formation: nations that cannot act this tick, whether they have an option
	PhaseActing                   // within formation: nations that may act, their best option
	PhaseDiagnostics              // 8: names, blocs, the exploitation index and the landscape
	numPhases
)

var phaseNames = [numPhases]string{
	"events", "growth", "perception", "relations", "security", "start-pacts", "budgets",
	"finance", "capability", "alliances", "exits", "formation", "waiting", "acting", "diagnostics",
}

// String is the phase's name, as benchmarks report it.
func (p Phase) String() string {
	if p < numPhases {
		return phaseNames[p]
	}
	return "phase?"
}

// Within is the phase p is part of, and false for Step's own phases.
func (p Phase) Within() (Phase, bool) {
	switch p {
	case PhaseRelations, PhaseSecurity:
		return PhasePerception, true
	case PhaseExits, PhaseFormation:
		return PhaseAlliances, true
	case PhaseWaiting, PhaseActing:
		return PhaseFormation, true
	}
	return 0, false
}

// Phases lists every phase in the order a tick first enters it.
func Phases() []Phase {
	out := make([]Phase, numPhases)
	for p := range out {
		out[p] = Phase(p)
	}
	return out
}

// ObservePhases has mark called as each phase begins (end false) and ends
// (end true), nil to stop. A phase may be entered many times a tick
// (formation enters waiting once for each run of waiting nations); marks
// nest as the phases do. The marks come from the goroutine that calls
// Step, and they change nothing of the run.
func (w *World) ObservePhases(mark func(p Phase, end bool)) { w.phaseMark = mark }

// mark announces that p begins or ends, when an observer listens.
func (w *World) mark(p Phase, end bool) {
	if w.phaseMark != nil {
		w.phaseMark(p, end)
	}
}

// phase runs step as phase p.
func (w *World) phase(p Phase, step func()) {
	w.mark(p, false)
	step()
	w.mark(p, true)
}
