package validate

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"entente/agents"
	"entente/scenarios"
	"entente/sim"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func records(values ...float64) []*Record {
	recs := make([]*Record, len(values))
	for k := range recs {
		recs[k] = &Record{Seed: uint64(k)}
		recs[k].Years = []float64{values[k]} // the measure below reads it back
	}
	return recs
}

// A run meets a target only when its own value lies in the band; the
// target holds when the required share of runs do, whatever the mean.
func TestScoreIsRunByRun(t *testing.T) {
	value := func(r *Record) (float64, bool) { return r.Years[0], !math.IsNaN(r.Years[0]) }
	recs := records(1, 2, 3, 4, math.NaN())
	res := Score(Target{Measure: value, Lo: 1.5, Hi: 3.5}, recs)
	if res.Defined != 4 || res.InBand != 2 || res.Runs != 5 || res.Pass {
		t.Errorf("2 of 5 runs in the band must fail the default 80 %%: %+v", res)
	}
	if !near(res.Median, 2.5) || !near(res.Mean, 2.5) || !near(res.P05, 1.15) || !near(res.P95, 3.85) {
		t.Errorf("median %v mean %v interval %v to %v, want 2.5, 2.5, 1.15 to 3.85", res.Median, res.Mean, res.P05, res.P95)
	}
	if res := Score(Target{Measure: value, Lo: 1.5, Hi: 3.5, Share: 0.4}, recs); !res.Pass {
		t.Errorf("2 of 5 in the band with a required share of 40 %% must pass: %+v", res)
	}
	// Bimodal runs whose mean lies in the band while no run does: the
	// USA's defence share in 1955 (about 3.5 % or 12.5 %, band 8.2–12.2).
	bimodal := records(0.035, 0.125, 0.125, 0.125, 0.125, 0.035)
	res = Score(Target{Measure: value, Lo: 0.082, Hi: 0.122}, bimodal)
	if res.Mean < 0.082 || res.Mean > 0.122 || res.InBand != 0 || res.Pass {
		t.Errorf("a bimodal measure must fail run by run though its mean (%v) is in the band: %+v", res.Mean, res)
	}
}

// The four-state world: history allies A–B in all four years and C–D in
// 2002–2003; the run allies A–B throughout, C–D in 2003 only and A–C in
// 2000. The scenario starts with A and B allied, puts them in one camp,
// and gives C and D a common rival, A (C from the start, D from 2002).
func fourStates(camps bool) (*Record, *History, sim.Config) {
	ids := []string{"AAA", "BBB", "CCC", "DDD"}
	h := &History{}
	h.ReadCodes(strings.NewReader("scenario,id,ccode,from,to\nfour,AAA,1,2000,2003\nfour,BBB,2,2000,2003\nfour,CCC,3,2000,2003\nfour,DDD,4,2000,2003\n"), "four")
	if err := h.ReadSpells(strings.NewReader("atopid,member,yrent,yrexit,defense,offense\n9001,1,1990,0,1,0\n9001,2,1990,0,1,0\n9002,3,2002,2003,0,1\n9002,4,2002,2003,0,1\n")); err != nil {
		panic(err)
	}
	r := &Record{IDs: ids}
	for y := 2000; y <= 2003; y++ {
		r.Years = append(r.Years, float64(y))
		ns := make([]NationTick, 4)
		for i := range ns {
			ns[i] = NationTick{Active: true, GDP: 1, Share: 0.02}
		}
		ns[0].Alliances, ns[1].Alliances = []string{"A1"}, []string{"A1"}
		as := []AllianceTick{{ID: "A1", Members: []int{0, 1}}}
		if y == 2000 {
			ns[0].Alliances, ns[2].Alliances = append(ns[0].Alliances, "A2"), []string{"A2"}
			as = append(as, AllianceTick{ID: "A2", Members: []int{0, 2}})
		}
		if y == 2003 {
			ns[2].Alliances, ns[3].Alliances = []string{"A3"}, []string{"A3"}
			as = append(as, AllianceTick{ID: "A3", Members: []int{2, 3}})
		}
		r.Nations = append(r.Nations, ns)
		r.Allies = append(r.Allies, as)
	}
	cfg := sim.Config{Name: "four", StartYear: 2000, EndYear: 2003, TicksPerYear: 1}
	for _, id := range ids {
		cfg.Nations = append(cfg.Nations, agents.Nation{ID: id, Active: true})
	}
	if camps {
		cfg.Nations[0].Camp, cfg.Nations[1].Camp = "x", "x"
	}
	cfg.Alliances = []sim.AllianceConfig{{Members: []int{0, 1}}}
	cfg.Rivalries = []sim.Relation{{A: 2, B: 0, Level: 0.5}, {A: 3, B: 0, Level: 0.5, From: 2}}
	return r, h, cfg
}

