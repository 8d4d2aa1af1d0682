package serve

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestLiveChangesKeepFramesSmall: 100,000 live-slider changes while paused
// built one 8.8 MB frame, which every stream replays (issue 18, item 12).
// Now the next tick tells each slider's last change once, and its frame
// stays the size of a frame. (20,000 changes show it as well as 100,000:
// each costs the engine's validation of every constant, slow under -race.)
func TestLiveChangesKeepFramesSmall(t *testing.T) {
	all := make([]string, len(liveParams))
	for i, p := range liveParams {
		all[i] = p.Key
	}
	for _, tc := range []struct {
		name    string
		keys    []string // the sliders moved, in turn
		changes int
	}{
		{"one change", []string{"k"}, 1},
		{"two sliders, once each", []string{"tau0", "k"}, 2},
		{"20,000 changes of one slider", []string{"k"}, 20_000},
		{"20,000 changes across every slider", all, 20_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := New(Options{Log: discardLogger()})
			defer srv.Close()
			ss := srv.newSession()
			ss.mu.Lock()
			defer ss.mu.Unlock()
			if err := ss.setupLocked(setupRequest{Scenario: "classroom-arms-race"}); err != nil {
				t.Fatal(err)
			}
			last := map[string]float64{}
			for i := range tc.changes {
				key := tc.keys[i%len(tc.keys)]
				p := liveParams[indexOfLive(key)]
				v := p.Min + (p.Max-p.Min)*float64(i%97)/96
				if err := ss.setLiveLocked(key, v); err != nil {
					t.Fatal(err)
				}
				last[key] = v
			}
			ss.stepLocked()
			frame := ss.frames[len(ss.frames)-1]
			if len(frame) > 8<<10 {
				t.Errorf("the tick's frame is %d bytes", len(frame))
			}
			var f tickFrame
			if err := json.Unmarshal([]byte(strings.TrimSuffix(strings.SplitN(string(frame), "data: ", 2)[1], "\n\n")), &f); err != nil {
				t.Fatal(err)
			}
			var told []string
			for _, l := range f.Lines {
				if l.Kind == "live" {
					told = append(told, l.Text)
				}
			}
			if len(told) != len(last) {
				t.Errorf("%d live lines, want one per slider moved (%d):\n%s", len(told), len(last), strings.Join(told, "\n"))
			}
			for i, key := range tc.keys[:min(len(tc.keys), tc.changes)] { // in the order first moved
				want := fmt.Sprintf("%s set to %s", liveLabel(key), liveFormat(key, last[key]))
				if i < len(told) && !strings.HasSuffix(told[i], want) {
					t.Errorf("line %d: %q, want the last value: %q", i, told[i], want)
				}
			}
		})
	}
}

func indexOfLive(key string) int {
	for i, p := range liveParams {
		if p.Key == key {
			return i
		}
	}
	panic("no slider " + key)
}
