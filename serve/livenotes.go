package serve

// liveNotes are the live changes made since the last tick, told with the
// next tick's lines. Only each slider's last change is kept, in the order
// the sliders were first moved: the engine takes only the last value
// anyway, and a slider dragged to and fro while the run is paused (or a
// script sending 100,000 changes, which built one 8.8 MB frame that every
// stream then replayed) would otherwise put every intermediate value in
// one frame. So a frame holds at most one line per live slider.
type liveNotes []liveNote

type liveNote struct {
	key  string
	line Line
}

// set records a slider's change, replacing an earlier one since the last
// tick.
func (n *liveNotes) set(key string, line Line) {
	for i := range *n {
		if (*n)[i].key == key {
			(*n)[i].line = line
			return
		}
	}
	*n = append(*n, liveNote{key, line})
}

// lines are the changes to tell, in a new slice.
func (n liveNotes) lines() []Line {
	out := make([]Line, 0, len(n))
	for _, x := range n {
		out = append(out, x.line)
	}
	return out
}
