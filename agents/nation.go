package agents

// Nation is one state: its fixed attributes, its policy and its dynamic
// state. The engine keeps nations in a slice and always iterates them in
// index order.
type Nation struct {
	ID     string // COW stateabb, ISO3 or a classroom code
	Name   string
	Region string // free label used by regional events

	// Position: latitude and longitude in degrees on a geographic map, or
	// x and y in km on an abstract plane (the world says which).
	PosA, PosB float64

	Regime  float64 // r: Polity2-like score in [-10, 10]
	Camp    string  // ideological alignment label, "" for none
	Reach   float64 // power-projection range [km]
	Neutral bool    // a declared policy of neutrality
	Command bool    // a command economy: does not borrow, and sides by it in a contest of economic systems

	Policy Policy

	// Dynamic state.
	GDP        float64 // Y [billion USD]
	Growth     float64 // g: trend growth [1/yr]
	Volatility float64 // σ_g: growth volatility [1/sqrt(yr)]
	Share      float64 // s: defence share of GDP
	Capability float64 // K: military capability stock [billion USD]
	Debt       float64 // b: public debt over GDP
	Pressure   float64 // P: fiscal pressure in [0, 1]
	Deficit    float64 // d_base: structural deficit [share of GDP per yr]

	// A fiscal rule caps the share while debt exceeds RuleDebt; ShareCap 0
	// means no rule.
	ShareCap float64
	RuleDebt float64

	Active bool // in the system (entered and not merged)
}

// Budget is the defence budget B = s·Y [billion USD per yr].
func (n *Nation) Budget() float64 { return n.Share * n.GDP }
