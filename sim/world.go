package sim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"entente/agents"
)

// World is one run of the model: the nations, their relations, the
// alliances and the finance ledgers, advanced one tick at a time by Step.
// It does no I/O; observers read it between ticks.
type World struct {
	cfg Config
	p   Params
	dt  float64
	run int

	tick    int // the next tick to run
	nations []agents.Nation
	islands []bool

	// Pairwise state, n×n. proximity is static (positions and reach do not
	// change); hostility and affinity are rebuilt when regimes, camps or
	// shocks change.
	proximity    *mat.Dense // π_ij: i's exposure to j's projected power
	proximityT   *mat.Dense // πᵀ, for rows where formation reads columns
	rivalry      *mat.Dense
	ties         *mat.Dense
	shocks       *mat.Dense // E_ij: running sum of threat shocks and détentes
	hostility    *mat.Dense // H
	hostilityT   *mat.Dense // Hᵀ (H is symmetric as built, but the model does not need it to be)
	affinity     *mat.Dense // A
	propensity   *mat.Dense // p_ij of the landscape energy
	touched      []bool     // nations whose relations an event changed this tick
	touchedList  []int
	touchedPairs [][2]int // pairs a shock, a détente or polarization changed this tick
	pairsFrom    int      // where polarize's pairs start in touchedPairs, for pairsShare (relationset.go)
	pairEnds     []int    // refreshRelations' scratch: the pairs' ends per state
	pairStart    []int    // … where each state's list starts
	pairFill     []int    // … its fill
	refreshedAt  []uint32 // … per state: the stamp of the alliance last refreshed at it
	refreshStamp uint32
	refreshLs    []int // … the states an alliance's caches are refreshed at

	// Ideology (ideology.go): per pair, an ideological rivalry in force,
	// and the polarization ideological rivalries draw (nil until one).
	ideological   []bool
	anyIdeology   bool
	polar         []float64
	polarNext     []float64
	sided         []float64 // polarize: 1 where a rivalry is in force between two states
	majorityCols  []float64 // refreshMajority's scratch: columns of members' hostilities
	majorityCnt   []int     // … and their lengths
	leaderBuf     []int     // consolidate: each live alliance's leader, by index
	pactsLedBuf   []int     // … and each nation's live pacts as leader
	exitGen       uint32    // runs of exits, for fellowSums
	fellowRow     []float64 // fellowSums: Σ_m H_ml over a's members,
	fellowFor     *Alliance // … for this alliance,
	fellowGen     uint32    // … in this run of exits,
	fellowChanges int       // … with these members

	// Perception scratch, rebuilt each tick.
	hhat    *mat.Dense    // Ĥ: hostility with the enemies inherited from allies
	hhatT   *mat.Dense    // Ĥᵀ
	theta   *mat.Dense    // Θ = max(Ĥ, Ĥᵀ)
	weights *mat.Dense    // W = Θ∘π
	threats *mat.Dense    // t_il = W_il·K_l
	capVec  *mat.VecDense // K
	rawVec  *mat.VecDense // (W·K), the whole threat: backed by threatWhole

	threat    []float64       // T
	perceived []float64       // T̂
	security  []float64       // S
	ratio     []float64       // θ = T̂/S
	danger    []float64       // h_i = max H_ij·π_ij over stronger j, for neutral states
	anchor    []agents.Anchor // per nation: where its budget stood when it came into the run
	anchorWin []anchorWindow  // per nation: its anchor burden in the making (budget.go)
	budgetLag budgetLag       // the threats budgets answer, as perceived budget_lag before (budgetlag.go)
	warPart   []float64       // per nation: the part of its share above its peace path, consumed by war (warbudget.go)
	yearSpend spendYear       // per nation: its military spending over the last year's ticks (warbudget.go)
	lesson    []float64       // per nation: scratch of displace
	displaced []float64       // per nation: the log of the factor its wars against rivals raised its anchored share by, fading (displacement.go)
	legacy    legacy          // per nation: how far its anchor has returned toward the era's median as its threat passed (legacy.go)
	norms     []float64       // |t_i·|, the length of each threat vector

	// The whole threat (Θ∘π)·K, before focus (focus.go), and its perceived
	// level: what budgets answer.
	threatWhole, perceivedWhole []float64

	// κ of the tick's snapshot, computed on demand (commonality.go): an
	// entry (the bits of a float64) is current when its stamp is the
	// tick's generation. The shadow world shares it (parallel.go).
	kappaMemo  []uint64
	kappaStamp []uint32
	kappaGen   uint32
	memoShared bool // the shadow reads and writes the memos too (κ's, kappaAt; the pairs' verdicts, pairverdict.go)

	// Valuation's scratch, κ's memo and the other state a search for a
	// nation's best option writes as it goes (parallel.go: the shadow world
	// keeps its own).
	searchScratch
	parallel parallelMode // side by side or not: by the world's size unless a test says
	shadow   *World       // the partner search's world (parallel.go), nil until used
	helper   *helper      // the second core while a phase shares its work (parallel.go)

	phaseMark func(p Phase, end bool) // an observer of the phases (phases.go), nil for none

	// Other phases' scratch, reused every tick.
	order        []int     // formation's seeded order
	waitRun      []int     // formation's waiting nations searched side by side (waitbatch.go)
	waitFound    []bool    // and whether each has an option
	waitBatches  int       // how many such runs were searched side by side (tests)
	lockCaches   bool      // while they are, an alliance's caches are filled under its lock
	aidAllies    []int     // giveAid: a donor's allies
	aidCohesion  []float64 // and C_ij
	aidNeed      []float64 // and their need
	aidLogRatio  []float64 // ln(1 + θ_j) per nation
	energyCap    []float64 // energy's scratch: each nation's capability, −1 when inactive
	energyMark   []int     // energy's scratch: i + 1 where a nation is allied with i
	owed         []float64 // lend: what each nation owes allies
	shock        []float64 // grow: growth shocks in force
	spareLoans   []*Loan   // finished loans, reused by lend
	rankX, rankY []float64 // exploitation's ranks
	rankIdx      []int

	snapshotFloor float64 // the floor of S and K when the tick's perception ran

	// Finance flows of the current tick, per nation.
	flows      []Flows
	creditPrev []float64        // last tick's change of debt from allied credit [billion USD]
	defaulting []bool           // fiscal pressure crossed up through p_default this tick
	entered    []bool           // entered the system this tick
	regimeAt   []int            // tick of the last regime change (transition.go)
	warChains  map[int]warChain // per pair at war: its fighting without a break (war.go)
	loans      []*Loan
	ledger     Ledger // world totals since the start

	initTarget float64 // τ of new alliances (a target event for all changes it)
	// liveBase holds, per live per-nation constant changed so far, the
	// value and every nation's own value before the first change (live.go).
	liveBase map[string]*liveBaseline

	// Events in force.
	growthShocks []timedShock
	shockRests   []shockRest // shocks' parts after their first tick (apply.go)
	valueRests   []valueRest // doctrines' and pledges' values in full from the tick after theirs (apply.go)
	wars         []war       // war.go: wars under way, from the scenario's war events
	aidPlans     []aidPlan

	// Formation's scratch: who has acted this tick, and each nation's
	// pruning limits (prune.go).
	acted                []bool
	lastActed            []int          // per nation: the tick it last joined or founded a pact
	budgetSeen           []budgetRecord // per nation: its last budget's inputs, for readers (why.go)
	intents              []intent       // per nation: since when it has meant to ally (formation.go)
	joinLimit, formLimit []supportBound
	limitsFresh          bool      // formation is running and the limits hold
	gdp                  []float64 // GDPs as formation starts, read per pair
	hostMax              []float64 // per nation: its largest hostility toward another state
	frontQ               []float64 // per nation: Σ_l t_il/K_l over threats a front can hold (prune.go, frontSum)
	capGen               uint64    // perceptions run: K changed (frontsOf's cache)
	ratioMax             float64   // the largest threat ratio θ of the tick
	fullScan             bool      // tests: formation skips no option (prune.go), exits bound no value (staybound.go)
	entrants             []entrant // states that entered a pact of the start this tick (startpacts.go)
	bounds               pruneBounds
	stayOrder            []*Alliance // exits' live alliances, the largest first (exitshare.go)
	formGen              uint32      // formations run: the bounds' caches hold for one
	verdicts             []uint32    // cannotPair's verdicts of the formation, one a pair (pairverdict.go)
	memberV              uint64      // joins and departures, for cohesions' cache

	alliances   []*Alliance   // every alliance ever, in creation order
	memberships [][]*Alliance // per nation: live alliances it belongs to

	powerHistory [][]float64 // capability shares, one row per tick, for power shifts
	shifts       []float64   // each nation's |ln(share now / share at the window's start)|, NaN without both (recordShifts)

	records []Record // event log of the current tick
	diag    Diagnostics
	err     *NonFiniteError // the finiteness guard's finding: the run stopped (finite.go)

	// Bloc detection's buffers, reused every tick.
	coalitions *coalitionGraph
	louvain    louvain
	blocOf     []int
	blocSize   []int     // per community label: allied members
	blocIndex  []int     // per community label: its bloc, -1 if none
	blocCap    []float64 // per bloc: capability

	rngEconomy   *rand.Rand
	rngFormation *rand.Rand
	rngBlocs     *rand.Rand

	steer *steering // nations steered from outside the model, or nil (controller.go)
}

