package results

import (
	"encoding/json"
	"io"
	"math"

	"entente/sim"
)

// Version is Entente's version, written into every summary.
const Version = "0.2.0"

// Summary is summary.json: what was run, with which constants, and how it
// ended (the last tick's world diagnostics and the count of each event
// kind). It holds no timestamps, so it is byte-identical across reruns.
type Summary struct {
	Generator    string             `json:"generator"`
	Version      string             `json:"version"`
	Scenario     ScenarioInfo       `json:"scenario"`
	Seed         uint64             `json:"seed"`
	Run          int                `json:"run"`
	StartYear    int                `json:"start_year"`
	EndYear      int                `json:"end_year"`
	TicksPerYear int                `json:"ticks_per_year"`
	Ticks        int                `json:"ticks"`
	Nations      int                `json:"nations"`
	Parameters   map[string]float64 `json:"parameters"`
	Final        FinalMetrics       `json:"final_metrics"`
	Alliances    []AllianceSummary  `json:"alliances"`
	Files        []string           `json:"files"`
}

// ScenarioInfo identifies the scenario a run came from.
type ScenarioInfo struct {
	Name      string   `json:"name"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	SHA256    string   `json:"sha256"`
	Overrides []string `json:"overrides"`
}

// FinalMetrics are the last tick's diagnostics and the event counts.
type FinalMetrics struct {
	Alliances         int            `json:"alliances"`
	Blocs             int            `json:"blocs"`
	EffectiveBlocs    float64        `json:"effective_blocs"`
	LargestBlocShare  float64        `json:"largest_bloc_share"`
	Energy            float64        `json:"energy"`
	CreditOutstanding float64        `json:"credit_outstanding"`
	AidTotal          float64        `json:"aid_total"`
	Events            map[string]int `json:"events"`
}

// AllianceSummary is one alliance's life.
type AllianceSummary struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Founded   float64  `json:"founded"`
	Dissolved *float64 `json:"dissolved"`
	Founders  []string `json:"founders"`
	Members   []string `json:"members"` // at the end, or when it dissolved
	Cohesion  float64  `json:"cohesion"`
}

// NewSummary describes a finished world.
func NewSummary(w *sim.World, info ScenarioInfo, counts map[string]int, files []string) Summary {
	cfg := w.Config()
	params := map[string]float64{}
	for _, p := range sim.ParamTableOf(cfg.Params) {
		params[p.Key] = p.Default
	}
	d := w.Diagnostics()
	s := Summary{
		Generator: "entente", Version: Version, Scenario: info, Seed: cfg.Seed,
		StartYear: cfg.StartYear, EndYear: cfg.EndYear, TicksPerYear: cfg.TicksPerYear,
		Ticks: cfg.Ticks(), Nations: len(cfg.Nations), Parameters: params,
		Final: FinalMetrics{
			Alliances: d.Alliances, Blocs: d.Blocs, EffectiveBlocs: finite(d.EffectiveBlocs),
			LargestBlocShare: finite(d.LargestBlocShare), Energy: finite(d.Energy),
			CreditOutstanding: finite(d.CreditOutstanding), AidTotal: finite(d.AidTotal), Events: counts,
		},
		Alliances: []AllianceSummary{},
		Files:     files,
	}
	if s.Scenario.Overrides == nil {
		s.Scenario.Overrides = []string{}
	}
	for _, a := range w.Alliances() {
		as := AllianceSummary{
			ID: a.ID, Name: a.Label, Founded: cfg.YearOf(a.Founded), Cohesion: finite(a.Cohesion),
			Founders: ids(w, a.Founders), Members: ids(w, a.Members),
		}
		if a.Dissolved {
			y := cfg.YearOf(a.DissolvedAt)
			as.Dissolved = &y
			as.Members = ids(w, a.LastMembers)
		}
		s.Alliances = append(s.Alliances, as)
	}
	return s
}

func ids(w *sim.World, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = w.Nations()[i].ID
	}
	return out
}

func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// WriteJSON writes v as indented JSON with a final newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
