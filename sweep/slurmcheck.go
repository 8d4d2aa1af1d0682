package sweep

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// The script's fields come from the command line and end up in a file
// that is run on the cluster: a newline in any of them would start a
// command of its own. So every field is checked against what it may be,
// and a refusal names the flag it came from; the paths are also quoted
// wherever the script writes them.

// slurmTime is the time formats of sbatch --time: minutes,
// minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes
// and days-hours:minutes:seconds (or no limit).
var slurmTime = regexp.MustCompile(`^(?:[0-9]{1,9}(?::[0-9]{1,9}){0,2}|[0-9]{1,9}-[0-9]{1,9}(?::[0-9]{1,9}){0,2}|INFINITE|UNLIMITED)$`)

// sbatchOption is one option of an #SBATCH line as --sbatch takes it:
// --key or --key=value, the value printable ASCII without blanks, quotes
// or backslashes (sbatch reads these lines itself, not a shell, but
// would split or unquote them).
var sbatchOption = regexp.MustCompile(`^--[A-Za-z][A-Za-z0-9-]*(?:=[!#-&(-\[\]-_a-~]+)?$`)

// scriptOptions are the options the script sets from its own flags.
var scriptOptions = map[string]string{"array": "--shards and --limit", "cpus-per-task": "--cpus",
	"time": "--time", "wrap": "the script itself"}

// Check says what is wrong with the job, naming the flag at fault.
func (j SlurmJob) Check() error {
	for _, p := range []struct{ flag, path string }{
		{"--entente", j.Entente}, {"the plan", j.Plan}, {"-o", j.Dir},
	} {
		if !filepath.IsAbs(p.path) {
			return fmt.Errorf("%s %q: the script needs an absolute path", p.flag, p.path)
		}
		if i := strings.IndexFunc(p.path, isControl); i >= 0 {
			return fmt.Errorf("%s %q: a path with a control character (%q) cannot go into a job script", p.flag, p.path, p.path[i])
		}
	}
	switch {
	case j.Shards < 1:
		return fmt.Errorf("--shards must be ≥ 1, got %d", j.Shards)
	case j.CPUs < 1 || j.Limit < 0:
		return fmt.Errorf("--cpus must be ≥ 1 and --limit ≥ 0")
	case j.Time != "" && !slurmTime.MatchString(j.Time):
		return fmt.Errorf("--time %q: want Slurm's MINUTES, MINUTES:SECONDS, HOURS:MINUTES:SECONDS, DAYS-HOURS, DAYS-HOURS:MINUTES or DAYS-HOURS:MINUTES:SECONDS", j.Time)
	}
	for _, e := range j.Extra {
		if !sbatchOption.MatchString(e) {
			return fmt.Errorf("--sbatch %q: want one option as --key=value on one line, without blanks, quotes or backslashes (such as --partition=short)", e)
		}
		key, _, _ := strings.Cut(strings.TrimPrefix(e, "--"), "=")
		if by, ok := scriptOptions[key]; ok {
			return fmt.Errorf("--sbatch %q: the script sets --%s from %s", e, key, by)
		}
	}
	return nil
}

// isControl reports an ASCII control character (a newline among them).
func isControl(r rune) bool { return r < 0x20 || r == 0x7f }
