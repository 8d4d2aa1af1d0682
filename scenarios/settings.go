package scenarios

import (
	"fmt"
	"regexp"
	"strings"

	"entente/sim"
)

var scenarioName = regexp.MustCompile(`^[a-z0-9-]+$`)

// maxYear bounds the calendar: a scenario's years are in [-maxYear, maxYear].
const maxYear = 9999

// checkScenario checks [scenario] and returns the geometry it names, and
// whether start_year and end_year are usable (events are checked against
// them only then).
func (l *loader) checkScenario() (geo sim.Geometry, yearsOK bool) {
	s := &l.scenario
	at := func(key, format string, args ...any) { l.errf("scenario", -1, key, format, args...) }
	required := func(key string) bool {
		if !l.has("scenario", -1, key) {
			at(key, "is required")
			return false
		}
		return true
	}
	if required("name") && !scenarioName.MatchString(s.Name) {
		at("name", "must be lowercase letters, digits and '-', got %q", s.Name)
	}
	if strings.ContainsAny(s.Title, "\r\n") {
		at("title", "must be one line")
	}
	if required("description") && strings.TrimSpace(s.Description) == "" {
		at("description", "must not be empty")
	}
	yearsOK = true
	for _, y := range []struct {
		key  string
		year int64
	}{{"start_year", s.StartYear}, {"end_year", s.EndYear}} {
		if !required(y.key) {
			yearsOK = false
		} else if y.year < -maxYear || y.year > maxYear {
			at(y.key, "must be in [%d, %d], got %d", -maxYear, maxYear, y.year)
			yearsOK = false
		}
	}
	if yearsOK && s.EndYear < s.StartYear {
		at("end_year", "must not be before start_year (%d), got %d", s.StartYear, s.EndYear)
		yearsOK = false
	}
	switch s.TicksPerYear {
	case 1, 4, 12:
	default:
		at("ticks_per_year", "must be 1, 4 or 12, got %d", s.TicksPerYear)
		yearsOK = false
	}
	if s.Seed < 0 {
		at("seed", "must not be negative, got %d", s.Seed)
	}
	if s.PerceivedThreat < 0 || s.PerceivedThreat > 1 {
		at("perceived_threat", "must be in [0, 1], got %g", s.PerceivedThreat)
	}
	if !(s.ShareYears >= 0 && s.ShareYears <= sim.MaxShareYears) {
		at("share_years", "must be in [0, %d], got %g", sim.MaxShareYears, s.ShareYears)
	}
	switch s.Geometry {
	case "geo":
		geo = sim.Geographic
	case "plane":
		geo = sim.Plane
	default:
		at("geometry", `must be "geo" or "plane", got %q`, s.Geometry)
		geo = -1
	}
	for i, src := range s.Sources {
		if strings.TrimSpace(src) == "" {
			l.errf("scenario", -1, fmt.Sprintf("sources[%d]", i), "must not be empty")
		}
	}
	// A value of the wrong type (reported) leaves a default that would
	// mislead the checks that depend on it.
	for _, key := range []string{"start_year", "end_year", "ticks_per_year"} {
		if l.isBad("scenario", -1, key) {
			yearsOK = false
		}
	}
	if l.isBad("scenario", -1, "geometry") {
		geo = -1
	}
	return geo, yearsOK
}

// checkModel reports the [model] constants outside their domain
// (sim.Params.Validate), each at its key's line.
func (l *loader) checkModel() {
	for _, err := range l.params.Validate() {
		path, msg, ok := strings.Cut(err.Error(), ": ")
		key, inModel := strings.CutPrefix(path, "model.")
		if !ok || !inModel {
			key, msg = "", err.Error()
		}
		l.errf("model", -1, key, "%s", msg)
	}
}
