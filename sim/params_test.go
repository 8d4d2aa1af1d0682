package sim

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestParamTable(t *testing.T) {
	table := ParamTable()
	if n := reflect.TypeFor[Params]().NumField(); len(table) != n {
		t.Errorf("%d keys for %d fields", len(table), n)
	}
	seen := map[string]string{}
	def := reflect.ValueOf(DefaultParams())
	for _, p := range table {
		if p.Key == "" || p.Unit == "" || p.Help == "" {
			t.Errorf("field %s: key %q, unit %q, help %q: none may be empty", p.Field, p.Key, p.Unit, p.Help)
		}
		if p.Key != strings.ToLower(p.Key) || strings.ContainsAny(p.Key, " .-") {
			t.Errorf("key %q is not a lower-case TOML bare key", p.Key)
		}
		if prev, dup := seen[p.Key]; dup {
			t.Errorf("key %q used by %s and %s", p.Key, prev, p.Field)
		}
		seen[p.Key] = p.Field
		if p.Symbol == "" {
			t.Errorf("%s: no symbol", p.Key)
		}
		if _, err := parseRange(p.Range); err != nil {
			t.Errorf("%s: %v", p.Key, err)
		}
		if f := def.FieldByName(p.Field); !f.IsValid() || f.Float() != p.Default {
			t.Errorf("%s: default %v, want DefaultParams' %v", p.Key, p.Default, f)
		}
	}
	for _, p := range table {
		r, _ := parseRange(p.Range)
		for _, rel := range r.relations {
			if _, ok := seen[rel.key]; !ok {
				t.Errorf("%s: range %q names unknown key %q", p.Key, p.Range, rel.key)
			}
		}
	}
	// ParamTableOf reports the values it is given.
	p := DefaultParams()
	p.Reactivity = 0.123
	for _, info := range ParamTableOf(p) {
		if info.Key == "k" && info.Default != 0.123 {
			t.Errorf("ParamTableOf gives k = %v, want 0.123", info.Default)
		}
	}
}

func TestDefaultParamsValidate(t *testing.T) {
	if errs := DefaultParams().Validate(); len(errs) > 0 {
		t.Errorf("the defaults do not validate: %v", errs)
	}
	// MODEL.md's hysteresis: v_exit < 0 < v_join < v_form.
	p := DefaultParams()
	if !(p.ExitValue < 0 && 0 < p.JoinValue && p.JoinValue < p.FormValue) {
		t.Errorf("v_exit %v, v_join %v, v_form %v break the hysteresis", p.ExitValue, p.JoinValue, p.FormValue)
	}
}

