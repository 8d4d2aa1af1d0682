package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestServe starts the server and stops it at once (the context is
// already cancelled, as after Ctrl-C): it says where it listens, and warns
// when that is beyond this machine.
func TestServe(t *testing.T) {
	for _, tc := range []struct {
		addr string
		warn bool
	}{{"127.0.0.1:0", false}, {"0.0.0.0:0", true}} {
		t.Run(tc.addr, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errb bytes.Buffer
			if err := run(ctx, []string{"serve", "--addr", tc.addr}, &out, &errb); err != nil {
				t.Fatalf("serve: %v\n%s", err, errb.String())
			}
			if !strings.Contains(out.String(), "open http://") {
				t.Errorf("stdout: %q", out.String())
			}
			if got := strings.Contains(errb.String(), "listening beyond this machine"); got != tc.warn {
				t.Errorf("warning %v, want %v: %q", got, tc.warn, errb.String())
			}
		})
	}
	if _, _, code := entente(t, "serve", "extra"); code != 2 {
		t.Errorf("serve with an argument: exit %d, want 2", code)
	}
}
