package main

// The readings of entente why as JSON (docs/OUTPUTS.md), states named by
// their IDs.

import (
	"entente/agents"
	"entente/sim"
)

// recordJSON is one event of the next tick, as events.csv has it.
type recordJSON struct {
	Tick     int     `json:"tick"`
	Year     float64 `json:"year"`
	Kind     string  `json:"kind"`
	Alliance string  `json:"alliance,omitempty"`
	Nation   string  `json:"nation,omitempty"`
	Cause    string  `json:"cause,omitempty"`
}

type whyJSON struct {
	Scenario string    `json:"scenario"`
	Seed     uint64    `json:"seed"`
	Year     float64   `json:"year"`
	Readings []reading `json:"readings"`
}

// The JSON readings name states by their IDs.

type nationJSON struct {
	ID        string       `json:"id"`
	Active    bool         `json:"active"`
	Threat    float64      `json:"threat"`
	Sources   []sourceJSON `json:"threat_sources"`
	Budget    *budgetJSON  `json:"budget,omitempty"`
	Standings []standJSON  `json:"standings"`
	Waiting   bool         `json:"waiting"`
	Next      *moveJSON    `json:"next,omitempty"`
}

// valueJSON is a membership value with its terms (the value is the
// security less the costs, plus a community's pull on a candidate).
type valueJSON struct {
	Value      float64 `json:"value"`
	Security   float64 `json:"security"`
	Entrapment float64 `json:"entrapment"`
	Burden     float64 `json:"burden"`
	Autonomy   float64 `json:"autonomy"`
	Neutrality float64 `json:"neutrality"`
	Commitment float64 `json:"commitment"`
}

func valueJSONOf(v agents.MembershipValue) valueJSON {
	return valueJSON{v.Value, v.Security, v.Entrapment, v.Burden, v.Autonomy, v.Neutrality, v.Commitment}
}

type budgetJSON struct {
	War            *warJSON `json:"war,omitempty"`
	Share          float64  `json:"share"`
	Peace          float64  `json:"peace_desire"`
	Desired        float64  `json:"desire"`
	AnchorShare    float64  `json:"anchor_share"`
	AnchorReturned float64  `json:"anchor_returned"`
	ReturnYears    float64  `json:"return_years"`
	EraMedian      float64  `json:"era_median"`
	AnchorBurden   float64  `json:"anchor_burden"`
	Burden         float64  `json:"burden"`
	ThreatTerm     float64  `json:"threat_term"`
	IncomeTerm     float64  `json:"income_term"`
	RegimeTerm     float64  `json:"regime_term"`
	Regime         float64  `json:"regime"`
	AnchorRegime   float64  `json:"anchor_regime"`
	Pull           float64  `json:"pull"`
	Brake          float64  `json:"brake"`
	Threat         float64  `json:"threat"`
	AllianceThreat float64  `json:"alliance_threat"`
	OwnShare       float64  `json:"own_share"`
	Forces         float64  `json:"forces"`
	Before         float64  `json:"share_before"`
	Held           bool     `json:"held_to_increments"`
}

// warJSON is a war's demand on the budget (WarWhy).
type warJSON struct {
	Enemies []string `json:"enemies"`
	Match   float64  `json:"enemies_matched"`
	Cap     float64  `json:"matching_cap"`
	Effort  float64  `json:"own_costs"`
	Ceiling float64  `json:"ceiling"`
	Part    float64  `json:"part_of_tick"`
}

type moveJSON struct {
	Action string    `json:"action"`
	Target string    `json:"target"`
	Value  valueJSON `json:"value"`
	Held   float64   `json:"held_years"`
	Acts   bool      `json:"acts_next_tick"`
}

type sourceJSON struct {
	From      string  `json:"from"`
	Hostility float64 `json:"hostility"`
	Proximity float64 `json:"proximity"`
	Forces    float64 `json:"forces"`
	Threat    float64 `json:"threat"`
	Part      float64 `json:"part"`
}

type standJSON struct {
	Nation    string             `json:"nation,omitempty"` // an alliance read as a whole names each member
	Alliance  string             `json:"alliance"`
	Value     valueJSON          `json:"value"`
	ExitLevel float64            `json:"exit_level"`
	Kappa     *float64           `json:"kappa,omitempty"`
	KappaStay float64            `json:"kappa_stay"`
	Rival     string             `json:"rival_of_leader,omitempty"`
	AtWar     string             `json:"at_war_with,omitempty"`
	Crossed   string             `json:"crossed,omitempty"`
	Years     map[string]float64 `json:"years_failed"`
	Patience  float64            `json:"patience_years"`
	text      string
}

