package serve

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"entente/scenarios"
	"entente/sim"
)

// session is one browser tab's simulation: the chosen scenario, the world,
// the frames of the current run, and its player. Every field is guarded by
// mu; changed is closed (and replaced) whenever a stream has something new
// to send.
type session struct {
	id  string
	srv *Server

	mu       sync.Mutex
	changed  chan struct{}
	lastSeen time.Time
	streams  int
	gone     bool   // reclaimed, failed, or the server closed
	failed   string // why the session ended on a panic, for the page (failLocked); "" if it did not

	upload    []byte // the uploaded scenario's bytes, if any
	uploadRef string // its name, as the picker shows it
	// The uploaded file the current run was set up from, for Reset.
	runUpload    []byte
	runUploadRef string

	// The current run.
	gen       int // counts setups: frames of an older run are never sent
	scenario  string
	seed      uint64
	sc        *scenarios.Scenario
	world     *sim.World
	live      map[string]float64 // live values set by the page since setup
	changes   []liveChange       // every live value set in this run, in order, for the download's replay
	runReq    setupRequest       // the setup of this run, for the download's replay
	names     namer              // the alliances' names in this run
	notes     liveNotes          // live changes, told with the next tick
	setup     []byte             // the setup event, encoded
	frames    [][]byte           // one tick event per tick run, encoded
	playing   bool
	stop      chan struct{} // closed to stop the player
	speed     float64       // ticks per second
	statusVer int
}

func newSession(id string, srv *Server) *session {
	return &session{id: id, srv: srv, changed: make(chan struct{}), lastSeen: time.Now(), speed: srv.opts.Speed}
}

// notifyLocked wakes every stream of the session.
func (s *session) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// setupRequest is the page's Setup: the setup-time controls.
type setupRequest struct {
	Scenario string  `json:"scenario"` // a built-in's name, or "upload"
	Seed     *uint64 `json:"seed"`     // nil: the scenario's
	Keep     bool    `json:"keep"`     // Reset: keep the live values set since the last setup
	// Live are slider values set before Setup: they apply from the
	// first tick, as if set on the scenario's [model] table.
	Live map[string]float64 `json:"live"`
	// Model are the advanced panel's other [model] constants, set at
	// Setup as `--set model.KEY=value` would (the loader checks them).
	Model map[string]float64 `json:"model"`
	Sets  []string           `json:"-"`
}

// load reads the scenario a setup names, with the setup-time overrides.
func (s *session) loadLocked(req setupRequest) (*scenarios.Scenario, error) {
	var over []string
	if req.Seed != nil {
		over = append(over, fmt.Sprintf("seed=%d", *req.Seed))
	}
	over = append(over, req.Sets...)
	data, ref := s.upload, s.uploadRef
	if req.Keep { // Reset runs the file this run was set up from, even if another came since
		data, ref = s.runUpload, s.runUploadRef
	}
	return loadScenario(req.Scenario, over, data, ref)
}

// loadScenario reads a built-in by name, or the uploaded bytes for
// "upload", with overrides. It never opens a file.
func loadScenario(name string, over []string, data []byte, ref string) (*scenarios.Scenario, error) {
	if name == "upload" {
		if data == nil {
			return nil, fmt.Errorf("no scenario has been uploaded")
		}
		return scenarios.Parse(ref, data, over)
	}
	known := false
	for _, b := range scenarios.Builtins() {
		known = known || b.Name == name
	}
	if !known { // never a path: only built-ins are loaded by name
		return nil, fmt.Errorf("unknown scenario %q", name)
	}
	return scenarios.Load(name, over)
}

// setupLocked builds a new world and starts a new run.
func (s *session) setupLocked(req setupRequest) error {
	s.srv.panicHook(s.id, "setup")
	if len(req.Model) > 0 {
		sets, err := modelSets(req.Model)
		if err != nil {
			return err
		}
		req.Sets = append(req.Sets, sets...)
	}
	sc, err := s.loadLocked(req)
	if err != nil {
		return err
	}
	if err := s.srv.opts.check(sc); err != nil {
		return err
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		return err
	}
	live := map[string]float64{}
	var changes []liveChange
	if req.Keep {
		for k, v := range s.live {
			if err := w.SetLiveParam(k, v); err == nil {
				live[k] = v
				changes = append(changes, liveChange{After: w.Tick(), Key: k, Value: v})
			}
		}
	} else {
		for _, k := range sim.LiveParamKeys() { // in a fixed order
			v, ok := req.Live[k]
			if !ok {
				continue
			}
			if err := w.SetLiveParam(k, v); err != nil {
				return fmt.Errorf("%s: %w", liveLabel(k), err)
			}
			live[k] = v
			changes = append(changes, liveChange{After: w.Tick(), Key: k, Value: v})
		}
		for k := range req.Live {
			if _, err := w.LiveParam(k); err != nil {
				return fmt.Errorf("no slider %q", k)
			}
		}
	}
	s.pauseLocked()
	s.gen++
	s.scenario, s.sc, s.world, s.live, s.notes, s.names = req.Scenario, sc, w, live, nil, namer{}
	s.changes = changes
	if req.Scenario == "upload" && !req.Keep {
		s.runUpload, s.runUploadRef = s.upload, s.uploadRef
	}
	s.seed = sc.Config.Seed
	seed := s.seed
	s.runReq = setupRequest{Scenario: req.Scenario, Seed: &seed, Sets: req.Sets}
	s.setup = event("setup", newSetupFrame(s.gen, sc, w, infoFor(sc.Name, sc.Description)))
	s.frames = [][]byte{event("tick", newTickFrame(s.gen, w, nil, s.names))}
	s.statusVer++
	s.notifyLocked()
	return nil
}

