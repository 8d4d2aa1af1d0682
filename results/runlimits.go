package results

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// ReadRun reads no more than the run's own summary.json says the run
// wrote: ticks × nations rows of nations.csv, as many events as it counts,
// a row of world.csv a tick. A tampered or foreign file (200,000 extra
// rows, one endless line) is refused when it passes the bound, before it
// takes the memory, rather than drawn into a figure the size of a city.

// summaryMax bounds summary.json, read before anything else: a summary
// lists the constants and each alliance's life, far less than this.
const summaryMax = 64 << 20

// rowMax is the most bytes a row may take beyond 64 a nation (the lists of
// members); the header may take as much again.
const rowMax = 64 << 10

// fileLimit bounds one file: rows after the header, and bytes in all.
type fileLimit struct {
	rows  int
	bytes int64
	why   string // what the bound comes from, for the message
}

type runLimits struct{ nations, alliances, events, world fileLimit }

// limitsOf derives the bounds of a run's files from its summary.
func limitsOf(s *Summary) (runLimits, error) {
	if s.Ticks < 0 || s.Nations < 0 {
		return runLimits{}, fmt.Errorf("summary.json: %d ticks and %d nations: want neither negative", s.Ticks, s.Nations)
	}
	cells, ok := mul(s.Ticks, s.Nations)
	events := 0
	for kind, n := range s.Final.Events {
		if n < 0 {
			return runLimits{}, fmt.Errorf("summary.json: %d events of kind %q", n, kind)
		}
		if events += n; events < 0 {
			ok = false
		}
	}
	if !ok {
		return runLimits{}, fmt.Errorf("summary.json: %d ticks × %d nations and %d events: too large to be a run", s.Ticks, s.Nations, events)
	}
	perRow := int64(rowMax) + 64*int64(s.Nations)
	limit := func(rows int, why string) fileLimit {
		b := perRow * int64(rows+1)
		if b/perRow != int64(rows+1) {
			b = math.MaxInt64
		}
		return fileLimit{rows: rows, bytes: b, why: why}
	}
	size := fmt.Sprintf("%d ticks × %d nations", s.Ticks, s.Nations)
	return runLimits{
		nations:   limit(cells, size),
		alliances: limit(cells, size),
		events:    limit(events, fmt.Sprintf("%d events", events)),
		world:     limit(s.Ticks, fmt.Sprintf("%d ticks", s.Ticks)),
	}, nil
}

// mul multiplies without overflow, reporting whether it could.
func mul(a, b int) (int, bool) {
	if a != 0 && b > math.MaxInt/a {
		return 0, false
	}
	return a * b, true
}

// errTooLarge is what capped returns once its bound is passed.
var errTooLarge = errors.New("larger than the run wrote")

// capped reads at most left bytes of r, and fails if r holds more.
type capped struct {
	r    io.Reader
	left int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		if _, err := io.ReadFull(c.r, one[:]); err != nil {
			return 0, err // io.EOF: the file ends just at the bound
		}
		return 0, errTooLarge
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
