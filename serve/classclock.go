package serve

import (
	"fmt"
	"time"
)

// clock closes rounds when their time is up, until the class is closed or
// the server stops. A round without a clock closes on the last decision
// (decide), not here.
func (c *class) clock() {
	defer c.srv.wg.Done()
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	for {
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return
		}
		wait := time.Hour
		if c.state == open && c.roundLen > 0 {
			if wait = time.Until(c.deadline); wait <= 0 {
				c.guardLocked(c.nextLocked)
				c.mu.Unlock()
				continue
			}
		}
		wake := c.changed
		c.mu.Unlock()
		t.Reset(wait)
		select {
		case <-t.C:
		case <-wake:
		case <-c.srv.closing:
			return
		}
	}
}

// guardLocked runs a step of the class; a panic in it (a bug) ends the
// class with its reason, never the server.
func (c *class) guardLocked(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			c.srv.opts.Log.Error("class failed", "class", c.id, "panic", p)
			err = fmt.Errorf("the simulation failed: %v", p)
			c.state = ended
			c.notifyLocked()
		}
	}()
	return f()
}