// stepLocked runs one tick and records its frame; false when the run has
// ended (or there is none).
func (s *session) stepLocked() bool {
	if s.world == nil {
		return false
	}
	s.srv.panicHook(s.id, "step")
	if !s.world.Step() {
		if err := s.world.Err(); err != nil {
			// A quantity of the run is no longer finite (sim/finite.go):
			// the session ends with the engine's reason, as on a panic.
			_ = s.failLocked("stepping", err, nil)
		}
		return false
	}
	lines := append(s.notes.lines(), tickerLines(s.world, s.names)...)
	s.notes = nil
	if s.world.Done() {
		lines = append(lines, Line{Kind: "end", Text: fmt.Sprintf("%s: the end of the run, %s",
			when(s.world.Config(), s.world.Tick()), standing(s.world.Diagnostics().Alliances))})
		s.pauseLocked()
	}
	s.frames = append(s.frames, event("tick", newTickFrame(s.gen, s.world, lines, s.names)))
	s.notifyLocked()
	return true
}

// standing says how many alliances stand.
func standing(n int) string {
	switch n {
	case 0:
		return "no alliance stands"
	case 1:
		return "one alliance stands"
	}
	return fmt.Sprintf("%d alliances stand", n)
}

// setLiveLocked changes a live constant from the next tick on, and tells
// the class with the next tick's lines.
func (s *session) setLiveLocked(key string, value float64) error {
	if s.world == nil {
		return fmt.Errorf("press Setup first")
	}
	s.srv.panicHook(s.id, "live")
	if err := s.world.SetLiveParam(key, value); err != nil {
		return err
	}
	s.live[key] = value
	s.changes = append(s.changes, liveChange{After: s.world.Tick(), Key: key, Value: value})
	next := s.world.Tick() + 1
	if next >= s.world.Config().Ticks() {
		next = s.world.Tick()
	}
	s.notes.set(key, Line{Kind: "live", Text: fmt.Sprintf("%s: %s set to %s", when(s.world.Config(), max(next, 0)), liveLabel(key), liveFormat(key, value))})
	s.statusVer++
	s.notifyLocked()
	return nil
}

// playLocked starts the player, unless it runs or the run has ended.
func (s *session) playLocked() {
	if s.playing || s.world == nil || s.world.Done() || s.gone {
		return
	}
	s.playing = true
	s.stop = make(chan struct{})
	s.srv.wg.Add(1)
	go s.player(s.stop)
	s.statusVer++
	s.notifyLocked()
}

func (s *session) pauseLocked() {
	if !s.playing {
		return
	}
	s.playing = false
	close(s.stop)
	s.stop = nil
	s.statusVer++
	s.notifyLocked()
}

// player steps the world at the session's speed until stopped or done (or
// failed: a panic in a step ends the session, not the process, and stops
// the player through pauseLocked).
func (s *session) player(stop chan struct{}) {
	defer s.srv.wg.Done()
	for {
		s.mu.Lock()
		wait := time.Duration(float64(time.Second) / s.speed)
		s.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-stop:
			t.Stop()
			return
		case <-t.C:
		}
		s.mu.Lock()
		select {
		case <-stop: // paused while waiting for the lock
			s.mu.Unlock()
			return
		default:
		}
		s.playTickLocked()
		s.mu.Unlock()
	}
}

// playTickLocked is one tick of play: a step under the session's guard,
// and a pause when the run has ended or failed.
func (s *session) playTickLocked() {
	_ = s.guardLocked("playing", func() error {
		if !s.stepLocked() {
			s.pauseLocked()
		}
		return nil
	})
}

// status is the controls' state, sent to every stream on each change.
type status struct {
	Playing  bool               `json:"playing"`
	Speed    float64            `json:"speed"`
	Gen      int                `json:"gen"`
	Scenario string             `json:"scenario"`
	Tick     int                `json:"tick"`
	Done     bool               `json:"done"`
	Live     map[string]float64 `json:"live"`
	Upload   string             `json:"upload"`
}

func (s *session) statusLocked() []byte {
	st := status{Playing: s.playing, Speed: s.speed, Gen: s.gen, Scenario: s.scenario, Tick: -1, Live: map[string]float64{}, Upload: s.uploadRef}
	if s.world != nil {
		st.Tick, st.Done = s.world.Tick(), s.world.Done()
		for _, k := range sim.LiveParamKeys() {
			st.Live[k], _ = s.world.LiveParam(k)
		}
	}
	return event("status", st)
}

// event encodes one Server-Sent Event.
func event(name string, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic("serve: frame does not encode: " + err.Error()) // our own types
	}
	return []byte("event: " + name + "\ndata: " + string(data) + "\n\n")
}
