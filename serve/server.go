package serve

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"sync"
	"time"
)

//go:embed static
var static embed.FS

// Server is the classroom server: an http.Handler holding the sessions.
// Close it to stop every session.
type Server struct {
	opts Options
	mux  *http.ServeMux

	mu       sync.Mutex
	sessions map[string]*session
	closing  chan struct{}
	closed   bool
	wg       sync.WaitGroup // players and the reaper
	guard    http.Handler   // the mux behind the cross-origin check

	downloadSlots chan struct{} // replays for downloads running now (download.go)

	classes *classes // classes playing (class.go)

	testPanic func(id, where string) // panicHook's: nil outside tests
}

// New makes a server with the given limits (zero fields take defaults)
// and starts its reaper of idle sessions.
func New(opts Options) *Server {
	s := &Server{opts: opts.withDefaults(), mux: http.NewServeMux(), sessions: map[string]*session{}, closing: make(chan struct{})}
	s.downloadSlots = make(chan struct{}, downloadSlotCount())
	assets, err := fs.Sub(static, "static")
	if err != nil {
		panic("serve: embedded assets missing: " + err.Error())
	}
	s.mux.Handle("GET /{$}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, assets, "index.html")
	}))
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(assets)))
	s.mux.HandleFunc("GET /api/catalogue", s.catalogue)
	s.mux.HandleFunc("POST /api/sessions", s.create)
	s.mux.HandleFunc("GET /api/sessions/{id}/stream", s.stream)
	s.mux.HandleFunc("POST /api/sessions/{id}/{action}", s.control)
	s.mux.HandleFunc("GET /api/sessions/{id}/download/{file}", s.download)
	// A class: the teacher's page, the students' page, their API.
	for path, page := range map[string]string{"GET /class": "class.html", "GET /play": "play.html"} {
		s.mux.Handle(path, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.ServeFileFS(w, r, assets, page)
		}))
	}
	s.classes = newClasses()
	s.classRoutes()
	// No web page of another origin may press the buttons (a page the
	// teacher opens could otherwise fill every session): Go's CSRF guard
	// refuses cross-origin POSTs by Sec-Fetch-Site or Origin.
	s.guard = http.NewCrossOriginProtection().Handler(s.mux)
	s.wg.Add(1)
	go s.reap()
	return s
}

// ServeHTTP serves the page, its assets and the API, with headers that
// keep the page to its own origin.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.guard.ServeHTTP(w, r)
}

// Close stops every player and stream and the reaper, and waits for them.
// Streams end with a final "bye" event, so pages do not reconnect.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.closing)
	sessions := s.sessions
	s.sessions = map[string]*session{}
	s.mu.Unlock()
	for _, ss := range sessions {
		ss.end()
	}
	s.wg.Wait()
}

// Sessions is the number of open sessions.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// end stops a session's player and its streams. A session leaves the
// server's map only once it has ended (or in Close, which ends every one
// it took out), so no player can start on a session nobody will stop: its
// WaitGroup.Add always comes before Close's Wait.
func (ss *session) end() {
	ss.mu.Lock()
	ss.endLocked()
	ss.mu.Unlock()
}

func (ss *session) endLocked() {
	ss.gone = true
	ss.pauseLocked()
	ss.notifyLocked()
}

// newSession opens a session, or returns nil when the server is full or
// closed.
func (s *Server) newSession() *session {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("serve: no randomness: " + err.Error())
	}
	id := hex.EncodeToString(b[:])
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || len(s.sessions) >= s.opts.MaxSessions {
		return nil
	}
	ss := newSession(id, s)
	s.sessions[id] = ss
	return ss
}

func (s *Server) session(id string) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions[id]
}

// drop closes one session (the page left).
func (s *Server) drop(id string) {
	ss := s.session(id)
	if ss == nil {
		return
	}
	ss.end()
	s.mu.Lock()
	delete(s.sessions, id)
	s.mu.Unlock()
}

// reap reclaims sessions that have had no stream and no request for the
// idle time-out, and takes out those that failed (failLocked), which have
// ended already.
func (s *Server) reap() {
	defer s.wg.Done()
	every := min(s.opts.IdleTimeout/2, 30*time.Second)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.closing:
			return
		case now := <-t.C:
			s.reapIdle(now)
			s.reapClasses(now)
		}
	}
}

func (s *Server) reapIdle(now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, ss := range s.sessions {
		ss.mu.Lock()
		if ss.gone || ss.streams == 0 && now.Sub(ss.lastSeen) > s.opts.IdleTimeout {
			ss.endLocked()
			delete(s.sessions, id)
		}
		ss.mu.Unlock()
	}
}
