package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestServe starts the server and stops it at once (the context is
// already cancelled, as after Ctrl-C): it says where it listens, and warns
// when that is beyond this machine, naming what it answers to.
func TestServe(t *testing.T) {
	for _, tc := range []struct {
		args []string
		warn string // "" for none
	}{
		{[]string{"--addr", "127.0.0.1:0"}, ""},
		{[]string{"--addr", "127.0.0.1:0", "--host", "entente.example"}, ""},
		{[]string{"--addr", "0.0.0.0:0"}, `"answers to"="localhost and this machine's addresses"`},
		{[]string{"--addr", "0.0.0.0:0", "--host", "Classroom.School.Example.", "--host", "10.0.0.2"},
			`"answers to"="localhost and this machine's addresses, classroom.school.example, 10.0.0.2"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errb bytes.Buffer
			if err := run(ctx, append([]string{"serve"}, tc.args...), &out, &errb); err != nil {
				t.Fatalf("serve: %v\n%s", err, errb.String())
			}
			// On loopback one address; on every address this machine's
			// (the names given first), never the unspecified [::] or 0.0.0.0.
			lan := tc.warn != ""
			if got := out.String(); !lan && !strings.Contains(got, "open http://127.0.0.1:") ||
				lan && (!strings.Contains(got, "give the class one of these addresses") || !strings.Contains(got, "http://localhost:") ||
					strings.Contains(got, "[::]") || strings.Contains(got, "0.0.0.0")) {
				t.Errorf("stdout: %q", got)
			}
			if len(tc.args) > 2 && tc.args[3] == "Classroom.School.Example." && !strings.Contains(out.String(), "\n  http://classroom.school.example:") {
				t.Errorf("stdout lacks the --host name: %q", out.String())
			}
			warned := strings.Contains(errb.String(), "listening beyond this machine")
			if warned != (tc.warn != "") || !strings.Contains(errb.String(), tc.warn) {
				t.Errorf("stderr %q, want a warning with %q", errb.String(), tc.warn)
			}
		})
	}
	for _, args := range [][]string{{"serve", "extra"}, {"serve", "--host", "http://classroom.example"}, {"serve", "--host", "classroom.example:8080"}, {"serve", "--host", ""}} {
		if _, errs, code := entente(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2: %s", args, code, errs)
		}
	}
}
