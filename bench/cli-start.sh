#!/usr/bin/env bash
# cli-start.sh: how long the Retort command line takes to start (issue 7), on a fresh copy of the sample app.
#
#   bench/cli-start.sh [OPTIONS] [LAUNCHER]          measure LAUNCHER (default: this repository's bin/retort)
#   bench/cli-start.sh [OPTIONS] --vs BASE [LAUNCHER] measure BASE (A) and LAUNCHER (B) in one run, interleaved
#                                                     A B A B, and print the ratio B/A per command
# Options:
#   --runs N        counted runs per command (default 5; one warm-up run always comes first)
#   --only LIST     comma-separated rows: current,heads,history,upgrade,check,autogen,mvn (the Maven pair),
#                   and the references help, current-cp, mvn-classpath
#   --out FILE      results file (default bench/results/cli-start-<date>-<launcher's git sha>[-vs-<sha>].md)
#   --build         build a launcher's checkout first when it is not built (mvn -B -q package -DskipTests; never install)
#   --keep          keep the work folder (copies, private Maven repositories, one log per run)
#
# Each launcher must sit in a built Retort checkout (LAUNCHER/../pom.xml, jars under */target). Every Maven the
# benchmark starts, the launcher's own included, uses a private copy of ~/.m2/repository in which the io.retort
# snapshots are the ones that checkout built: ~/.m2 is only read, and old and new never mix. See bench/README.md.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
HELPER="$SCRIPT_DIR/cli_start.py"
MVN="${MVN:-mvn}"
RUNS=5
ONLY=""
OUT=""
BUILD=0
KEEP=0
VS=""
RUN_TIMEOUT="${RETORT_BENCH_TIMEOUT:-900}"
SEED_REPOSITORY="${RETORT_BENCH_SEED_REPOSITORY:-$HOME/.m2/repository}"

usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "cli-start: $*" >&2; exit 2; }
say() { echo "cli-start: $*" >&2; }

LAUNCHER=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="${2:?--runs N}"; shift 2 ;;
    --only) ONLY="${2:?--only LIST}"; shift 2 ;;
    --out) OUT="${2:?--out FILE}"; shift 2 ;;
    --vs) VS="${2:?--vs LAUNCHER}"; shift 2 ;;
    --build) BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [ -z "$LAUNCHER" ] || die "one LAUNCHER only (use --vs for a second one)"; LAUNCHER="$1"; shift ;;
  esac
