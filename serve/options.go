package serve

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"entente/scenarios"
)

// Options bound what one server and each of its sessions may use. The
// zero value of a field takes its default (DefaultOptions).
type Options struct {
	MaxSessions int           // sessions at once
	MaxNations  int           // nations in a scenario
	MaxTicks    int           // ticks in a run
	MaxUpload   int64         // bytes of an uploaded scenario
	MaxRunBytes int64         // a session's estimated memory for one run (runBytes): nations and ticks together
	IdleTimeout time.Duration // a session with no stream and no request for this long is reclaimed
	Speed       float64       // ticks per second a new session plays at
	KeepAlive   time.Duration // comment lines on an idle stream, so proxies and time-outs do not cut it

	// Hosts are the names, besides localhost and this machine's
	// addresses, that requests may be addressed to (Serve's Host check;
	// `entente serve --host`).
	Hosts []string
	// JoinURL is the address students open to join a class (the
	// network address `entente serve` prints); "": the address the
	// teacher's page was loaded from.
	JoinURL string
	// Log receives what only the operator should read: a session that
	// failed on a panic, with its stack. Nil: discarded.
	Log *slog.Logger
}

// DefaultOptions are the limits of `entente serve`: a class of thirty with
// two tabs each, on a laptop. A session keeps its world (n² relations) and
// every frame of its run (a few kB a tick at 150 nations): the largest run
// allowed, 150 nations for 600 ticks, is estimated at 17 MiB (runBytes;
// about 6 MB measured), so 64 sessions stay near a gigabyte at the very
// worst. MaxRunBytes bounds nations × ticks by itself, should either cap
// be raised.
var DefaultOptions = Options{
	MaxSessions: 64,
	MaxNations:  150,
	MaxTicks:    600,
	MaxUpload:   256 << 10,
	MaxRunBytes: 24 << 20,
	IdleTimeout: 10 * time.Minute,
	Speed:       1,
	KeepAlive:   15 * time.Second,
}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.MaxSessions > 0 {
		d.MaxSessions = o.MaxSessions
	}
	if o.MaxNations > 0 {
		d.MaxNations = o.MaxNations
	}
	if o.MaxTicks > 0 {
		d.MaxTicks = o.MaxTicks
	}
	if o.MaxUpload > 0 {
		d.MaxUpload = o.MaxUpload
	}
	if o.MaxRunBytes > 0 {
		d.MaxRunBytes = o.MaxRunBytes
	}
	if o.IdleTimeout > 0 {
		d.IdleTimeout = o.IdleTimeout
	}
	if o.Speed > 0 {
		d.Speed = o.Speed
	}
	if o.KeepAlive > 0 {
		d.KeepAlive = o.KeepAlive
	}
	d.Hosts, d.Log, d.JoinURL = o.Hosts, o.Log, o.JoinURL
	if d.Log == nil {
		d.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return d
}

// check holds a scenario to the session limits. It runs on the parsed
// scenario (bounded by MaxUpload), before the world or any frame is
// allocated.
func (o Options) check(sc *scenarios.Scenario) error {
	n, t := len(sc.Config.Nations), sc.Config.Ticks()
	if n > o.MaxNations {
		return fmt.Errorf("%d nations: this server runs at most %d", n, o.MaxNations)
	}
	if t > o.MaxTicks {
		return fmt.Errorf("%d ticks: this server runs at most %d", t, o.MaxTicks)
	}
	if b := runBytes(n, t); b > o.MaxRunBytes {
		return fmt.Errorf("%d nations for %d ticks would need about %d MiB: this server gives a run at most %d MiB",
			n, t, (b+1<<20-1)>>20, o.MaxRunBytes>>20)
	}
	return nil
}

// Speeds bound the speed slider [ticks per second].
const (
	MinSpeed = 0.25
	MaxSpeed = 20.0
)
