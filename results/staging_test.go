package results

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stageAndHang is run in a child process by TestKilledRunsStagingIsCleaned:
// it prepares a run, writes a file, says so and waits to be killed.
func init() {
	if dest := os.Getenv("ENTENTE_TEST_STAGE_AND_HANG"); dest != "" {
		r, err := Prepare(dest, false)
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		f, _ := r.Create("nations.csv")
		f.Close()
		fmt.Println("ready")
		time.Sleep(time.Hour)
	}
}

// Issue 18, item 12: a run killed with kill -9 leaves its staging
// directory; the next run into the same parent removes it, and only it:
// not a staging directory whose process lives, not one without a lock
// (being set up, or an older Entente's), not a link, not the user's.
func TestKilledRunsStagingIsCleaned(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "run")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ENTENTE_TEST_STAGE_AND_HANG="+dest)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "ready\n" {
		cmd.Process.Kill()
		t.Fatalf("child: %q", line)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	killed := stagingIn(t, parent)
	if len(killed) != 1 {
		t.Fatalf("after kill -9: staging %v, want one", killed)
	}

	live, err := newStaging(parent) // a run still being written
	if err != nil {
		t.Fatal(err)
	}
	defer live.remove()
	unlocked := filepath.Join(parent, stagingPrefix+"nolock")
	os.Mkdir(unlocked, 0o755)
	os.WriteFile(filepath.Join(parent, "elsewhere"), nil, 0o644)
	link := filepath.Join(parent, stagingPrefix+"link")
	os.Symlink(filepath.Join(parent, "elsewhere"), link)
	file := filepath.Join(parent, stagingPrefix+"file")
	os.WriteFile(file, []byte(mine), 0o644)

	if err := runInto(t, dest, false); err != nil {
		t.Fatal(err)
	}
	left := stagingIn(t, parent)
	want := []string{file, link, unlocked, live.dir}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("after the next run: %v\nwant %v (the killed run's gone, the rest kept)", left, want)
	}
}

func stagingIn(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, stagingPrefix+"*"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(m)
	return m
}

// A killed in-place run (into a folder the user forced) leaves its staging
// inside the folder; the next run into it removes it.
func TestKilledInPlaceStagingIsCleaned(t *testing.T) {
	dest := t.TempDir()
	os.WriteFile(filepath.Join(dest, "thesis.tex"), []byte(mine), 0o644)
	r, err := Prepare(dest, true)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(r.Staging()) != dest {
		t.Fatalf("staging %s, want it inside %s", r.Staging(), dest)
	}
	r.stage.release() // as the kernel does for a killed process
	if err := runInto(t, dest, true); err != nil {
		t.Fatal(err)
	}
	if left := stagingIn(t, dest); len(left) != 0 {
		t.Errorf("staging left: %v", left)
	}
}

// Issue 18, item 12: run directories were created 0700 whatever the
// umask; they now get 0777 less the umask, as mkdir gives.
func TestRunDirRespectsTheUmask(t *testing.T) {
	for _, c := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o755}, {0o027, 0o750}, {0o077, 0o700}, {0o002, 0o775}} {
		t.Run(fmt.Sprintf("%03o", c.umask), func(t *testing.T) {
			old := syscall.Umask(c.umask)
			defer syscall.Umask(old)
			base := t.TempDir()
			fresh := filepath.Join(base, "fresh")
			if err := runInto(t, fresh, false); err != nil {
				t.Fatal(err)
			}
			for _, d := range []string{fresh, filepath.Join(fresh, PlotDir)} {
				if fi, err := os.Stat(d); err != nil || fi.Mode().Perm() != c.want {
					t.Errorf("%s: mode %v (%v), want %v", d, fi.Mode().Perm(), err, c.want)
				}
			}
			if err := runInto(t, fresh, false); err != nil { // replaced whole
				t.Fatal(err)
			}
			if fi, _ := os.Stat(fresh); fi.Mode().Perm() != c.want {
				t.Errorf("replaced: mode %v, want %v", fi.Mode().Perm(), c.want)
			}
		})
	}
}

// Issue 18, item 12: -o LINK replaced the link with a directory. A run
// now writes where the link points, and the link stays; a link to nowhere
// is refused, naming the link and its target.
func TestRunDirWritesWhereALinkPoints(t *testing.T) {
	base := t.TempDir()
	target := filepath.Join(base, "real")
	os.Mkdir(target, 0o755)
	link := filepath.Join(base, "link")
	os.Symlink(target, link)
	for k := range 2 { // a new run, then one that replaces it
		if err := runInto(t, link, false); err != nil {
			t.Fatalf("run %d: %v", k, err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("run %d: %s is no longer a link", k, link)
		}
		if _, err := os.Stat(filepath.Join(target, "nations.csv")); err != nil {
			t.Fatalf("run %d: not written where the link points: %v", k, err)
		}
	}
	dangling := filepath.Join(base, "dangling")
	os.Symlink(filepath.Join(base, "nowhere"), dangling)
	err := runInto(t, dangling, false)
	if !errors.Is(err, ErrOutputDir) || !strings.Contains(err.Error(), "dangling") || !strings.Contains(err.Error(), "nowhere") {
		t.Errorf("a link to nowhere: %v", err)
	}
}

// Issue 18, item 12: `-o .` failed on the second run (the working
// directory cannot be renamed away). It is written in place: the second
// run replaces the first's files, and the directory is the same one.
func TestRunIntoTheWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	before, _ := os.Stat(".")
	for k := range 3 {
		r, err := Prepare(".", false)
		if err != nil {
			t.Fatalf("run %d: %v", k, err)
		}
		if k > 0 && !r.Replaces() {
			t.Errorf("run %d: the earlier run is not recognised", k)
		}
		write(t, r, fmt.Sprintf("only-in-%d.csv", k), "x")
		if k == 0 {
			write(t, r, "plots/timeline.svg", "svg") // a run with figures, then two without
		}
		write(t, r, "nations.csv", fmt.Sprint(k))
		if err := r.Commit(); err != nil {
			t.Fatalf("run %d: %v", k, err)
		}
	}
	after, err := os.Stat(dir)
	if err != nil || !os.SameFile(before, after) {
		t.Error("the working directory was replaced")
	}
	entries, _ := os.ReadDir(".")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{Marker, "nations.csv", "only-in-2.csv"}; !slices.Equal(names, want) {
		t.Errorf("holds %v, want %v (the last run's files)", names, want)
	}
}
