package sweep

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// ResolvedPlan is a plan as it ran: every default filled in and the
// scenario's file pinned by its hash. Its hash identifies the sweep: a
// resumed sweep and the shards of a merge must have the same.
type ResolvedPlan struct {
	Scenario       string          `json:"scenario"`
	ScenarioSHA256 string          `json:"scenario_sha256"`
	Sets           []string        `json:"set,omitempty"`
	Seed           uint64          `json:"seed"`
	Design         string          `json:"design"`
	Points         int             `json:"points,omitempty"`
	Reps           int             `json:"reps"`
	Params         []ResolvedParam `json:"params"`
	Metrics        []string        `json:"metrics"`
	KeepSeries     bool            `json:"keep_series"`
}

// ResolvedParam is one swept parameter.
type ResolvedParam struct {
	Key          string   `json:"key"`
	Values       []string `json:"values,omitempty"`
	Distribution string   `json:"distribution,omitempty"`
}

func (p *Plan) resolve(scenarioSHA string) ResolvedPlan {
	r := ResolvedPlan{Scenario: p.Scenario, ScenarioSHA256: scenarioSHA, Sets: p.Sets, Seed: p.Seed,
		Design: p.Design, Reps: p.Reps, KeepSeries: p.KeepSeries, Params: []ResolvedParam{}}
	if p.Design == LHS {
		r.Points = p.Points
	}
	for _, q := range p.Params {
		rp := ResolvedParam{Key: q.Key, Values: q.Values}
		if q.Dist != nil {
			rp.Distribution = q.Dist.String()
		}
		r.Params = append(r.Params, rp)
	}
	for _, m := range p.Metrics {
		r.Metrics = append(r.Metrics, m.Name)
	}
	return r
}

// hash is the hex SHA-256 of the resolved plan's JSON.
func (r ResolvedPlan) hash() string {
	data, _ := json.Marshal(r)
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