// New builds the world a Config describes, for run index run (streams are
// derived from the config's seed and run).
func New(cfg Config, run int) (*World, error) {
	if errs := cfg.Validate(); len(errs) > 0 {
		return nil, fmt.Errorf("invalid world: %w", errors.Join(errs...))
	}
	n := len(cfg.Nations)
	w := &World{
		kappaMemo:    make([]uint64, n*n),
		kappaStamp:   make([]uint32, n*n),
		cfg:          cfg,
		p:            cfg.Params,
		dt:           1 / float64(cfg.TicksPerYear),
		run:          run,
		nations:      append([]agents.Nation(nil), cfg.Nations...),
		islands:      make([]bool, n),
		proximity:    mat.NewDense(n, n, nil),
		rivalry:      mat.NewDense(n, n, nil),
		ties:         mat.NewDense(n, n, nil),
		shocks:       mat.NewDense(n, n, nil),
		hostility:    mat.NewDense(n, n, nil),
		affinity:     mat.NewDense(n, n, nil),
		propensity:   mat.NewDense(n, n, nil),
		hhat:         mat.NewDense(n, n, nil),
		hhatT:        mat.NewDense(n, n, nil),
		hostilityT:   mat.NewDense(n, n, nil),
		proximityT:   mat.NewDense(n, n, nil),
		theta:        mat.NewDense(n, n, nil),
		weights:      mat.NewDense(n, n, nil),
		threats:      mat.NewDense(n, n, nil),
		capVec:       mat.NewVecDense(n, nil),
		threat:       make([]float64, n),
		perceived:    make([]float64, n),
		security:     make([]float64, n),
		ratio:        make([]float64, n),
		danger:       make([]float64, n),
		anchor:       make([]agents.Anchor, n),
		anchorWin:    make([]anchorWindow, n),
		warPart:      make([]float64, n),
		displaced:    make([]float64, n),
		legacy:       newLegacy(cfg.Nations),
		norms:        make([]float64, n),
		flows:        make([]Flows, n),
		creditPrev:   make([]float64, n),
		defaulting:   make([]bool, n),
		entered:      make([]bool, n),
		regimeAt:     noRegimeChange(n),
		budgetSeen:   make([]budgetRecord, n),
		memberships:  make([][]*Alliance, n),
		rngEconomy:   Stream(cfg.Seed, run, "economy"),
		rngFormation: Stream(cfg.Seed, run, "formation"),
		rngBlocs:     Stream(cfg.Seed, run, "blocs"),
	}
	w.threatWhole, w.perceivedWhole = make([]float64, n), make([]float64, n)
	w.rawVec = mat.NewVecDense(n, w.threatWhole) // MulVec writes the whole threat in place
	copy(w.islands, cfg.Islands)
	w.regimeReached(cfg.RegimeSince) // transition.go
	w.ideological = make([]bool, n*n)
	for _, r := range cfg.Rivalries {
		w.anyIdeology = w.anyIdeology || r.Ideological
	}
	w.allyBest = make([]float64, n)
	for i := range w.allyBest {
		w.allyBest[i] = -1
	}
	w.initTarget = cfg.Params.InitTarget
	w.declare(true)
	w.buildProximity()
	w.rebuildRelations()
	for _, ac := range cfg.Alliances {
		a := w.newAlliance(ac.Name, ac.Members, ac.Target, ac.Cohesion, ac.Pooling)
		a.Institution = 1 - math.Pow(1-cfg.Params.InstituteRate, ac.Age)
		a.anchorEnds = anchorEnds(ac)
		a.organised = ac.Organised
		a.bilateral = ac.Bilateral
		// A pact of the start may have been made across a rivalry of its
		// members (exit.go, acrossTheRivalry); the first exit check says.
		for k := range a.acrossRivalry {
			a.acrossRivalry[k] = true
		}
	}
	w.nameNew()
	// Perceived threat starts at the scenario's share of the threat of the
	// initial state: all of it for a world in mid-history, less for one
	// whose hostilities are new.
	w.perceive()
	for i := range w.perceived {
		w.perceived[i] = (1 - cfg.LatentThreat) * w.threat[i]
		w.perceivedWhole[i] = (1 - cfg.LatentThreat) * w.threatWhole[i]
	}
	w.secure()
	w.anchorStartPacts() // startpacts.go
	return w, nil
}

