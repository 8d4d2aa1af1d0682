package serve

import (
	"fmt"
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
	IdleTimeout time.Duration // a session with no stream and no request for this long is reclaimed
	Speed       float64       // ticks per second a new session plays at
	KeepAlive   time.Duration // comment lines on an idle stream, so proxies and time-outs do not cut it
}

// DefaultOptions are the limits of `entente serve`: a class of thirty with
// two tabs each, on a laptop. A session keeps every frame of its run (a
// few kB a tick at 150 nations), so the worst case is some hundreds of MB.
var DefaultOptions = Options{
	MaxSessions: 64,
	MaxNations:  150,
	MaxTicks:    600,
	MaxUpload:   256 << 10,
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
	if o.IdleTimeout > 0 {
		d.IdleTimeout = o.IdleTimeout
	}
	if o.Speed > 0 {
		d.Speed = o.Speed
	}
	if o.KeepAlive > 0 {
		d.KeepAlive = o.KeepAlive
	}
	return d
}

// check holds a scenario to the session limits.
func (o Options) check(sc *scenarios.Scenario) error {
	if n := len(sc.Config.Nations); n > o.MaxNations {
		return fmt.Errorf("%d nations: this server runs at most %d", n, o.MaxNations)
	}
	if t := sc.Config.Ticks(); t > o.MaxTicks {
		return fmt.Errorf("%d ticks: this server runs at most %d", t, o.MaxTicks)
	}
	return nil
}

// Speeds bound the speed slider [ticks per second].
const (
	MinSpeed = 0.25
	MaxSpeed = 20.0
)
