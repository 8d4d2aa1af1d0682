package serve

import (
	"fmt"
	"runtime/debug"
)

// A panic in a session's work (a bug in the engine, or here) ends that
// session, never the process. net/http recovers a handler's panic but not
// the player's, whose crash took every class's session with it (issue 18:
// `shift_window = 1e19` overflowed the engine's arithmetic); and a handler
// that panics while it holds a session's lock would leave it held, and
// with it the reaper, which takes every session's lock. So every piece of
// a session's work runs under guardLocked (or guard, without the lock): a
// panic is logged with its stack for the operator, ends the session (its
// world, possibly half-updated, is never touched again) and comes back as
// an error the page shows. The other sessions go on.

// failedError is a session's failure, worded for the page.
type failedError struct{ msg string }

func (e failedError) Error() string { return e.msg }

// guardLocked runs f, which holds the session's lock; a panic in f ends
// the session and is returned as a failedError.
func (s *session) guardLocked(what string, f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = s.failLocked(what, v, debug.Stack())
		}
	}()
	return f()
}

// guard runs f, which does not hold the session's lock (parsing an
// upload), as guardLocked does.
func (s *session) guard(what string, f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			stack := debug.Stack()
			s.mu.Lock()
			defer s.mu.Unlock()
			err = s.failLocked(what, v, stack)
		}
	}()
	return f()
}

// failLocked ends the session on a panic: the player stops, the streams
// send the reason and close, requests are answered with it, and the reaper
// takes the session out of the server at its next round.
func (s *session) failLocked(what string, v any, stack []byte) error {
	s.srv.opts.Log.Error("a session failed and has ended; the other sessions go on",
		"session", s.id, "while", what, "scenario", s.scenario, "panic", fmt.Sprint(v), "stack", string(stack))
	if s.failed == "" {
		s.failed = fmt.Sprintf("This session has ended: the simulation failed while %s (%v). "+
			"This is a bug in Entente; please report it with the scenario. Reload the page to start again.", what, v)
	}
	s.world, s.frames = nil, nil // possibly broken half-way; and no stream replays it now
	s.endLocked()
	return failedError{s.failed}
}

// panicHook is called at the named points of a session's work with the
// session's id; nil outside tests, which set it to inject a panic.
func (s *Server) panicHook(id, where string) {
	if s.testPanic != nil {
		s.testPanic(id, where)
	}
}
