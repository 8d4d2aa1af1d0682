package serve

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"slices"
	"strings"
	"sync"

	"entente/agents"
	"entente/scenarios"
	"entente/sim"
)

// catalogue is what the page needs before any session: the built-in
// scenarios with their Info panels and their sliders' values, the live
// sliders and the limits.
func (s *Server) catalogue(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"scenarios": builtinEntries(), "default": scenarios.Default, "live": liveParams, "constants": constants,
		"speed":  map[string]float64{"min": MinSpeed, "max": MaxSpeed, "default": s.opts.Speed},
		"limits": map[string]any{"nations": s.opts.MaxNations, "ticks": s.opts.MaxTicks, "upload": s.opts.MaxUpload},
	})
}

// catalogueEntry is a built-in scenario as the picker shows it.
type catalogueEntry struct {
	Name  string             `json:"name"`
	Title string             `json:"title"`
	Seed  uint64             `json:"seed"`
	Info  Info               `json:"info"`
	Live  map[string]float64 `json:"live"`  // the sliders' values before Setup
	Model map[string]float64 `json:"model"` // the other constants' values (the advanced panel)
	// Nations are the scenario's, largest economy first, for a class's
	// teacher to pick the students' from.
	Nations []nationEntry `json:"nations"`
}

type nationEntry struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// builtinEntries are the built-ins, read once: they never change.
var builtinEntries = sync.OnceValue(func() []catalogueEntry {
	var list []catalogueEntry
	for _, b := range scenarios.Builtins() {
		e := catalogueEntry{Name: b.Name, Title: b.Title}
		if sc, err := scenarios.Load(b.Name, nil); err == nil {
			e.Info, e.Seed, e.Model = infoFor(sc.Name, sc.Description), sc.Config.Seed, modelValues(sc.Config.Params)
			ns := slices.Clone(sc.Config.Nations)
			slices.SortStableFunc(ns, func(a, b agents.Nation) int { return cmp.Compare(b.GDP, a.GDP) })
			for _, n := range ns {
				e.Nations = append(e.Nations, nationEntry{ID: n.ID, Name: n.Name})
			}
			if w, err := sim.New(sc.Config, 0); err == nil {
				e.Live = map[string]float64{}
				for _, k := range sim.LiveParamKeys() {
					e.Live[k], _ = w.LiveParam(k)
				}
			}
		}
		list = append(list, e)
	}
	return list
})

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	ss := s.newSession()
	if ss == nil {
		writeError(w, http.StatusServiceUnavailable, "the server has as many sessions as it allows; close a tab or try again later")
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"id": ss.id})
}

// actions are the buttons and sliders a session answers, with what the
// page is told the simulation was doing should one of them fail.
var actions = map[string]string{
	"setup": "setting up", "reset": "resetting", "step": "stepping", "play": "starting to play",
	"pause": "pausing", "speed": "changing the speed", "live": "applying a live change",
}

