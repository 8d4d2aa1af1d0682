package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// randomParams pushes each constant, with probability one half, to an
// end of its valid range (the nearest value inside an open end), to 0 or
// 1, or to a tenth or ten times its default, keeping only values Validate
// accepts.
func randomParams(r *rand.Rand) Params {
	p := DefaultParams()
	v := reflect.ValueOf(&p).Elem()
	for _, info := range ParamTable() {
		if r.IntN(2) == 0 {
			continue
		}
		f := v.FieldByName(info.Field)
		old := f.Float()
		var x float64
		switch r.IntN(6) {
		case 0:
			x = 0
		case 1:
			x = 1
		case 2:
			x = info.Default / 10
		case 3:
			x = info.Default * 10
		default:
			lo, hi, err := info.Ends()
			if err != nil {
				panic(err)
			}
			x = []float64{lo, hi}[r.IntN(2)]
		}
		if f.Kind() == reflect.Int {
			continue
		}
		f.SetFloat(x)
		if len(p.Validate()) > 0 {
			f.SetFloat(old)
		}
	}
	return p
}

// hostileWorld is a valid world of n nations, up to maxYears long, with random positions, sizes,
// debts, regimes, camps, rivalries, ties, alliances at the start, and
// events of every kind at random times.
func hostileWorld(r *rand.Rand, n, maxYears int) Config {
	p := randomParams(r)
	cfg := Config{Name: "random", StartYear: 2000, EndYear: 2000 + r.IntN(maxYears), TicksPerYear: []int{1, 4, 12}[r.IntN(3)],
		Seed: r.Uint64() >> 1, Geometry: Geometry(r.IntN(2)), Params: p, LatentThreat: r.Float64()}
	camps := []string{"", "red", "blue", "green"}
	regions := []string{"north", "south", "east"}
	for i := range n {
		nat := newNation(p, fmt.Sprintf("N%03d", i), r.Float64()*6000-3000, r.Float64()*6000-3000,
			math.Exp(r.NormFloat64()*1.5+5), r.Float64()*0.3)
		if cfg.Geometry == Geographic {
			nat.PosA, nat.PosB = r.Float64()*170-85, r.Float64()*360-180
		}
		nat.Debt, nat.Regime = r.Float64()*4, math.Round(r.Float64()*20-10)
		nat.Camp, nat.Region = camps[r.IntN(len(camps))], regions[r.IntN(len(regions))]
		nat.Neutral, nat.Command = r.IntN(10) == 0, r.IntN(10) == 0
		nat.Reach = r.Float64() * 15000
		nat.Growth, nat.Volatility = r.Float64()*0.1-0.03, r.Float64()*0.05
		nat.Capability = r.Float64() * nat.GDP
		if r.IntN(8) == 0 {
			nat.ShareCap, nat.RuleDebt = r.Float64()*0.05, r.Float64()*2
		}
		if r.IntN(10) == 0 && i > 0 {
			nat.Active = false // enters later
		}
		cfg.Nations = append(cfg.Nations, nat)
	}
	cfg.Nations[0].Active = true
	pair := func() (int, int, bool) {
		a, b := r.IntN(n), r.IntN(n)
		return a, b, a != b
	}
	for range n {
		if a, b, ok := pair(); ok {
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: a, B: b, Level: r.Float64()})
		}
		if a, b, ok := pair(); ok {
			cfg.Ties = append(cfg.Ties, Relation{A: a, B: b, Level: r.Float64()})
		}
	}
	if a, b, ok := pair(); ok && cfg.Nations[a].Active && cfg.Nations[b].Active {
		ac := AllianceConfig{Name: "old", Members: []int{a, b},
			Target: r.Float64() * 0.05, Cohesion: r.Float64(), Pooling: r.Float64() * 0.1, Age: r.Float64() * 40}
		if r.IntN(3) == 0 { // made in a war against states outside, over by the start or during the run
			ac.MadeInWar, ac.WarEnds = true, r.IntN(cfg.Ticks()+1)
		}
		if r.IntN(3) == 0 { // a term renewed during the run
			ac.Renews, ac.Renewal = true, r.IntN(cfg.Ticks()+1)
		}
		ac.Organised = r.IntN(2) == 0
		cfg.Alliances = append(cfg.Alliances, ac)
	}
	ticks := cfg.Ticks()
	group := func() Group {
		switch r.IntN(4) {
		case 0:
			return Group{All: true}
		case 1:
			return Group{Camps: []string{camps[1+r.IntN(3)]}}
		case 2:
			return Group{Regions: []string{regions[r.IntN(3)]}}
		}
		return Group{Nations: []int{r.IntN(n)}}
	}
	merged := map[int]bool{}
	for k, kind := range EventKinds {
		e := Event{Tick: r.IntN(ticks), Kind: kind, Label: "random " + strconv.Itoa(k), A: group(), B: group(),
			Delta: r.Float64(), Value: r.Float64(), Debt: r.Float64() * 2, Duration: 1 + r.IntN(ticks),
			Camp: camps[r.IntN(len(camps))], Alliance: AllianceRef{All: r.IntN(2) == 0, Holder: r.IntN(n)}}
		switch kind {
		case RegimeChange:
			e.Value = math.Round(r.Float64()*20 - 10)
		case AidProgramme:
			e.Value = r.Float64() * 50
		case Territory:
			e.Value = 0.25 + 2*r.Float64() // a loss or a gain
		case Entry:
			e.Nation = -1
			for i := range n {
				if !cfg.Nations[i].Active {
					e.Nation = i
					break
				}
			}
			if e.Nation < 0 {
				continue
			}
		case Merge:
			gone, into, ok := pair()
			if !ok || merged[gone] || merged[into] || !cfg.Nations[gone].Active || !cfg.Nations[into].Active {
				continue
			}
			merged[gone] = true
			e.Nation, e.Into = gone, into
		}
		cfg.Events = append(cfg.Events, e)
	}
	return cfg
}

