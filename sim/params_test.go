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
		if f := def.FieldByName(p.Field); !f.IsValid() || f.Float() != p.Default {
			t.Errorf("%s: default %v, want DefaultParams' %v", p.Key, p.Default, f)
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
		{"zero theta_half", func(p *Params) { p.ThetaHalf = 0 }, "model.theta_half"},
		{"negative reactivity", func(p *Params) { p.Reactivity = -1 }, "model.k"},
		{"NaN", func(p *Params) { p.Gradient = math.NaN() }, "model.gamma"},
		{"infinity", func(p *Params) { p.LoanCap = math.Inf(1) }, "model.loan_cap"},
		{"zero loan term", func(p *Params) { p.LoanTerm = 0 }, "model.loan_term"},
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
