// Package serve is `entente serve`: a live classroom demonstration of the
// model in the browser, in the manner of a NetLogo interface (setup-time
// controls, live sliders, buttons, a map, plots and an event ticker).
//
// The simulation runs here, in Go, with the same engine as the command
// line (package sim); the page only draws. Each browser tab gets its own
// session (a world, its history of tick frames and its player), and
// receives the frames by Server-Sent Events. A stream replays the current
// run from its setup, so a reconnecting page loses nothing.
//
// Invariants it keeps:
//   - No request reads a file: the page and its assets are embedded, the
//     built-in scenarios come from package scenarios' embedded copies, and
//     an uploaded scenario is parsed from the request's bytes in memory.
//   - Every session is bounded (nations, ticks, their estimated memory,
//     upload size; a frame tells at most one change per live slider) and
//     the number of sessions is bounded; a session with no stream and no
//     request for Options.IdleTimeout is reclaimed.
//   - A panic in a session's work ends that session, with the reason on
//     its page, never the process (failure.go).
//   - Serve answers only requests addressed to localhost, to the names
//     given with --host and, beyond loopback, to this machine's addresses:
//     no DNS name rebound to the machine reaches it (hosts.go).
//   - A world is touched only under its session's lock; a live change is
//     applied between ticks and so takes effect from the next tick.
//   - Close stops every player and stream and waits for them: nothing the
//     server started outlives it.
//
// A class (class.go) is the participatory mode: students steer nations
// from their own devices (sim.Controller) while the rules play the rest,
// a round a tick. Its invariants: a class is started only from this
// machine; a student's token (128 random bits, in a header) acts only
// for its student's nation, found from the token, never from the
// request; wrong join codes are rate-limited per address; a class holds
// at most maxStudents, a server maxClasses; a class records its CSVs and
// decision log in memory, and closing it frees them and its clock.
package serve