func TestKappaAndBaselines(t *testing.T) {
	r, h, cfg := fourStates(false)
	c := confusion(ofRecord(r), h, 2000, 2003, r.Allied)
	if (c != Confusion{TP: 5, FP: 1, FN: 1, TN: 17}) {
		t.Fatalf("confusion %+v, want TP 5, FP 1, FN 1, TN 17", c)
	}
	// p_o = 22/24, both predict 6 of 24: p_e = 0.625, κ = 7/9.
	if !near(c.Agreement(), 22.0/24) || !near(c.Kappa(), 7.0/9) || !near(c.Precision(), 5.0/6) || !near(c.Recall(), 5.0/6) {
		t.Errorf("agreement %v κ %v precision %v recall %v, want 22/24, 7/9, 5/6, 5/6", c.Agreement(), c.Kappa(), c.Precision(), c.Recall())
	}
	want := map[string]float64{
		"no alliances": 0,
		// A–B in every year: p_o = 22/24, p_e = 16/24, κ = 3/4.
		"alliances of the start persist": 0.75,
		// C–D in 2002–2003 (common rival A): p_o = 20/24, p_e = 34/48, κ = 3/7.
		"sides given by the inputs": 3.0 / 7,
	}
	bs := Baselines(cfg)
	if len(bs) != 3 {
		t.Fatalf("%d baselines without camps, want 3", len(bs))
	}
	for _, b := range bs {
		got := confusion(ofConfig(cfg), h, 2000, 2003, b.Pred).Kappa()
		if !near(got, want[b.Name]) {
			t.Errorf("baseline %q: κ = %v, want %v", b.Name, got, want[b.Name])
		}
	}
	// With camps, A and B share one: the inputs then give history exactly,
	// and the camps alone give A–B.
	_, _, cfg = fourStates(true)
	bs = Baselines(cfg)
	got := map[string]float64{}
	for _, b := range bs {
		got[b.Name] = confusion(ofConfig(cfg), h, 2000, 2003, b.Pred).Kappa()
	}
	if !near(got["sides given by the inputs"], 1) || !near(got["same camp"], 0.75) {
		t.Errorf("with camps: %v, want the inputs' κ 1 and the camps' 0.75", got)
	}
	// The skill row: the run (7/9) beats the best baseline without camps
	// (3/4); with them the best baseline is perfect (1), no run can beat
	// it, and the row is information, not a target.
	for _, camps := range []bool{false, true} {
		r, h, cfg := fourStates(camps)
		var skill Target
		for _, tg := range membership(cfg, h, 2000, 2003, 0.5) {
			if strings.Contains(tg.Name, "skill") {
				skill = tg
			}
		}
		v, _ := skill.Measure(r)
		if skill.Info != camps || !camps && !skill.Met(r) {
			t.Errorf("camps %v: skill %v, information %v, met %v", camps, v, skill.Info, skill.Met(r))
		}
	}
}

func TestKappaEdges(t *testing.T) {
	if k := (Confusion{TN: 10}).Kappa(); k != 0 {
		t.Errorf("history and prediction both without alliances: κ = %v, want 0", k)
	}
	if k := (Confusion{}).Kappa(); !math.IsNaN(k) {
		t.Errorf("no pair-years: κ = %v, want NaN", k)
	}
	if k := (Confusion{TP: 3, TN: 7}).Kappa(); !near(k, 1) {
		t.Errorf("perfect: κ = %v, want 1", k)
	}
}

// Romania is ROM in the scenario and in ATOP's codes: it counts in the
// Eastern bloc.
func TestRomaniaCounts(t *testing.T) {
	if !slices.Contains(eastMembers, "ROM") {
		t.Fatalf("eastMembers %v lacks ROM", eastMembers)
	}
	sc, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range eastMembers {
		if !slices.ContainsFunc(sc.Config.Nations, func(n agents.Nation) bool { return n.ID == id }) {
			t.Errorf("eastern member %s is not a nation of cold-war", id)
		}
	}
	r := &Record{IDs: []string{"RUS", "ROM", "HUN", "BUL"}, Years: []float64{1960}}
	ns := []NationTick{{Active: true, Alliances: []string{"A1"}}, {Active: true, Alliances: []string{"A1"}},
		{Active: true, Alliances: []string{"A1"}}, {Active: true}}
	r.Nations = [][]NationTick{ns}
	r.Allies = [][]AllianceTick{{{ID: "A1", Members: []int{0, 1, 2}}}}
	if !blocAt(r, "RUS", eastMembers, 2, 1960) || blocAt(r, "RUS", eastMembers, 3, 1960) {
		t.Error("the USSR's bloc of Romania and Hungary must count two Eastern members")
	}
}

