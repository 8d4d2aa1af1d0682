package results

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"entente/sim"
)

// The decision log of a steered run (a class, a scripted policy) is JSON
// lines: a header naming the format, its version, Entente's version, the
// scenario as loaded (name, source, SHA-256, overrides with the seed) and
// the steered nations; one line per decision a controller made, in the
// order the engine asked; and an end line with the number of ticks run.
// With the scenario it is all a replay needs: the engine is deterministic,
// and nations not decided for follow the rules in the replay as they did.
// encoding/json writes floats in their shortest exact form, so a share
// read back is the share decided, to the bit.
const (
	DecisionFormat        = "entente-decisions"
	DecisionFormatVersion = 1
)

// DecisionHeader is the first line of a decision log.
type DecisionHeader struct {
	Format        string   `json:"format"`
	FormatVersion int      `json:"format_version"`
	Version       string   `json:"version"` // Entente's
	Scenario      string   `json:"scenario"`
	Source        string   `json:"source"` // builtin:NAME: a replay loads it by name
	SHA256        string   `json:"sha256"`
	Overrides     []string `json:"overrides"` // as --set takes them, the seed included
	Seed          uint64   `json:"seed"`
	Steered       []string `json:"steered"` // nation IDs
}

// DecisionLine is one decision: which tick, which nation, what.
type DecisionLine struct {
	Tick   int    `json:"tick"`
	Nation string `json:"nation"`
	sim.Decision
}

// decisionEnd is the last line: how many ticks the run had when it ended.
type decisionEnd struct {
	End   bool `json:"end"`
	Ticks int  `json:"ticks"`
}

// DecisionLog writes a decision log. It is safe for concurrent use (a
// class's handlers read it while its run writes).
type DecisionLog struct {
	mu  sync.Mutex
	enc *json.Encoder
	err error
}

// NewDecisionLog writes the header to out and returns the log.
func NewDecisionLog(out io.Writer, h DecisionHeader) (*DecisionLog, error) {
	h.Format, h.FormatVersion, h.Version = DecisionFormat, DecisionFormatVersion, Version
	l := &DecisionLog{enc: json.NewEncoder(out)}
	if err := l.enc.Encode(h); err != nil {
		return nil, fmt.Errorf("write decision log: %w", err)
	}
	return l, nil
}

// Record wraps c so that every decision it makes is written to the log
// (the nations named by their IDs in nations). A decision with a share or
// aid that is not a finite number cannot be written (JSON has no NaN):
// it is taken as no decision, in the run as in its replay.
func (l *DecisionLog) Record(c sim.Controller, nations []string) sim.Controller {
	return sim.ControllerFunc(func(tick, i int, ch *sim.Choices) (sim.Decision, bool) {
		d, ok := c.Decide(tick, i, ch)
		if !writable(d.Share) || !writable(d.Aid) {
			return sim.Decision{}, false
		}
		if ok {
			l.write(DecisionLine{Tick: tick, Nation: nations[i], Decision: d})
		}
		return d, ok
	})
}

func writable(v *float64) bool { return v == nil || !(math.IsNaN(*v) || math.IsInf(*v, 0)) }

// End writes the end line: the run stopped after ticks ticks.
func (l *DecisionLog) End(ticks int) error {
	l.write(decisionEnd{End: true, Ticks: ticks})
	return l.Err()
}

// Err is the first write error, if any.
func (l *DecisionLog) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

func (l *DecisionLog) write(v any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err == nil {
		if err := l.enc.Encode(v); err != nil {
			l.err = fmt.Errorf("write decision log: %w", err)
		}
	}
}

// Decisions is a decision log read back.
type Decisions struct {
	Header DecisionHeader
	Lines  []DecisionLine
	Ticks  int // from the end line; -1 when the log has none (the run was cut off)
}

// maxDecisionLine bounds one line of a log (a decision is ~100 bytes).
const maxDecisionLine = 64 << 10

// ReadDecisions reads and checks a decision log: its format and version,
// every line in order of ticks, every nation steered.
func ReadDecisions(r io.Reader) (*Decisions, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxDecisionLine)
	d := &Decisions{Ticks: -1}
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			if err := json.Unmarshal(b, &d.Header); err != nil || d.Header.Format != DecisionFormat {
				return nil, fmt.Errorf("line 1: not an Entente decision log (the header names format %q)", DecisionFormat)
			}
			if d.Header.FormatVersion != DecisionFormatVersion {
				return nil, fmt.Errorf("line 1: decision log format version %d; this Entente reads version %d", d.Header.FormatVersion, DecisionFormatVersion)
			}
			continue
		}
		if d.Ticks >= 0 {
			return nil, fmt.Errorf("line %d: after the end line", line)
		}
		var end decisionEnd
		if err := json.Unmarshal(b, &end); err == nil && end.End {
			d.Ticks = end.Ticks
			continue
		}
		var dl DecisionLine
		if err := json.Unmarshal(b, &dl); err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		switch {
		case !slices.Contains(d.Header.Steered, dl.Nation):
			return nil, fmt.Errorf("line %d: %q is not a steered nation", line, dl.Nation)
		case len(d.Lines) > 0 && dl.Tick < d.Lines[len(d.Lines)-1].Tick, dl.Tick < 0:
			return nil, fmt.Errorf("line %d: tick %d out of order", line, dl.Tick)
		}
		d.Lines = append(d.Lines, dl)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, errors.New("empty decision log")
	}
	return d, nil
}

// Controller returns a controller that makes the log's decisions again,
// for a world of the log's scenario (nation IDs resolved against nations).
func (d *Decisions) Controller(nations []string) sim.Controller {
	type key struct{ tick, nation int }
	index := map[string]int{}
	for i, id := range nations {
		index[id] = i
	}
	byKey := map[key]sim.Decision{}
	for _, l := range d.Lines {
		byKey[key{l.Tick, index[l.Nation]}] = l.Decision
	}
	return sim.ControllerFunc(func(tick, i int, _ *sim.Choices) (sim.Decision, bool) {
		dec, ok := byKey[key{tick, i}]
		return dec, ok
	})
}
