package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

// client is a page's side of a session, for tests without a browser.
type client struct {
	t    testing.TB
	base string
	http *http.Client
	id   string
}

func newClient(t testing.TB, base string, hc *http.Client) (*client, error) {
	c := &client{t: t, base: base, http: hc}
	var out struct{ ID string }
	if err := c.post("/api/sessions", "", &out); err != nil {
		return nil, err
	}
	c.id = out.ID
	return c, nil
}

// post sends a JSON body (or none) and decodes the answer into out.
func (c *client) post(path, body string, out any) error {
	resp, err := c.http.Post(c.base+path, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return fmt.Errorf("POST %s: %s: %s", path, resp.Status, data)
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

func (c *client) act(action, body string) error {
	return c.post("/api/sessions/"+c.id+"/"+action, body, nil)
}

// sse is one Server-Sent Event.
type sse struct{ name, data string }

// stream opens the session's stream; events come on the channel, which
// closes when the stream ends.
func (c *client) stream(ctx context.Context) (<-chan sse, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/api/sessions/"+c.id+"/stream", nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("stream: %s", resp.Status)
	}
	ch := make(chan sse, 16)
	go func() {
		defer close(ch)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		var ev sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[len("data: "):]
			case line == "" && ev.name != "":
				select {
				case ch <- ev:
				case <-ctx.Done():
					return
				}
				ev = sse{}
			}
		}
	}()
	return ch, nil
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
