package scenarios

import (
	"cmp"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"entente/internal/suggest"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/sim"
)

// Default is the built-in scenario the CLI runs when given none.
const Default = "cold-war"

//go:embed builtin/*.toml
var builtin embed.FS

// Scenario is a loaded scenario file: a world ready to run and what
// describes it.
type Scenario struct {
	Name, Title, Description string
	Source                   string   // the path, or "builtin:NAME"
	SHA256                   string   // hex SHA-256 of the file's bytes
	Sources                  []string // [scenario] sources (citations)
	Overrides                []string // the --set overrides applied, as given
	LeftOut                  []string // the event kinds left out of its runs (Without), sorted
	Config                   sim.Config
}

// Info names a built-in scenario.
type Info struct {
	Name, Title string
}

// Load reads a scenario: a file if nameOrPath contains a '/' or ends in
// .toml, else the built-in of that name. Problems with the scenario come
// as an *Error; a file that cannot be read comes as the os error, wrapped.
// See LoadContext to stop it.
func Load(nameOrPath string, overrides []string) (*Scenario, error) {
	return LoadContext(context.Background(), nameOrPath, overrides)
}

// isFile reports whether Load takes a name for a path.
func isFile(nameOrPath string) bool {
	return strings.ContainsRune(nameOrPath, '/') || strings.ContainsRune(nameOrPath, os.PathSeparator) ||
		strings.HasSuffix(nameOrPath, ".toml")
}

func load(ctx context.Context, nameOrPath string, overrides []string) (*Scenario, error) {
	if isFile(nameOrPath) {
		data, err := readLimited(nameOrPath)
		if err != nil {
			return nil, err
		}
		return parse(ctx, nameOrPath, data, overrides)
	}
	if len(overrides) == 0 {
		if s, ok := compiled(nameOrPath); ok {
			s.Source = "builtin:" + nameOrPath
			return s, nil
		}
	}
	file := "builtin/" + nameOrPath + ".toml"
	data, err := builtin.ReadFile(file)
	if err != nil {
		var names []string
		for _, b := range Builtins() {
			names = append(names, b.Name)
		}
		return nil, &Error{Problems: []Problem{{Message: fmt.Sprintf(
			"unknown scenario %q%s: not a file (a path has a '/' or ends in .toml) nor a built-in (%s)",
			nameOrPath, suggest.Hint(nameOrPath, names), strings.Join(names, ", "))}}}
	}
	s, err := parse(ctx, file, data, overrides)
	if s != nil {
		s.Source = "builtin:" + nameOrPath
	}
	return s, err
}