done
LAUNCHER="${LAUNCHER:-$REPO_ROOT/bin/retort}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs takes a positive number"
command -v python3 >/dev/null || die "python3 is needed for the statistics"
command -v "$MVN" >/dev/null || die "Maven ('$MVN') is not on the PATH"
[ -d "$SEED_REPOSITORY" ] || die "no Maven local repository at $SEED_REPOSITORY (set RETORT_BENCH_SEED_REPOSITORY)"
TIME_BIN=""
[ -x /usr/bin/time ] && TIME_BIN=/usr/bin/time || say "no /usr/bin/time: peak RSS is not reported (apt-get install time)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/retort-cli-start.XXXXXX")"
cleanup() {
  if [ "$KEEP" = 1 ]; then say "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$WORK/logs"
printf 'side\trow\tkind\tidx\tt0\tt1\trss\trc\tlog\n' >"$WORK/samples.tsv"
printf 'side\tlabel\tlauncher\troot\n' >"$WORK/sides.tsv"

# ------------------------------------------------------------------ the launchers ("sides")
declare -A L AUTOGEN ROOT M2 PROJ APP_SRC PLUGIN LABEL SHA

absolute() { # a command path as given (symlinks kept: resolving them is the launcher's job)
  case "$1" in
    */*) echo "$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")" ;;
    *) command -v "$1" ;;
  esac
}

setup_side() { # SIDE LAUNCHER
  local side=$1 launcher root real
  launcher="$(absolute "$2")" || true
  [ -n "$launcher" ] && [ -x "$launcher" ] || die "launcher '$2' is not an executable file"
  L[$side]="$launcher"
  real="$(readlink -f "$launcher")"
  root="$(cd "$(dirname "$real")/.." && pwd)"
  if [ -f "$root/pom.xml" ] && grep -q '<artifactId>retort-parent</artifactId>' "$root/pom.xml"; then
    ROOT[$side]="$root"
  else
    ROOT[$side]=""
    say "$launcher is not in a Retort checkout: its Maven builds use the io.retort snapshots of $SEED_REPOSITORY"
  fi
  if [ -x "$(dirname "$launcher")/autogen" ]; then AUTOGEN[$side]="$(dirname "$launcher")/autogen"; else AUTOGEN[$side]=""; fi

  SHA[$side]="nogit"
  LABEL[$side]="$launcher"
  if [ -n "${ROOT[$side]}" ] && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    SHA[$side]="$(git -C "$root" rev-parse --short HEAD)"
    [ -z "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] || SHA[$side]="${SHA[$side]}-dirty"
    LABEL[$side]="${SHA[$side]} ($launcher)"
  fi

  if [ -n "${ROOT[$side]}" ] && ! compgen -G "$root/*/target/*.jar" >/dev/null; then
    if [ "$BUILD" = 1 ]; then
      say "building $root (mvn -B -q package -DskipTests) ..."
      (cd "$root" && "$MVN" -B -q package -DskipTests) >"$WORK/logs/build-$side.log" 2>&1 \
        || die "the build of $root failed: see $WORK/logs/build-$side.log"
    else
      die "$root is not built: run (cd $root && mvn -B -q package -DskipTests), or pass --build"
    fi
  fi

  # A private local repository: a copy of the developer's, with this checkout's io.retort artifacts staged in it.
  M2[$side]="$WORK/$side/m2"
  mkdir -p "$WORK/$side"
  say "[$side] copying $SEED_REPOSITORY to a private local repository ..."
  cp -a "$SEED_REPOSITORY" "${M2[$side]}" || die "cannot copy $SEED_REPOSITORY"
  if [ -n "${ROOT[$side]}" ]; then
    rm -rf "${M2[$side]}/io/retort"
    say "[$side] staging the io.retort artifacts built in $root"
    python3 "$HELPER" stage "$root" "${M2[$side]}" >"$WORK/logs/stage-$side.log" \
      || die "cannot stage the artifacts of $root (is it built? see above)"
  fi

  # The copy keeps sample-app's parent at ../pom.xml, as in the repository.
  PROJ[$side]="$WORK/$side/project"
  mkdir -p "${PROJ[$side]}"
  local source_root="${ROOT[$side]:-$REPO_ROOT}"
  [ -d "$source_root/sample-app" ] || source_root="$REPO_ROOT"
  APP_SRC[$side]="$source_root/sample-app"
  cp "$source_root/pom.xml" "${PROJ[$side]}/pom.xml"

  # Is `mvn retort:check` available to this launcher? Its checkout built the plugin, and the sample app declares it.
  PLUGIN[$side]=0
  if grep -q '<artifactId>retort-maven-plugin</artifactId>' "${APP_SRC[$side]}/pom.xml" \
    && compgen -G "${M2[$side]}/io/retort/retort-maven-plugin/*/*.jar" >/dev/null; then
    PLUGIN[$side]=1
  fi
  printf '%s\t%s\t%s\t%s\n' "$side" "${LABEL[$side]}" "$launcher" "${ROOT[$side]}" >>"$WORK/sides.tsv"
}

fresh_copy() { # SIDE: a new copy of the sample app, without its target/ (no classes, no database)
  local side=$1 app="${PROJ[$1]}/sample-app"
  rm -rf "$app"
  cp -a "${APP_SRC[$side]}" "$app"
  rm -rf "$app/target"
}

# ------------------------------------------------------------------ one timed run
declare -A COUNTER
run_cmd() { # SIDE ROW KIND IDX -- COMMAND...: runs in the copy, appends one line to samples.tsv
  local side=$1 row=$2 kind=$3 idx=$4
  shift 5
  local dir="${PROJ[$side]}/sample-app" log="$WORK/logs/$side-$row-$kind$idx.log" rssfile="$WORK/rss"
  local maven_opts="${MAVEN_OPTS:+$MAVEN_OPTS }-Dmaven.repo.local=${M2[$side]}"
  local before="" after="" t0 t1 rc rss=""
  [ "$row" = autogen ] && before="$(cd "$dir" && find src -type f | sort | md5sum)"
  : >"$rssfile"
  t0=$EPOCHREALTIME
  if [ -n "$TIME_BIN" ]; then
    (cd "$dir" && exec "$TIME_BIN" -f '%M' -o "$rssfile" env -u DATABASE_URL MAVEN_OPTS="$maven_opts" \
      timeout -k 10 "$RUN_TIMEOUT" "$@") >"$log" 2>&1 </dev/null
  else
    (cd "$dir" && exec env -u DATABASE_URL MAVEN_OPTS="$maven_opts" timeout -k 10 "$RUN_TIMEOUT" "$@") >"$log" 2>&1 </dev/null
  fi
  rc=$?
  t1=$EPOCHREALTIME
  [ -s "$rssfile" ] && rss="$(tail -n 1 "$rssfile")"
  if [ "$row" = autogen ] && [ "$rc" = 0 ]; then
    after="$(cd "$dir" && find src -type f | sort | md5sum)"
    if [ "$before" != "$after" ]; then
      rc=97
      echo "cli-start: autogen wrote a revision, but there was nothing to find" >>"$log"
    fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$side" "$row" "$kind" "$idx" "$t0" "$t1" "$rss" "$rc" "$log" >>"$WORK/samples.tsv"
  local wall
  wall="$(python3 -c 'import sys; a,b=(float(x.replace(",",".")) for x in sys.argv[1:]); print(f"{b-a:.2f}")' "$t0" "$t1")"
  say "[$side] $row $kind${idx:+ $idx}: ${wall} s${rss:+, ${rss} KB}$([ "$rc" = 0 ] || echo ", EXIT $rc (see $log)")"
  return "$rc"
}

mark() { # SIDE ROW KIND: a row that cannot be measured for this side (na)
  printf '%s\t%s\t%s\t\t0\t0\t\t0\t\n' "$1" "$2" "$3" >>"$WORK/samples.tsv"
}

# ------------------------------------------------------------------ the rows
# key | what the table calls it | target seconds (empty: reference only) | type
ROWS=(
  "current|retort current|1.0|launcher"
  "heads|retort heads|1.0|launcher"
  "history|retort history|1.0|launcher"
  "upgrade|retort upgrade head (nothing to do)|1.2|launcher"
  "check|retort check (nothing to find)|2.5|launcher"
  "autogen|autogen nothing (nothing to find, writes no file)|2.5|launcher"
  "mvn-validate|mvn validate||mvn"
  "mvn-check|mvn retort:check||mvn"
  "mvn-diff|mvn retort:check − mvn validate (medians)|1.5|diff"
  "help|reference: retort --help (JVM and CLI start, no project)||launcher"
  "current-cp|reference: retort --classpath CP current (the project's classpath given: no Maven)||launcher"
  "mvn-classpath|reference: mvn -q compile dependency:build-classpath (the old launcher's nested Maven)||launcher"
)
printf 'key\tlabel\ttarget\ttype\n' >"$WORK/rows.tsv"
SELECTED=() # "key|type" of the rows asked for
wanted() { # KEY
  [ -z "$ONLY" ] && return 0
  local k="$1"
  case "$k" in mvn-validate | mvn-check | mvn-diff) k=mvn ;; esac
  [[ ",$ONLY," == *",$k,"* ]]
}
for word in ${ONLY//,/ }; do
  case "$word" in current | heads | history | upgrade | check | autogen | mvn | help | current-cp | mvn-classpath) ;;
    *) die "--only: unknown row '$word' (current,heads,history,upgrade,check,autogen,mvn,help,current-cp,mvn-classpath)" ;;
  esac