// Hundreds of random worlds, from one nation to three hundred, run with
// every invariant checked after every tick. ENTENTE_RANDOM_WORLDS sets how
// many (default 200; 40 under -short).
func TestRandomWorldsKeepTheInvariants(t *testing.T) {
	count := 200
	if testing.Short() {
		count = 40
	}
	if s := os.Getenv("ENTENTE_RANDOM_WORLDS"); s != "" {
		count, _ = strconv.Atoi(s)
	}
	r := rand.New(rand.NewPCG(2026, 11))
	ran := 0
	for k := range count {
		n := 1 + r.IntN(12)
		switch {
		case k%50 == 49:
			n = 150 + r.IntN(151) // a few large ones, kept short
		case k%10 == 9:
			n = 20 + r.IntN(60)
		}
		years := 30
		if n > 100 {
			years = 2 // large worlds are slow: a couple of years
		}
		cfg := hostileWorld(r, n, years)
		if errs := cfg.Validate(); len(errs) > 0 {
			t.Fatalf("world %d: the generator made an invalid world: %v", k, errs)
		}
		w, err := New(cfg, 0)
		if err != nil {
			t.Fatalf("world %d (%d nations): %v", k, n, err)
		}
		c := NewChecker(w)
		for w.Step() {
			if err := c.Check(w); err != nil {
				t.Fatalf("world %d (%d nations, seed %d) breaks an invariant:\n%v", k, n, cfg.Seed, err)
			}
		}
		if err := w.Err(); err != nil { // the finiteness guard ended it early
			t.Fatalf("world %d (%d nations, seed %d): %v", k, n, cfg.Seed, err)
		}
		ran++
	}
	t.Logf("%d random worlds kept every invariant", ran)
}

// The checker fails when an invariant breaks: a NaN, a share out of its
// band, an alliance a member does not list, money that appears.
func TestCheckerCatchesBreakage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(w *World)
		want  string
	}{
		{"NaN GDP", func(w *World) { w.nations[0].GDP = math.NaN() }, "GDP is NaN"},
		{"share above 1", func(w *World) { w.nations[1].Share = 1.5 }, "share 1.5 outside [0, 1]"},
		{"a member that does not list its alliance", func(w *World) { w.memberships[0] = nil }, "who does not list it"},
		{"money from nowhere", func(w *World) { w.ledger.AidGiven += 1 }, "aid given/received"},
		{"aid given that nobody received", func(w *World) { w.flows[0].AidGiven += 1 }, "this tick's flows: aid given/received"},
		{"hostility above 1", func(w *World) { w.hostility.Set(0, 1, 1.2) }, "hostility 1.2 outside [0, 1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, financeWorld(1))
			c := NewChecker(w)
			w.Step()
			if err := c.Check(w); err != nil {
				t.Fatalf("a sound world fails: %v", err)
			}
			tc.spoil(w)
			err := c.Check(w)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}
