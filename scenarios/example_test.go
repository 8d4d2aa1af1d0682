package scenarios_test

import (
	"fmt"

	"entente/scenarios"
)

const world = `
[scenario]
name = "two-states"
description = "Two rivals on a plane."
start_year = 2000
end_year = 2009
geometry = "plane"

[[nation]]
id = "ALP"
x = 0
y = 0
gdp = 500
share = 0.03

[[nation]]
id = "BET"
x = 1500
y = 0
gdp = 400
share = 0.04
`

func ExampleParse() {
	s, err := scenarios.Parse("two.toml", []byte(world), []string{"k=0.3"})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := s.Config
	fmt.Println(s.Name, c.Ticks(), "ticks, k =", c.Params.Reactivity)
	fmt.Println(c.Nations[1].ID, "starts with capability", c.Nations[1].Capability) // s·Y·e/(δ + g), g the default 0.02

	// Every problem at once, each with its line and the table's index.
	_, err = scenarios.Parse("two.toml", []byte(world+`
[[rivalry]]
a = "ALP"
b = "GAM"
level = 1.5
sorce = "a typo"
`), nil)
	fmt.Println(err)
	// Output:
	// two-states 10 ticks, k = 0.3
	// BET starts with capability 160
	// two.toml:25:1: rivalry[0].b: unknown nation "GAM"
	// two.toml:26:1: rivalry[0].level: must be in [0, 1], got 1.5
	// two.toml:27:1: rivalry[0].sorce: unknown key (did you mean source?)
}