func TestValidateNamesTheKey(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Params)
		key    string
	}{
		{"rate above one", func(p *Params) { p.Smoothing = 1.5 }, "model.mu"},
		{"negative share", func(p *Params) { p.MinShare = -0.01 }, "model.s_min"},
		{"s_min above s_max", func(p *Params) { p.MinShare, p.MaxShare = 0.2, 0.1 }, "model.s_min"},
		{"b_max not above b_safe", func(p *Params) { p.MaxDebt = 0.5 }, "model.b_max"},
		{"positive v_exit", func(p *Params) { p.ExitValue = 0.1 }, "model.v_exit"},
		{"v_form below v_join", func(p *Params) { p.FormValue = 0.01 }, "model.v_form"},
		{"p_default not above p_borrow", func(p *Params) { p.DefaultAt = 0.4 }, "model.p_default"},
		{"zero x0", func(p *Params) { p.BurdenRef = 0 }, "model.x0"},
		{"income elasticity above two", func(p *Params) { p.IncomeElast = 2.5 }, "model.eta"},
		{"negative reactivity", func(p *Params) { p.Reactivity = -1 }, "model.k"},
		{"NaN", func(p *Params) { p.Gradient = math.NaN() }, "model.gamma"},
		{"infinity", func(p *Params) { p.LoanCap = math.Inf(1) }, "model.loan_cap"},
		{"zero loan term", func(p *Params) { p.LoanTerm = 0 }, "model.loan_term"},
		{"h_hi not above h_lo", func(p *Params) { p.NeutralHigh = p.NeutralLow }, "model.h_hi"},
		{"c_dissolve above c_strain", func(p *Params) { p.DissolveLevel = 0.5 }, "model.c_dissolve"},
		{"real interest at -100 %", func(p *Params) { p.Interest = -1 }, "model.r_int"},
		{"hostility weight above one", func(p *Params) { p.HostileCamp = 1.5 }, "model.h_camp"},
		// Issue 18: durations that overflowed int when turned into ticks
		// (findings 1 and 5), and scale constants that made NaN (finding 4).
		{"shift window of 1e19 years", func(p *Params) { p.ShiftWindow = 1e19 }, "model.shift_window"},
		{"patience of 1e19 years", func(p *Params) { p.DissolvePatient = 1e19 }, "model.patience"},
		{"exit patience of 1e19 years", func(p *Params) { p.ExitPatience = 1e19 }, "model.exit_patience"},
		{"loan term of 1e19 years", func(p *Params) { p.LoanTerm = 1e19 }, "model.loan_term"},
		{"efficiency 1e308", func(p *Params) { p.Efficiency = 1e308 }, "model.e"},
		{"volatility 1e308", func(p *Params) { p.Volatility = 1e308 }, "model.sigma_g"},
		{"deficit 1e308", func(p *Params) { p.Deficit = 1e308 }, "model.d_base"},
		{"interest 1e308", func(p *Params) { p.Interest = 1e308 }, "model.r_int"},
		{"entrapment 1e308", func(p *Params) { p.Entrapment = 1e308 }, "model.chi"},
		{"bloc resolution 1e308", func(p *Params) { p.BlocResolution = 1e308 }, "model.bloc_resolution"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.change(&p)
			errs := p.Validate()
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			for _, err := range errs {
				if strings.HasPrefix(err.Error(), tc.key+":") {
					return
				}
			}
			t.Errorf("errors %v do not name %s", errs, tc.key)
		})
	}
	t.Run("every problem at once", func(t *testing.T) {
		p := DefaultParams()
		p.Smoothing, p.Gradient, p.ExitValue = 2, -1, 1
		if errs := p.Validate(); len(errs) < 3 {
			t.Errorf("%d errors for three bad values: %v", len(errs), errs)
		}
	})
	t.Run("a world with bad params is refused", func(t *testing.T) {
		cfg := testWorld()
		cfg.Params.Smoothing = 2
		if _, err := New(cfg, 0); err == nil || !strings.Contains(err.Error(), "model.mu") {
			t.Errorf("New: %v, want an error naming model.mu", err)
		}
	})
}

