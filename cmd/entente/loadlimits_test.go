package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadLimits runs the hostile files of findings 2 and 6 through the
// command line: each exits 2 at once with file, line, column and key, and
// nothing is written.
func TestLoadLimits(t *testing.T) {
	dir := t.TempDir()
	base := balance(t)
	var keys strings.Builder
	for i := range 21000 {
		fmt.Fprintf(&keys, "zz%d = 1\n", i)
	}
	deep := "{a=" + strings.Repeat("{a=", 16000) + "1" + strings.Repeat("}", 16001)
	files := map[string]string{
		"deep.toml": "x = " + deep + "\n",
		"keys.toml": strings.Replace(base, "[scenario]\n", "[scenario]\n"+keys.String(), 1),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		args  []string
		first string // the first line of the message, DIR for the directory
		lines int    // lines in the message
	}{
		{"finding 2: 16,000 nested inline tables", []string{"check", "DIR/deep.toml"},
			"entente: DIR/deep.toml:1:197: x: nested too deep: a scenario may nest tables and arrays at most 64 levels deep (counting the parts of table names and dotted keys, and each [ or {)", 3},
		{"finding 2: the same with --set", []string{"run", "-o", "DIR/out", "classroom-balance", "--set", "k=" + deep},
			"entente: --set k=" + strings.Repeat("{a=", 26) + "…: cannot read the value: nested too deep", 1},
		{"finding 6: 21,000 unknown keys", []string{"run", "-o", "DIR/out", "DIR/keys.toml"},
			"entente: DIR/keys.toml:6:1: scenario.zz0: unknown key", 101},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "DIR", dir)
			}
			var stdout, stderr bytes.Buffer
			code := report(run(context.Background(), args, &stdout, &stderr), &stderr)
			msg := strings.ReplaceAll(stderr.String(), dir, "DIR")
			lines := strings.Split(strings.TrimSuffix(msg, "\n"), "\n")
			if code != exitInput || !strings.HasPrefix(lines[0], tc.first) || len(lines) != tc.lines {
				t.Errorf("exit %d, %d lines:\n%s\nwant exit 2, %d lines, first:\n%s", code, len(lines), firstLines(msg, 4), tc.lines, tc.first)
			}
			if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
				t.Error("an output directory was written")
			}
		})
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