// Step runs one tick: the phases of MODEL.md section 2, in order. It
// returns false when the run has ended, or when the tick it ran produced
// a quantity that is not a finite number: Err says which (finite.go).
func (w *World) Step() bool {
	if w.Done() || w.err != nil {
		return false
	}
	w.records = w.records[:0]
	w.decide() // steered nations' decisions for the tick (controller.go)
	// The tick's flows start at zero before phase 1, not in phase 5: a
	// merge (phase 1) settles a loan between the two states, and what it
	// writes off must reach the flows as it reaches the ledger.
	clear(w.flows)
	w.phase(PhaseEvents, w.applyEvents)  // 1
	w.phase(PhaseGrowth, w.grow)         // 2
	w.phase(PhasePerception, w.perceive) // 3
	w.phase(PhaseStartPacts, func() {
		w.anchorEntrants() // states that entered a pact of the start this tick (startpacts.go)
		w.endAnchors()     // the start pacts whose war or term ends this tick lose their fixed effects (startpacts.go)
	})
	w.phase(PhaseBudgets, w.setBudgets)         // 4
	w.phase(PhaseFinance, w.finance)            // 5
	w.phase(PhaseCapability, w.buildCapability) // 6
	w.phase(PhaseAlliances, w.updateAlliances)  // 7
	w.phase(PhaseDiagnostics, func() {
		w.nameNew()  // names for readers; no part of the model
		w.diagnose() // 8: diagnostics for the observers
	})
	w.tick++
	if err := w.checkFinite(); err != nil {
		w.err = err // the tick's values are not to be observed
		return false
	}
	w.offer() // steered nations' options for the next tick
	return true
}