// Every range is bounded at both ends (issue 18): a constant anywhere in
// its range keeps the model's arithmetic finite, and what a tick count is
// made of stays far inside int. Each end is exercised on every built-in
// scenario by TestEveryKeyAtItsEnds.
func TestEveryRangeIsBounded(t *testing.T) {
	for _, p := range ParamTable() {
		r, err := parseRange(p.Range)
		if err != nil {
			t.Fatalf("%s: %v", p.Key, err)
		}
		if math.IsInf(r.lo, 0) || math.IsInf(r.hi, 0) {
			t.Errorf("%s: range %s is unbounded", p.Key, p.Range)
		}
		if p.Unit == "yr" && r.hi > 1000 {
			t.Errorf("%s: a duration up to %g years: 1000 at 12 ticks a year is the most a tick count needs", p.Key, r.hi)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"ticks per year", func(c *Config) { c.TicksPerYear = 2 }, "ticks_per_year"},
		{"years reversed", func(c *Config) { c.EndYear = c.StartYear - 1 }, "end_year"},
		{"no nations", func(c *Config) { c.Nations = nil }, "no nations"},
		{"islands length", func(c *Config) { c.Islands = []bool{true} }, "islands"},
		{"self rivalry", func(c *Config) { c.Rivalries = []Relation{{A: 1, B: 1, Level: 1}} }, "relation 0"},
		{"member out of range", func(c *Config) { c.Alliances = []AllianceConfig{{Members: []int{0, 99}}} }, "alliance 0"},
		{"event after the end", func(c *Config) { c.Events = []Event{{Tick: 10_000, Kind: Detente}} }, "event 0"},
		{"event dated after its tick", func(c *Config) { c.Events = []Event{{Tick: 2, Kind: Detente, From: 3}} }, "outside its tick"},
		{"event dated before its tick", func(c *Config) { c.Events = []Event{{Tick: 2, Kind: Detente, From: 1.5}} }, "outside its tick"},
		{"event dated NaN", func(c *Config) { c.Events = []Event{{Tick: 2, Kind: Detente, From: math.NaN()}} }, "outside its tick"},
		{"growth paths length", func(c *Config) { c.GrowthPaths = []GrowthPath{{}} }, "growth paths has 1 entries"},
		{"growth path NaN", func(c *Config) {
			c.GrowthPaths = make([]GrowthPath, len(c.Nations))
			c.GrowthPaths[1] = GrowthPath{From: 2001, Growth: []float64{0.02, math.NaN()}}
		}, "growth path's figure 1 (2002)"},
		{"growth path of −100 %", func(c *Config) {
			c.GrowthPaths = make([]GrowthPath, len(c.Nations))
			c.GrowthPaths[1] = GrowthPath{From: 2001, Growth: []float64{-1}}
		}, "growth path's figure 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testWorld()
			tc.change(&cfg)
			errs := cfg.Validate()
			for _, err := range errs {
				if strings.Contains(err.Error(), tc.want) {
					return
				}
			}
			t.Errorf("errors %v do not mention %q", errs, tc.want)
		})
	}
}

func TestParseRange(t *testing.T) {
	values := map[string]float64{"s_max": 0.25}
	for _, tc := range []struct {
		tag  string
		x    float64
		want string
	}{
		{"[0, 1]", 0, ""},
		{"[0, 1]", 1, ""},
		{"[0, 1]", 1.5, "must be in [0, 1], got 1.5"},
		{"(0, ∞)", 0, "must be positive, got 0"},
		{"[0, ∞)", -1, "must not be negative, got -1"},
		{"(−∞, 0)", 0, "must be negative, got 0"},
		{"(−1, ∞)", -1, "must be in (−1, ∞), got -1"},
		{"(−1, ∞)", -0.5, ""},
		{"(−∞, ∞)", -1e300, ""},
		{"[0, 1]; ≤ s_max", 0.3, "must not exceed s_max (0.25), got 0.3"},
		{"[0, 1]; < s_max", 0.25, "must be below s_max (0.25), got 0.25"},
		{"[0, 1]; ≥ s_max", 0.2, "must be at least s_max (0.25), got 0.2"},
		{"[0, 1]; > s_max", 0.25, "must exceed s_max (0.25), got 0.25"},
		{"[0, 1]", math.NaN(), "must be a finite number"},
	} {
		r, err := parseRange(tc.tag)
		if err != nil {
			t.Fatalf("%q: %v", tc.tag, err)
		}
		if got := r.check(tc.x, values); got != tc.want {
			t.Errorf("%q at %g: %q, want %q", tc.tag, tc.x, got, tc.want)
		}
	}
	for _, bad := range []string{"", "0, 1", "[0 1]", "[a, 1]", "[0, 1]; s_max", "[0, 1]; = s_max"} {
		if _, err := parseRange(bad); err == nil {
			t.Errorf("%q parses", bad)
		}
	}
}

// Ends gives a range's least and greatest admitted values: an open end's
// nearest float inside, bounds by other keys not applied.
func TestParamInfoEnds(t *testing.T) {
	lo, hi, err := ParamInfo{Range: "(0, 1]; ≤ s_max"}.Ends()
	if err != nil || lo != math.Nextafter(0, 1) || hi != 1 {
		t.Errorf("(0, 1]: %v, %v, %v", lo, hi, err)
	}
	if _, _, err := (ParamInfo{Range: "0 to 1"}).Ends(); err == nil {
		t.Error("a range that is not an interval gave ends")
	}
}