done
for spec in "${ROWS[@]}"; do
  IFS='|' read -r key label target type <<<"$spec"
  wanted "$key" || continue
  SELECTED+=("$key|$type")
  printf '%s\t%s\t%s\t%s\n' "$key" "$label" "$target" "$type" >>"$WORK/rows.tsv"
done

command_of() { # SIDE ROW: prints the command, one word a line
  local side=$1 launcher="${L[$1]}"
  case "$2" in
    current | heads | history) printf '%s\n' "$launcher" "$2" ;;
    upgrade) printf '%s\n' "$launcher" upgrade head ;;
    check) printf '%s\n' "$launcher" check ;;
    autogen)
      if [ -n "${AUTOGEN[$side]}" ]; then printf '%s\n' "${AUTOGEN[$side]}" nothing
      else printf '%s\n' "$launcher" revision --autogenerate -m nothing; fi ;;
    help) printf '%s\n' "$launcher" --help ;;
    current-cp)
      local dir="${PROJ[$side]}/sample-app"
      printf '%s\n' "$launcher" "--classpath=$dir/target/classes:$(cat "$dir/target/bench.classpath" 2>/dev/null)" current ;;
    mvn-classpath) classpath_command ;;
    mvn-validate) printf '%s\n' "$MVN" -B validate ;;
    mvn-check) printf '%s\n' "$MVN" -B retort:check ;;
  esac
}

classpath_command() { # what the old launcher runs in the project to learn its classpath
  printf '%s\n' "$MVN" -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
}

timed() { # SIDE ROW KIND IDX
  local -a cmd
  mapfile -t cmd < <(command_of "$1" "$2")
  run_cmd "$1" "$2" "$3" "$4" -- "${cmd[@]}"
}

prepare() { # SIDE ROW...: fresh copy, and the database at head (the first row names the log)
  local side=$1 row=$2
  fresh_copy "$side"
  case "$row" in help | mvn-classpath) return 0 ;; esac
  run_cmd "$side" "$row" prep "" -- "${L[$side]}" upgrade head || return 1
  if [ "$row" = current-cp ]; then
    local -a cmd
    mapfile -t cmd < <(classpath_command)
    run_cmd "$side" "$row" prep "" -- "${cmd[@]}"
  fi
}