// Builtins lists the built-in scenarios, sorted by name.
func Builtins() []Info {
	files, _ := fs.Glob(builtin, "builtin/*.toml")
	out := make([]Info, 0, len(files))
	for _, f := range files {
		info := Info{Name: strings.TrimSuffix(path.Base(f), ".toml")}
		var head struct {
			Scenario struct{ Name, Title string } `toml:"scenario"`
		}
		if data, err := builtin.ReadFile(f); err == nil {
			_, _ = toml.Decode(string(data), &head) // a broken built-in fails in Load
		}
		info.Title = cmp.Or(head.Scenario.Title, head.Scenario.Name, info.Name)
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b Info) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Parse loads a scenario from a file's bytes; filename names it in
// problems and in Source. See the package documentation, and
// ParseContext to stop it.
func Parse(filename string, data []byte, overrides []string) (*Scenario, error) {
	return parse(context.Background(), filename, data, overrides)
}

func parse(ctx context.Context, filename string, data []byte, overrides []string) (*Scenario, error) {
	if len(data) > MaxFileSize {
		return nil, tooBig(filename, sizeMessage(int64(len(data))))
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	if err := CheckNesting(filename, text); err != nil { // before the decoder: see nesting.go
		return nil, err
	}
	l := newLoader(filename, text)
	var top topLevel
	md, err := toml.Decode(text, &top)
	if err != nil {
		return nil, &Error{Problems: []Problem{syntaxProblem(filename, l.loc.lines, err)}}
	}
	if err := stopped(ctx, filename); err != nil {
		return nil, err
	}
	l.md = md
	if l.foldedTables() {
		return nil, &Error{Problems: l.sorted()}
	}
	l.decodeTable("scenario", top.Scenario, &l.scenario)
	l.decodeTable("model", top.Model, &l.params)
	l.applyOverrides(overrides)
	l.nations = decodeArray(l, "nation", top.Nation, defaultNation(l.params))
	l.rivalries = decodeArray(l, "rivalry", top.Rivalry, relationTable{})
	l.ties = decodeArray(l, "tie", top.Tie, relationTable{})
	l.alliances = decodeArray(l, "alliance", top.Alliance, defaultAlliance(l.params))
	l.events = decodeArray(l, "event", top.Event, defaultEvent(l.params))
	l.unknownKeys()
	for k := range l.broken {
		if strings.HasSuffix(k, "!") { // an entry not decoded: validation would mislead
			return nil, &Error{Problems: l.sorted()}
		}
	}
	if err := stopped(ctx, filename); err != nil {
		return nil, err
	}
	cfg := l.build()
	if len(l.problems) == 0 && len(l.broken) == 0 {
		for _, err := range cfg.Validate() { // the engine's own guard
			l.problems = append(l.problems, Problem{File: filename, Message: err.Error()})
		}
	}
	if len(l.problems) > 0 {
		return nil, &Error{Problems: l.sorted()}
	}
	sum := sha256.Sum256(data)
	s := &l.scenario
	return &Scenario{
		Name: s.Name, Title: cmp.Or(s.Title, s.Name), Description: s.Description,
		Source: filename, SHA256: hex.EncodeToString(sum[:]),
		Sources: s.Sources, Overrides: slices.Clone(overrides), Config: cfg,
	}, nil
}

// build checks every table and assembles the world.
func (l *loader) build() sim.Config {
	geo, yearsOK := l.checkScenario()
	l.checkModel()
	nations, islands, regimeSince, shareRegimes := l.checkNations(geo)
	cfg := sim.Config{
		Name: l.scenario.Name, StartYear: int(l.scenario.StartYear), EndYear: int(l.scenario.EndYear),
		TicksPerYear: int(l.scenario.TicksPerYear), Seed: uint64(l.scenario.Seed), Geometry: geo,
		LatentThreat: 1 - l.scenario.PerceivedThreat, ShareYears: l.scenario.ShareYears,
		Params: l.params, Nations: nations, Islands: islands, RegimeSince: regimeSince, ShareRegimes: shareRegimes,
		GrowthPaths: l.growthPaths(),
		Rivalries:   l.checkRelations("rivalry", l.rivalries, 0, yearsOK),
		Ties:        l.checkRelations("tie", l.ties, -1, yearsOK),
		Alliances:   l.checkAlliances(),
	}
	entering := map[int]int{}
	cfg.Events = l.checkEvents(yearsOK, entering)
	for i := range entering {
		cfg.Nations[i].Active = false
	}
	l.checkFounders(cfg.Alliances, entering)
	l.checkRegimeSince(entering)
	return cfg
}

// checkRegimeSince refuses a regime_since after the nation's first year in
// the run, start_year or the year it enters: a regime reached in the run is
// a regime_change event.
func (l *loader) checkRegimeSince(entering map[int]int) {
	for i := range l.nations {
		if !l.has("nation", i, "regime_since") {
			continue
		}
		first, what := int(l.scenario.StartYear), "start_year"
		if k, late := entering[i]; late {
			first, what = int(l.events[k].Year), fmt.Sprintf("its entry (event[%d])", k)
		}
		if y := l.nations[i].RegimeSince; y < 1 {
			l.errf("nation", i, "regime_since", "must be a year, 1 or later, got %d (leave it out for a regime older than any window)", y)
		} else if y > first {
			l.errf("nation", i, "regime_since", "must not be after %s, %d, got %d: a regime reached in the run is a regime_change event", what, first, y)
		}
	}
}

// checkFounders refuses an alliance at the start that holds a state which
// only enters later: it would be a member outside the system.
func (l *loader) checkFounders(alliances []sim.AllianceConfig, entering map[int]int) {
	for k, a := range alliances {
		for j, m := range a.Members {
			if e, late := entering[m]; late {
				l.errf("alliance", k, fmt.Sprintf("members[%d]", j),
					"%s enters the system later (event[%d]): an alliance at the start can only hold states present at the start", l.nations[m].ID, e)
			}
		}
	}
}