// "Dissolved" means the USSR is allied with none of the Eastern European
// states it held in 1988: a pact that lives on with one of them is no
// dissolution, and the run's story shows it alive.
func TestDissolvedMeansTheBlocIsGone(t *testing.T) {
	rec := func(alb bool) *Record {
		r := &Record{IDs: []string{"RUS", "POL", "ALB", "CHN"}}
		for y := 1988; y <= 1991; y++ {
			r.Years = append(r.Years, float64(y))
			ns := []NationTick{{Active: true, Alliances: []string{"A1"}}, {Active: true}, {Active: true}, {Active: true, Alliances: []string{"A1"}}}
			members := []int{0, 3}
			if y == 1988 {
				ns[1].Alliances = []string{"A1"}
				members = append(members, 1)
			}
			if y == 1988 || alb {
				ns[2].Alliances = []string{"A1"}
				members = append(members, 2)
			}
			r.Nations = append(r.Nations, ns)
			r.Allies = append(r.Allies, []AllianceTick{{ID: "A1", Members: members}})
		}
		return r
	}
	if dissolvedBy(rec(true), "RUS", eastMembers, 1988, 1991) {
		t.Error("a pact of the USSR, Albania and China alive in 1991 is no dissolution")
	}
	if !dissolvedBy(rec(false), "RUS", eastMembers, 1988, 1991) {
		t.Error("the USSR allied with none of its 1988 Eastern allies (China aside) is a dissolution")
	}
}

func TestRunsIndependentOfWorkers(t *testing.T) {
	sc, err := scenarios.Load("classroom-balance", []string{"end_year=2020"})
	if err != nil {
		t.Fatal(err)
	}
	one, err := Runs(context.Background(), sc.Config, 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	many, err := Runs(context.Background(), sc.Config, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	// NaN ≠ NaN, so compare printed records.
	same := true
	for k := range one {
		same = same && fmt.Sprintf("%v", *one[k]) == fmt.Sprintf("%v", *many[k])
	}
	if !same {
		t.Error("records differ between 1 and 3 workers")
	}
	if reflect.DeepEqual(one[0].Nations, one[1].Nations) {
		t.Error("seeds 1 and 2 gave identical runs")
	}
	rep := NewReport("classroom-balance", []Target{{Name: "anything", Measure: func(*Record) (float64, bool) { return 1, true }, Lo: 0, Hi: 2}}, one)
	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil || !strings.Contains(b.String(), "1 of 1 targets hold") || !strings.Contains(b.String(), "4 of 4 (need 80 %)") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
}

// Every built-in historical scenario has targets, and its table prints the
// band and the runs in it.
func TestHistoricalTables(t *testing.T) {
	for _, name := range Scenarios() {
		rep := evaluateBuiltin(t, name, 2)
		var b bytes.Buffer
		if err := rep.WriteTable(&b); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"band", "runs in band", "Co-membership κ", "skill", "baseline no alliances"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s: the table lacks %q", name, want)
			}
		}
	}
}

// TestConsultationOnlyYearsDoNotCount: a pact counts as a defence or
// offence pact only in the years in which one of its members is obliged to
// defend or attack (the European Union's treaty of 1992, ATOP 4175, obliged
// its members to consult until 2007); a member without an obligation of
// its own still counts in those years (an asymmetric guarantee).
func TestConsultationOnlyYearsDoNotCount(t *testing.T) {
	h := &History{}
	if err := h.ReadCodes(strings.NewReader("scenario,id,ccode,from,to\nx,AAA,1,1990,2020\nx,BBB,2,1990,2020\nx,CCC,3,1990,2020\n"), "x"); err != nil {
		t.Fatal(err)
	}
	spells := "atopid,member,yrent,yrexit,defense,offense\n" +
		"4175,1,1992,2007,0,0\n4175,2,1992,2007,0,0\n4175,1,2007,0,1,0\n4175,2,2007,0,1,0\n" +
		"3375,1,1960,0,1,0\n3375,3,1960,0,0,0\n"
	if err := h.ReadSpells(strings.NewReader(spells)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a, b string
		year int
		want bool
	}{
		{"AAA", "BBB", 2000, false}, {"AAA", "BBB", 2006, false},
		{"AAA", "BBB", 2007, true}, {"AAA", "BBB", 2015, true},
		{"AAA", "CCC", 2000, true}, {"BBB", "CCC", 2000, false},
	} {
		if got := h.Allied(c.a, c.b, c.year); got != c.want {
			t.Errorf("Allied(%s, %s, %d) = %v, want %v", c.a, c.b, c.year, got, c.want)
		}
	}
}

