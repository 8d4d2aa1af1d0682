#!/usr/bin/env bash
# Slurm end to end: start a single-node Slurm cluster on this machine
# (munged, slurmctld, slurmd; no systemd), submit the job array that
# `entente sweep slurm` prints for a small sweep, wait for it and its merge
# job, and check that the merged runs.csv is byte-identical to the same
# sweep run locally. Stops the daemons it started, by their process ids.
#
# Needs root (it installs Debian's slurm-wlm pieces and munge when they are
# missing). Run from anywhere: bash scripts/slurm-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

say() { printf 'slurm-e2e: %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
	say "must run as root (it starts munged, slurmctld and slurmd)"; exit 1
fi
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
	say "installing slurmctld slurmd slurm-client munge"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

WORK=$(mktemp -d /tmp/entente-slurm-e2e.XXXXXX)
chmod 755 "$WORK"
PIDS=()   # pid files of the daemons this script started
cleanup() {
	local code=$?
	for f in "${PIDS[@]}"; do
		if [ -s "$f" ]; then
			pid=$(cat "$f")
			kill "$pid" 2>/dev/null || true
			for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -9 "$pid" 2>/dev/null || true
		fi
	done
	if [ $code -ne 0 ]; then
		say "FAILED; logs:"
		tail -n 20 "$WORK"/*.log "$WORK"/run/*.log 2>/dev/null || true
	fi
	rm -rf "$WORK"
	exit $code
}
trap cleanup EXIT

# munge: the package makes the key but does not start the daemon here.
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
	mkdir -p /run/munge /var/log/munge /var/lib/munge
	chown munge:munge /run/munge /var/log/munge /var/lib/munge
	chmod 755 /run/munge
	runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid
	PIDS+=(/run/munge/munged.pid)
	for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
	munge -n | unmunge >/dev/null
	say "munged started"
fi

HOST=$(hostname -s)
mkdir -p "$WORK/run" "$WORK/state" "$WORK/spool"
NODE=$(slurmd -C | head -n 1 | sed -e "s/^NodeName=[^ ]*/NodeName=$HOST NodeAddr=127.0.0.1/")
export SLURM_CONF="$WORK/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=entente-e2e
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MailProg=/bin/true
DependencyParameters=kill_invalid_depend
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/run/slurmctld.pid
SlurmdPidFile=$WORK/run/slurmd.pid
SlurmctldLogFile=$WORK/run/slurmctld.log
SlurmdLogFile=$WORK/run/slurmd.log
$NODE
PartitionName=e2e Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -c
PIDS+=("$WORK/run/slurmctld.pid")
for _ in $(seq 100); do scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.1; done
scontrol ping | grep -q UP
slurmd
PIDS+=("$WORK/run/slurmd.pid")
for _ in $(seq 150); do [ "$(sinfo -h -o %t 2>/dev/null)" = idle ] && break; sleep 0.2; done
say "cluster up: $(sinfo -h -o '%P %D nodes %c cpus %t')"

say "building entente"
go build -o "$WORK/entente" ./cmd/entente
cat > "$WORK/plan.toml" <<'PLAN'
# The end-to-end sweep: 3 × 2 points × 4 replications of classroom-balance.
[sweep]
scenario = "classroom-balance"
seed = 2026
reps = 4
metrics = ["final.alliances", "mean.defense_share", "mean.cohesion", "count.formed", "first.dissolved"]

[[param]]
key = "k"
from = 0.2
to = 0.4
step = 0.1

[[param]]
key = "chi"
values = [0.6, 0.9]
PLAN

say "local sweep"
"$WORK/entente" sweep "$WORK/plan.toml" -o "$WORK/local" -j 2

cd "$WORK"
"$WORK/entente" sweep slurm "$WORK/plan.toml" --shards 4 --limit 2 -o "$WORK/cluster" > sweep.sbatch
say "submitting: $(grep -- '--array' sweep.sbatch)"
ARRAY=$(sbatch --parsable sweep.sbatch)
say "job array $ARRAY submitted"
for _ in $(seq 600); do
	[ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
	sleep 0.5
done
if [ -n "$(squeue -h -o %i)" ]; then
	say "jobs still queued after 5 minutes:"; squeue; exit 1
fi
for log in entente-sweep-*.log entente-merge-*.log; do
	[ -s "$log" ] && { say "$log:"; sed 's/^/    /' "$log"; }
done
ls entente-merge-*.log >/dev/null 2>&1 || { say "the merge job never ran"; exit 1; }
if ! cmp "$WORK/local/runs.csv" "$WORK/cluster/runs.csv"; then
	say "merged runs.csv differs from the local one"; exit 1
fi
say "merged runs.csv ($(($(wc -l < "$WORK/cluster/runs.csv") - 1)) runs, $(wc -c < "$WORK/cluster/runs.csv") bytes, sha256 $(sha256sum < "$WORK/cluster/runs.csv" | cut -c1-16)) is byte-identical to the local sweep's"
say "figures: $(ls "$WORK/cluster/plots" | wc -l) files in cluster/plots"
say PASS
