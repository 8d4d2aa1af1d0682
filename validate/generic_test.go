package validate

import (
	"context"
	"math"
	"strings"
	"testing"

	"entente/scenarios"
)

// TestAnEraWithoutTargetsIsJudgedGenerically: Europe 1871–1913 under a
// name with no target set of its own, its reference data read as a new
// era's would be, is judged by the era-independent targets: its budgets
// against holding the start shares, its alliances against the baselines
// of its inputs. A name with no reference data has no targets at all.
func TestAnEraWithoutTargetsIsJudgedGenerically(t *testing.T) {
	cfg, h := loadBuiltin(t, "europe-1871")
	cfg.Name = "a-new-era"
	targets, ok := Targets(cfg, h)
	if !ok {
		t.Fatal("an era with reference data has no targets")
	}
	var names []string
	for _, tg := range targets {
		names = append(names, tg.Name)
	}
	want := []string{"Every state's defence share, RMSE over 1874–1913 (points)", "  holding each state's share of the start",
		RevertingRow, "Co-membership κ (Cohen) against ATOP, 1871–1913", "  skill: κ minus the best baseline's"}
	for k, w := range want {
		if k >= len(names) || names[k] != w {
			t.Fatalf("targets %q, want them to begin %q", names, want)
		}
	}
	var states []majorPower
	for _, n := range cfg.Nations {
		states = append(states, majorPower{n.ID, 1874})
	}
	held := startShareRMSE(cfg, h, states, 1874, 1913)
	if b := targets[0]; b.Info || b.Hi != held || math.IsNaN(held) || held <= 0 {
		t.Errorf("the budget target's band ends at %g (info %v); want the start shares held, %g", b.Hi, b.Info, held)
	}
	if !targets[2].Info {
		t.Errorf("the reverting forecast should be information: %+v", targets[2])
	}
	if targets[3].Info != true || targets[4].Info {
		t.Errorf("κ should be information and its skill a target: %+v, %+v", targets[3], targets[4])
	}
	rep, err := Evaluate(context.Background(), cfg, h, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Every state's defence share") || !strings.Contains(b.String(), "baseline sides given by the inputs") {
		t.Errorf("the report lacks the generic rows:\n%s", b.String())
	}

	empty, err := LoadHistory(scenarios.Data, "no-such-era")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Name = "no-such-era"
	if _, ok := Targets(cfg, empty); ok || HasHistory(scenarios.Data, "no-such-era") {
		t.Error("a scenario with no reference data should have no targets")
	}
	if !HasHistory(scenarios.Data, "europe-1871") || !HasHistory(scenarios.Data, "cold-war") {
		t.Error("the built-in eras have history")
	}
}

// An era whose best baseline agrees with history in every pair-year (the
// Americas of 1990–2014: every pair allied in every year or in none; the
// Americas of 1920–1938: no pair allied in any year, κ 0 for all) has
// no skill target: no model can beat the baseline, and one that changes
// nothing ties it, so the row is information. Elsewhere it is a target
// that asks for more than the baseline: the Americas of 1846–1869 start
// without a pact, as those of 1920 do, but ATOP allies some of their
// pairs later (Brazil and Argentina from 1859), so the baseline of no
// alliances is not perfect there.
func TestAPerfectBaselineLeavesNoSkillTarget(t *testing.T) {
	for _, c := range []struct {
		era     string
		perfect bool
	}{{"americas-1990", true}, {"americas-1920", true}, {"americas-1846", false}, {"europe-1871", false}} {
		cfg, h := loadBuiltin(t, c.era)
		targets, _ := Targets(cfg, h)
		var skill *Target
		for k := range targets {
			if targets[k].Name == "  skill: κ minus the best baseline's" {
				skill = &targets[k]
			}
		}
		if skill == nil {
			t.Fatalf("%s: no skill row", c.era)
		}
		if skill.Info != c.perfect {
			t.Errorf("%s: the skill row is information %v, want %v", c.era, skill.Info, c.perfect)
		}
		if !c.perfect && skill.Lo <= 0 {
			t.Errorf("%s: the skill band starts at %g: a model no better than the baseline would hold", c.era, skill.Lo)
		}
	}
}