// Done reports whether every tick has run.
func (w *World) Done() bool { return w.tick >= w.cfg.Ticks() }

// Tick returns the index of the last tick run (-1 before the first).
func (w *World) Tick() int { return w.tick - 1 }

// Year returns the calendar time of the last tick run.
func (w *World) Year() float64 { return w.cfg.YearOf(w.tick - 1) }

// Config returns the world's configuration.
func (w *World) Config() *Config { return &w.cfg }

// Nations returns the nations in index order. Callers must not modify them.
func (w *World) Nations() []agents.Nation { return w.nations }

// Alliances returns every alliance ever formed, in creation order,
// including dissolved ones.
func (w *World) Alliances() []*Alliance { return w.alliances }

// Memberships returns the live alliances nation i belongs to.
func (w *World) Memberships(i int) []*Alliance { return w.memberships[i] }

// Records returns the event log of the last tick.
func (w *World) Records() []Record { return w.records }

// Diagnostics returns the world diagnostics of the last tick.
func (w *World) Diagnostics() Diagnostics { return w.diag }

// NationState is what observers read of one nation after a tick.
type NationState struct {
	Threat, Security, ThreatRatio float64
	WholeThreat                   float64 // the perceived threat before focus (focus.go): what its budget answers
	WarShare                      float64 // the part of its share a war consumes (warbudget.go)
	Displacement                  float64 // the factor its wars against rivals raised its anchored share by in this tick's budget (displacement.go)
	Flows                         Flows
}

// State returns nation i's perception and flows of the last tick.
func (w *World) State(i int) NationState {
	return NationState{Threat: w.perceived[i], WholeThreat: w.perceivedWhole[i], Security: w.security[i], ThreatRatio: w.ratio[i], WarShare: w.warPart[i], Displacement: w.Displacement(i), Flows: w.flows[i]}
}

// Ledger returns the world's finance totals since the start.
func (w *World) Ledger() Ledger { return w.ledger }

// worldCapability is ΣK over active nations.
func (w *World) worldCapability() float64 {
	total := 0.0
	for i := range w.nations {
		if w.nations[i].Active {
			total += w.nations[i].Capability
		}
	}
	return total
}

// floor is the guard of MODEL.md: S and K are floored at 1e-9 times the
// world's capability (and above zero).
func (w *World) floor() float64 {
	return max(1e-9*w.worldCapability(), 1e-12)
}