type sideJSON struct {
	ID        string    `json:"id"`
	Value     valueJSON `json:"value"`
	Admission float64   `json:"admission_kappa"`
	Reach     float64   `json:"reach"`
	Shared    bool      `json:"shared"`
	Protege   bool      `json:"protege,omitempty"` // a new pact's weaker founder: no admission test
	Fails     string    `json:"fails,omitempty"`
}

type pactJSON struct {
	A        string     `json:"a"`
	B        string     `json:"b"`
	Closed   string     `json:"closed,omitempty"`
	Cohesion float64    `json:"cohesion,omitempty"`
	Sides    []sideJSON `json:"sides,omitempty"`
}

type joinJSON struct {
	Alliance string    `json:"alliance"`
	Closed   string    `json:"closed,omitempty"`
	Side     *sideJSON `json:"side,omitempty"`
}

func nationJSONOf(w *sim.World, y sim.Why) nationJSON {
	ns := w.Nations()
	j := nationJSON{ID: ns[y.Nation].ID, Active: y.Active, Threat: y.Threat, Waiting: y.Waiting, Sources: []sourceJSON{}, Standings: []standJSON{}}
	if b := y.Budget; b.Set {
		j.Budget = &budgetJSON{nil, b.Share, b.Peace, b.Desired, b.Anchor.Share, b.Returned, b.ReturnYears, b.EraMedian, b.Anchor.Burden, b.Burden, b.Terms.Threat, b.Terms.Income, b.Terms.Regime, b.Regime, b.Anchor.Regime, b.Pull, b.Terms.Brake,
			b.Threat, b.AllianceThreat, b.OwnShare, b.Forces, b.Before, b.Held}
		if wr := b.War; wr != nil {
			j.Budget.War = &warJSON{Match: wr.Match, Cap: wr.Cap, Effort: wr.Effort, Ceiling: wr.Ceiling, Part: wr.Part}
			for _, e := range wr.Enemies {
				j.Budget.War.Enemies = append(j.Budget.War.Enemies, ns[e].ID)
			}
		}
	}
	if y.Next != nil {
		j.Next = &moveJSON{string(y.Next.Action), y.Next.Target, valueJSONOf(y.Next.Value), y.Held, y.Acts}
	}
	for _, s := range y.Sources {
		j.Sources = append(j.Sources, sourceJSON{ns[s.From].ID, s.Hostility, s.Proximity, s.Force, s.Threat, s.Part})
	}
	for _, s := range y.Standings {
		j.Standings = append(j.Standings, standJSONOf(w, s))
	}
	return j
}

func standJSONOf(w *sim.World, s sim.Standing) standJSON {
	j := standJSON{Alliance: s.Alliance.ID, Value: valueJSONOf(s.Value), ExitLevel: s.ExitLevel, KappaStay: s.KappaStay, Rival: s.Rival, AtWar: s.AtWar, Crossed: s.Crossed,
		Years: map[string]float64{"value": s.Years.Value, "kappa": s.Years.Kappa, "rival": s.Years.Rival, "crossed": s.Years.Crossed}, Patience: s.Patience, text: standText(w, s)}
	if s.Shared {
		k := s.Kappa
		j.Kappa = &k
	}
	return j
}

func sideJSONOf(id string, s sim.Side) sideJSON {
	return sideJSON{ID: id, Value: valueJSONOf(s.Value), Admission: s.Admission, Reach: s.Reach, Shared: s.Shared, Protege: s.Protege, Fails: s.Fails}
}

func pactJSONOf(w *sim.World, p sim.PactWhy) pactJSON {
	ns := w.Nations()
	j := pactJSON{A: ns[p.A].ID, B: ns[p.B].ID, Closed: p.Closed, Cohesion: p.Cohesion}
	if p.Closed == "" {
		j.Sides = []sideJSON{sideJSONOf(j.A, p.Sides[0]), sideJSONOf(j.B, p.Sides[1])}
	}
	return j
}

func joinJSONOf(w *sim.World, j sim.JoinWhy) joinJSON {
	out := joinJSON{Alliance: j.Alliance.ID, Closed: j.Closed}
	if j.Closed == "" {
		s := sideJSONOf(w.Nations()[j.Nation].ID, j.Side)
		out.Side = &s
	}
	return out
}