declare -A BROKEN # SIDE:ROW -> 1 once a run failed: later runs of that row are skipped
measure_rows() { # SIDES... : every launcher row, then the Maven pair; sides interleaved run by run
  local sides=("$@") spec key type side i row measure_mvn=0
  for spec in "${SELECTED[@]}"; do
    IFS='|' read -r key type <<<"$spec"
    [ "$key" = mvn-validate ] && measure_mvn=1
    [ "$type" = launcher ] || continue
    for side in "${sides[@]}"; do prepare "$side" "$key" || BROKEN[$side:$key]=1; done
    for side in "${sides[@]}"; do [ -n "${BROKEN[$side:$key]:-}" ] || timed "$side" "$key" warm "" || BROKEN[$side:$key]=1; done
    for i in $(seq 1 "$RUNS"); do
      for side in "${sides[@]}"; do [ -n "${BROKEN[$side:$key]:-}" ] || timed "$side" "$key" run "$i" || BROKEN[$side:$key]=1; done
    done
  done

  [ "$measure_mvn" = 1 ] || return 0
  # mvn validate and mvn retort:check in the same copy, one after the other, database at head
  for side in "${sides[@]}"; do
    if ! prepare "$side" mvn-validate; then BROKEN[$side:mvn-validate]=1; BROKEN[$side:mvn-check]=1; fi
    if [ "${PLUGIN[$side]}" != 1 ]; then
      mark "$side" mvn-check na
      BROKEN[$side:mvn-check]=1
      say "[$side] mvn retort:check: n/a (this launcher's checkout has no retort-maven-plugin, or the sample app does not declare it)"
    fi
  done
  for i in warm $(seq 1 "$RUNS"); do
    for side in "${sides[@]}"; do
      for row in mvn-validate mvn-check; do
        [ -n "${BROKEN[$side:$row]:-}" ] && continue
        if [ "$i" = warm ]; then timed "$side" "$row" warm "" || BROKEN[$side:$row]=1
        else timed "$side" "$row" run "$i" || BROKEN[$side:$row]=1; fi
      done
    done
  done
}

# ------------------------------------------------------------------ main
SIDES=()
if [ -n "$VS" ]; then
  setup_side A "$VS"
  setup_side B "$LAUNCHER"
  SIDES=(A B)
else
  setup_side A "$LAUNCHER"
  SIDES=(A)
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
started="$(date '+%Y-%m-%d %H:%M:%S %z')"
{
  echo "# Retort command-line start time (issue 7)"
  echo
  echo "- date: $started; host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null); load average before: $load_before"
  echo "- java: $(java -version 2>&1 | head -n 1); maven: $("$MVN" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
  for side in "${SIDES[@]}"; do
    echo "- launcher${VS:+ $side}: \`${L[$side]}\`, checkout ${ROOT[$side]:-none} at ${SHA[$side]}$([ -n "${ROOT[$side]}" ] && git -C "${ROOT[$side]}" log -1 --format=' (%s)' 2>/dev/null | cut -c1-90)"
  done
  echo "- method: per command a fresh copy of sample-app (H2 file database under its target/, brought to head first with \`upgrade head\`), 1 warm-up run, $RUNS counted runs, sequential; wall seconds; peak RSS = largest process of the run's tree (/usr/bin/time %M)"
  echo
} >"$WORK/header.md"

bench_started=$SECONDS
measure_rows "${SIDES[@]}"

load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
{
  echo "- load average after: $load_after; whole benchmark: $((SECONDS - bench_started)) s"
  if python3 -c 'import sys; n=float(sys.argv[1]); sys.exit(0 if any(float(x) > n for x in sys.argv[2:]) else 1)' \
    "$(nproc)" $load_before $load_after 2>/dev/null; then
    echo "- **the machine was busy** (load average above its $(nproc) cores before or after): absolute seconds are inflated and spread; trust ratios from one --vs run more"
  fi
  echo "- a noisy 2-core machine: compare ratios measured in one run (--vs) rather than absolute seconds across runs"
} >"$WORK/footer.md"

if [ -z "$OUT" ]; then
  name="cli-start-$(date '+%Y%m%d-%H%M')-${SHA[${SIDES[-1]}]}"
  [ -n "$VS" ] && name="$name-vs-${SHA[A]}"
  OUT="$SCRIPT_DIR/results/$name.md"
fi
python3 "$HELPER" report "$WORK" "$OUT" || die "cannot write the report"
echo "results: $OUT"
