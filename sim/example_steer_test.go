package sim_test

import (
	"fmt"

	"entente/scenarios"
	"entente/sim"
)

// A researcher scripts one nation's policy in Go: Baymark spends 2 % of
// its GDP whatever its threat, and takes the alliance move with the
// largest security gain, staying put when none gains it security. The
// other nations follow the model's rules; Steering says what the rules
// would have done in Baymark's place.
func ExampleWorld_Steer() {
	sc, err := scenarios.Load("classroom-balance", nil)
	if err != nil {
		panic(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		panic(err)
	}
	const baymark = 2
	policy := sim.ControllerFunc(func(tick, nation int, c *sim.Choices) (sim.Decision, bool) {
		two := 0.02
		d := sim.Decision{Share: &two, Action: sim.Stay}
		best := 0.0
		for _, m := range c.Moves {
			if m.Action != sim.Leave && m.Value.Security > best {
				best, d.Action, d.Target = m.Value.Security, m.Action, m.Target
			}
		}
		return d, true
	})
	if err := w.Steer([]int{baymark}, policy); err != nil {
		panic(err)
	}
	for w.Step() && w.Tick() < 4 {
		s := w.Steering(baymark)
		fmt.Printf("%.0f: %v; share %.3f (the rule: %.3f); done %v, the rules: %v\n",
			w.Year(), s.Decision, s.Share, s.RuleShare, s.Done, s.Rule)
	}
	// Output:
	// 2000: share 0.02, found NOR; share 0.020 (the rule: 0.020); done [founded A1 with NOR], the rules: [found with NOR]
	// 2001: share 0.02, stay; share 0.020 (the rule: 0.020); done [], the rules: []
	// 2002: share 0.02, stay; share 0.020 (the rule: 0.021); done [], the rules: []
	// 2003: share 0.02, stay; share 0.020 (the rule: 0.023); done [], the rules: []
}
