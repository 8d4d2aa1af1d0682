package serve

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Info is the page's Info panel for a scenario, in the four parts of a
// NetLogo model's Info tab.
type Info struct {
	What   string   `json:"what"`   // what the scenario is: its own description
	How    string   `json:"how"`    // the model, in a paragraph
	Notice []string `json:"notice"` // things to notice
	Try    []string `json:"try"`    // things to try with the controls
}

// howItWorks is the model in a paragraph, the same for every scenario.
const howItWorks = `Every tick (a year, a quarter or a month) each nation looks at the forces around it: how strong each other nation is, how near it is and how hostile. From that threat it sets its defence budget (more threat, more spending, less when its debt is high). Then each nation asks whether an alliance would make it safer than it costs: the security of allied forces against the burden of the alliance's spending target, autonomy given up to larger partners and enemies inherited from allies. Alliances form, grow and lose members by these choices alone. Each alliance has a cohesion that rises with a common threat and falls when the burden is shared unequally, when members grow apart or run short of money; a strained alliance can dissolve. The simulation runs on the server, with the same engine as the entente command line.`

// notes holds the Things to notice and Things to try of each built-in.
var notes = map[string]struct{ notice, try []string }{
	"cold-war": {
		notice: []string{
			"No alliance is written in the file, yet two blocs form within the first years (with seed 1, in 1947 itself): one around the USSR, one around the USA and Western Europe. History: NATO in 1949, the Warsaw Pact in 1955.",
			"Sweden, Switzerland, Finland, Austria and Ireland stay grey: neutral states need great danger to give up their neutrality.",
			"In the defence-share chart the USA's line stays far above its European allies': the small allies ride on the largest one.",
			"After the revolutions of 1989 the eastern bloc's European members leave it one by one.",
		},
		try: []string{
			"Raise threat reactivity (k) while the run plays: every nation answers threat with more spending, and the shares climb.",
			"Raise the alliance target: members are pulled toward it; watch the burden gap and cohesion.",
			"Set up again with another seed: the blocs still form, but the dates and members of the strains change.",
		},
	},
	"21st-century": {
		notice: []string{
			"NATO is in force from the start; watch whether the states that joined it later in history join it here.",
			"The burden-sharing strain before 2014, and the rise in spending after Crimea (2014) and the invasion of Ukraine (2022).",
			"Whether Finland and Sweden give up their neutrality.",
		},
		try: []string{
			"Lower fiscal sensitivity: budgets ignore debt, and spending after 2022 rises faster.",
			"Raise the alliance target to 3.5 % or more and watch cohesion and the burden gap.",
		},
	},
	"classroom-balance": {
		notice: []string{
			"Both sides ally at once, the north around Norland and the south around Sudria; Elmhold, far from both, stays out.",
			"In 2015 a debt crisis hits the south: defaults and fiscal stress strain its bloc, and it breaks apart for good. The northern bloc goes on.",
			"Norland, the largest northern member, spends the largest share of its GDP: the small allies ride on it.",
		},
		try: []string{
			"Raise aid generosity before 2015: do richer allies' loans and aid save the southern bloc, or only delay its end?",
			"Lower fiscal sensitivity and see whether the southern states keep spending through the crisis.",
		},
	},
	"classroom-free-riders": {
		notice: []string{
			"The five democracies ally against Ferrum.",
			"In the defence-share chart Magna's line stays above the four small allies': they count on its forces and spend less.",
		},
		try: []string{
			"Raise privateness (ψ) to 0.6: more of each army protects only its own country, the small allies must provide for themselves, and the gap narrows.",
			"Raise the alliance target and see who is pulled up most.",
		},
	},
	"classroom-arms-race": {
		notice: []string{
			"From 2003, when their border quarrel flares up, Westria and Eastia's budgets climb for a few years and then level off: the race settles.",
			"Southport, threatened by no one, spends little and joins no one.",
		},
		try: []string{
			"Raise threat reactivity (k) to 2 while it plays: each side's step up provokes a larger one, and both run to the ceiling.",
			"Then lower it again: does the race come back down?",
		},
	},
}

// infoFor makes the Info panel of a scenario from its description and,
// for a built-in, its notes.
func infoFor(name, description string) Info {
	info := Info{What: pageTerms(strings.TrimSpace(description)), How: howItWorks}
	if info.What == "" {
		info.What = "This scenario has no description."
	}
	if n, ok := notes[name]; ok {
		info.Notice, info.Try = n.notice, n.try
		return info
	}
	info.Notice = []string{"Watch the ticker: every alliance that forms, is strained or dissolves is told there, with the reason.", "Nodes are sized by military capability and coloured by alliance; grey nodes are in none."}
	info.Try = []string{"Move the live sliders while it plays: a change takes effect at the next tick.", "Set up again with another seed."}
	return info
}

// setFlag is a command-line override in a description, with the word
// before it: "Try `--set psi0=0.6`", "again with `--set k=2`".
var setFlag = regexp.MustCompile("(?i)(\\b(?:try|with)\\s+)?`?--set\\s+([A-Za-z0-9_.]+)=([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)`?")

// pageTerms says a description's command-line overrides in the page's
// terms: `--set psi0=0.6` is the privateness slider at 0.60. A key with
// no slider is left as written.
func pageTerms(text string) string {
	return setFlag.ReplaceAllStringFunc(text, func(m string) string {
		sub := setFlag.FindStringSubmatch(m)
		lead, key, raw := sub[1], sub[2], sub[3]
		var p *liveParam
		for i := range liveParams {
			if liveParams[i].Key == key {
				p = &liveParams[i]
			}
		}
		v, err := strconv.ParseFloat(raw, 64)
		if p == nil || err != nil {
			return m
		}
		value := strconv.FormatFloat(v, 'f', -1, 64)
		if p.Percent {
			value = strconv.FormatFloat(v*100, 'f', -1, 64) + " %"
		}
		slider := fmt.Sprintf("the %s slider (%s)", p.Label, key)
		switch strings.ToLower(strings.TrimSpace(lead)) {
		case "try":
			return lead[:1] + "ry setting " + slider + " to " + value
		case "with":
			return lead + slider + " at " + value
		}
		return lead + "set " + slider + " to " + value
	})
}
