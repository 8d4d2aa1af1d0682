package sweep

import (
	"fmt"
	"strings"
)

// SlurmJob says how to run a sweep as a Slurm job array.
type SlurmJob struct {
	Entente string // absolute path of the entente binary on the cluster
	Plan    string // absolute path of the plan
	Dir     string // absolute path of the sweep's directory
	Shards  int    // array tasks, one shard each
	Limit   int    // tasks running at once (the array's %limit); 0: no limit
	CPUs    int    // cores per task (-j of each shard)
	Time    string // time limit per task, Slurm's format ("01:00:00"); "" for the default
	Extra   []string
}

// Script returns an sbatch script to submit as it is (sbatch FILE): a job
// array whose task I runs shard I/N into DIR/shards/I (resuming it if
// the task is requeued), and whose task 0 submits the merge job, which
// waits for every task to end well (afterok on the whole array) and
// writes DIR/runs.csv, DIR/sweep.json and the figures. A job that fails
// Check gives no script. Paths are written only shell-quoted, once each.
func (j SlurmJob) Script() (string, error) {
	if err := j.Check(); err != nil {
		return "", err
	}
	var b strings.Builder
	limit := ""
	if j.Limit > 0 {
		limit = fmt.Sprintf("%%%d", j.Limit)
	}
	fmt.Fprintf(&b, "#!/bin/bash\n")
	fmt.Fprintf(&b, "# An Entente sweep as a Slurm job array, written by `entente sweep slurm`.\n")
	fmt.Fprintf(&b, "# Submit it as it is: sbatch %s\n", "THIS_FILE")
	fmt.Fprintf(&b, "# Task I runs shard I/%d of $PLAN into $DIR/shards/I; task 0 also submits\n", j.Shards)
	fmt.Fprintf(&b, "# the merge, which runs once all %d tasks have ended well and writes\n", j.Shards)
	fmt.Fprintf(&b, "# $DIR/runs.csv: the same bytes as the sweep run on one machine.\n")
	fmt.Fprintf(&b, "#SBATCH --job-name=entente-sweep\n")
	fmt.Fprintf(&b, "#SBATCH --array=0-%d%s\n", j.Shards-1, limit)
	fmt.Fprintf(&b, "#SBATCH --cpus-per-task=%d\n", j.CPUs)
	fmt.Fprintf(&b, "#SBATCH --ntasks=1\n")
	if j.Time != "" {
		fmt.Fprintf(&b, "#SBATCH --time=%s\n", j.Time)
	}
	fmt.Fprintf(&b, "#SBATCH --output=entente-sweep-%%A_%%a.log\n")
	for _, e := range j.Extra {
		fmt.Fprintf(&b, "#SBATCH %s\n", e)
	}
	fmt.Fprintf(&b, "set -euo pipefail\n\n")
	fmt.Fprintf(&b, "ENTENTE=%s\nPLAN=%s\nDIR=%s\nSHARDS=%d\n\n", shellQuote(j.Entente), shellQuote(j.Plan), shellQuote(j.Dir), j.Shards)
	fmt.Fprintf(&b, "if [ \"$SLURM_ARRAY_TASK_ID\" = 0 ] && [ \"${SLURM_RESTART_COUNT:-0}\" = 0 ]; then\n")
	fmt.Fprintf(&b, "  # The merge waits for the whole array; if a task fails, Slurm cancels it.\n")
	fmt.Fprintf(&b, "  # A requeued task 0 does not submit it again.\n")
	fmt.Fprintf(&b, "  shards=()\n")
	fmt.Fprintf(&b, "  for ((i = 0; i < SHARDS; i++)); do shards+=(\"$DIR/shards/$i\"); done\n")
	fmt.Fprintf(&b, "  sbatch --job-name=entente-merge --dependency=\"afterok:$SLURM_ARRAY_JOB_ID\" --kill-on-invalid-dep=yes \\\n")
	fmt.Fprintf(&b, "    --ntasks=1 --cpus-per-task=1 --output=entente-merge-%%j.log \\\n")
	fmt.Fprintf(&b, "    --wrap=\"$(printf '%%q ' \"$ENTENTE\" sweep merge -o \"$DIR\" --plan \"$PLAN\" \"${shards[@]}\")\"\n")
	fmt.Fprintf(&b, "fi\n\n")
	fmt.Fprintf(&b, "exec \"$ENTENTE\" sweep \"$PLAN\" --resume --quiet -j \"${SLURM_CPUS_PER_TASK:-1}\" \\\n")
	fmt.Fprintf(&b, "  --shard \"$SLURM_ARRAY_TASK_ID/$SHARDS\" -o \"$DIR/shards/$SLURM_ARRAY_TASK_ID\"\n")
	return b.String(), nil
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