// control handles the buttons and sliders of one session.
func (s *Server) control(w http.ResponseWriter, r *http.Request) {
	id, action := r.PathValue("id"), r.PathValue("action")
	if action == "close" {
		s.drop(id)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	ss := s.session(id)
	if ss == nil {
		writeError(w, http.StatusNotFound, "no such session (it may have been closed after a long idle time): reload the page")
		return
	}
	if action == "upload" {
		s.upload(w, r, ss)
		return
	}
	doing, ok := actions[action]
	if !ok {
		writeError(w, http.StatusNotFound, "unknown action "+action)
		return
	}
	var body struct {
		setupRequest
		Key   string   `json:"key"`
		Value *float64 `json:"value"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10)).Decode(&body); err != nil && !errors.Is(err, io.EOF) {
		writeError(w, http.StatusBadRequest, "bad request body: "+err.Error())
		return
	}
	if !lockUnlessGone(w, ss) {
		return
	}
	defer ss.mu.Unlock()
	ss.lastSeen = timeNow()
	err := ss.guardLocked(doing, func() error { return ss.controlLocked(action, body.setupRequest, body.Key, body.Value) })
	var failed failedError
	switch {
	case errors.As(err, &failed):
		writeError(w, http.StatusInternalServerError, failed.msg)
	case err != nil:
		writeProblems(w, err)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// controlLocked does one of the actions.
func (ss *session) controlLocked(action string, setup setupRequest, key string, value *float64) error {
	switch action {
	case "setup":
		return ss.setupLocked(setup)
	case "reset": // the same setup again, keeping the live values
		if ss.sc == nil {
			return fmt.Errorf("press Setup first")
		}
		seed := ss.seed
		return ss.setupLocked(setupRequest{Scenario: ss.scenario, Seed: &seed, Keep: true, Sets: ss.runReq.Sets})
	case "step":
		if ss.world == nil {
			return fmt.Errorf("press Setup first")
		}
		ss.pauseLocked()
		if !ss.stepLocked() && ss.failed != "" {
			return failedError{ss.failed}
		}
	case "play":
		if ss.world == nil {
			return fmt.Errorf("press Setup first")
		}
		ss.playLocked()
	case "pause":
		ss.pauseLocked()
	case "speed":
		if value == nil || !(*value >= MinSpeed && *value <= MaxSpeed) {
			return fmt.Errorf("speed must be between %g and %g ticks a second", MinSpeed, MaxSpeed)
		}
		ss.speed = *value
		ss.statusVer++
		ss.notifyLocked()
	case "live":
		if value == nil {
			return fmt.Errorf("no value")
		}
		return ss.setLiveLocked(key, *value)
	}
	return nil
}

// writeGone answers a request to a session that has ended: with its
// failure, if it failed.
// lockUnlessGone locks the session and reports true, or, when it has
// failed or ended since it was looked up, writes why and reports false
// with the session unlocked.
func lockUnlessGone(w http.ResponseWriter, ss *session) bool {
	ss.mu.Lock()
	if ss.gone {
		writeGone(w, ss)
		ss.mu.Unlock()
		return false
	}
	return true
}

func writeGone(w http.ResponseWriter, ss *session) {
	if ss.failed != "" {
		writeError(w, http.StatusGone, ss.failed)
		return
	}
	writeError(w, http.StatusNotFound, "no such session: reload the page")
}

// upload takes a scenario's TOML as the request body, size-limited and
// parsed in memory; the loader's problems come back one per line. The
// name the page gives is only shown, never opened.
func (s *Server) upload(w http.ResponseWriter, r *http.Request, ss *session) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxUpload))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the file is larger than %d KiB", s.opts.MaxUpload>>10))
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "reading the upload: "+err.Error())
		return
	}
	name := uploadName(r.URL.Query().Get("name"))
	var sc *scenarios.Scenario
	live := map[string]float64{}
	err = ss.guard("reading the upload", func() (err error) {
		s.panicHook(ss.id, "upload")
		if sc, err = scenarios.Parse(name, data, nil); err != nil {
			return err
		}
		if err := s.opts.check(sc); err != nil {
			return err
		}
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			return err
		}
		for _, k := range sim.LiveParamKeys() {
			live[k], _ = w.LiveParam(k)
		}
		return nil
	})
	var failed failedError
	if errors.As(err, &failed) {
		writeError(w, http.StatusInternalServerError, failed.msg)
		return
	}
	if err != nil {
		writeProblems(w, err)
		return
	}
	if !lockUnlessGone(w, ss) {
		return
	}
	ss.upload, ss.uploadRef, ss.lastSeen = data, name, timeNow()
	ss.statusVer++
	ss.notifyLocked()
	ss.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"name": sc.Name, "title": sc.Title, "file": name, "seed": sc.Config.Seed, "live": live, "model": modelValues(sc.Config.Params), "info": infoFor(sc.Name, sc.Description)})
}

// uploadName is the base of the name the page gave, for messages only.
func uploadName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if len(name) > 80 {
		name = name[:80]
	}
	if name == "" || name == "." || name == "/" {
		name = "upload.toml"
	}
	return name
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v) // the client went away: nothing to do
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]any{"error": msg, "problems": []string{msg}})
}

// writeProblems answers 422 with a scenario's problems, one per entry, as
// the loader words them (file:line:col: key: message).
func writeProblems(w http.ResponseWriter, err error) {
	var se *scenarios.Error
	if errors.As(err, &se) {
		var ps []string
		for _, p := range se.Problems {
			ps = append(ps, p.String())
		}
		writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": se.Error(), "problems": ps})
		return
	}
	writeError(w, http.StatusUnprocessableEntity, err.Error())
}