// Britain's aloofness counts every continental power that comes to share a
// pact with it after the start, through a new pact or by joining one of
// the start's: Austria-Hungary joining the 1870 guarantee Britain shared
// with Prussia is a new commitment; Prussia staying in it is not.
func TestNewTieCountsAccessionToAStartPact(t *testing.T) {
	continental := []string{"GMY", "AUH"}
	start := []AllianceTick{{ID: "A1", Members: []int{0, 1}}}
	// rec is a run of four years whose start is start and whose years
	// 1872–74 hold the given alliances.
	rec := func(years ...[]AllianceTick) *Record {
		r := &Record{IDs: []string{"UKG", "GMY", "AUH", "POR"}, Years: []float64{1871, 1872, 1873, 1874}, Start: start}
		for range r.Years {
			r.Nations = append(r.Nations, make([]NationTick, 4))
		}
		r.Allies = append([][]AllianceTick{start}, years...)
		return r
	}
	same := []AllianceTick{{ID: "A1", Members: []int{0, 1}}}
	cases := []struct {
		name  string
		years [][]AllianceTick
		want  bool
	}{
		{"the start's pact with Prussia lives on", [][]AllianceTick{same, same, same}, false},
		{"Austria-Hungary joins it", [][]AllianceTick{same, {{ID: "A1", Members: []int{0, 1, 2}}}, same}, true},
		{"a new pact with Austria-Hungary", [][]AllianceTick{same, {{ID: "A1", Members: []int{0, 1}}, {ID: "A2", Members: []int{0, 2}}}, same}, true},
		{"Prussia leaves it and rejoins", [][]AllianceTick{same, {{ID: "A1", Members: []int{0, 3}}}, same}, true},
		{"a new pact with Portugal only", [][]AllianceTick{{{ID: "A2", Members: []int{0, 3}}}, nil, nil}, false},
		{"a pact Britain is not in", [][]AllianceTick{{{ID: "A2", Members: []int{1, 2}}}, nil, nil}, false},
	}
	for _, c := range cases {
		if got := newTieWith(rec(c.years...), "UKG", continental, 1872, 1874); got != c.want {
			t.Errorf("%s: new tie %v, want %v", c.name, got, c.want)
		}
	}
	// The start is the pacts in force before the first tick, not the first
	// tick's: Austria-Hungary joining in 1871 is a new tie too.
	r := rec(same, same, same)
	r.Allies[0] = []AllianceTick{{ID: "A1", Members: []int{0, 1, 2}}}
	if !newTieWith(r, "UKG", continental, 1871, 1874) {
		t.Error("a continental power joining in the first tick must count")
	}
}

// The start's pacts persisting count a state an entry puts in one of them
// from the tick it enters, with the pact's members and its earlier
// entrants: what the runs are given, the baseline is given.
func TestPersistenceCountsTheStartsEntrants(t *testing.T) {
	cfg := sim.Config{
		Nations:   make([]agents.Nation, 5),
		Alliances: []sim.AllianceConfig{{Name: "old", Members: []int{0, 1}}, {Name: "other", Members: []int{3, 4}}},
		Events: []sim.Event{
			{Tick: 6, Kind: sim.Entry, Nation: 2, Alliance: sim.AllianceRef{Name: "old", Holder: -1}},
		},
	}
	p := startPersist(cfg)
	for _, c := range []struct {
		t, i, j int
		want    bool
	}{
		{0, 0, 1, true}, {0, 3, 4, true}, {5, 0, 2, false}, {5, 2, 1, false},
		{6, 0, 2, true}, {9, 2, 1, true}, {9, 2, 3, false}, {9, 2, 2, false},
	} {
		if got := p(c.t, c.i, c.j); got != c.want {
			t.Errorf("tick %d, %d–%d allied %v, want %v", c.t, c.i, c.j, got, c.want)
		}
	}
}
