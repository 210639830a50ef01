#!/usr/bin/env bash
# Kills a serving docsift with SIGKILL twenty times in the middle of re-indexing (CrashRecoveryIT, which CI
# runs with three kills), checking after each kill that the index passes CheckIndex, opens and answers, and
# at the end that the catch-up made it equal to a full rebuild. Usage: bench/crash-repeat.sh [kills] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-20}"
seed_arg=()
if [[ $# -ge 2 ]]; then seed_arg=("-Dcrash.seed=$2"); fi
mvn -B verify -Dit.test=CrashRecoveryIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrash.kills="$kills" "${seed_arg[@]}"
