#!/usr/bin/env bash
# Coopex benchmark: builds the jar, runs it on a fresh PostgreSQL database loaded with a large
# dataset, and measures each page of bench/pages.txt with wrk. Only ever targets 127.0.0.1.
# See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=${BENCH_DURATION:-20}          # seconds measured per page
WARMUP=${BENCH_WARMUP:-15}              # seconds of warm-up per page, not measured
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SIGNED_IN=${BENCH_SESSIONS:-32}         # sessions per signed-in role, used in turn
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-8089}
DB=${BENCH_DB:-coopex_bench}            # dropped and recreated at each run
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms1g -Xmx1g}
PAGES=${BENCH_PAGES:-bench/pages.txt}
SKIP_BUILD=${BENCH_SKIP_BUILD:-false}
JAR=${BENCH_JAR:-}                      # a jar to measure instead of building target/'s
PASSWORD='Bench-Passw0rd!'               # the password of every user in bench/seed.sql

HOST=127.0.0.1
BASE="http://$HOST:$PORT"
OUT="$ROOT/bench/results"
PSQL=(psql -h "$HOST" -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)
APP_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping Coopex (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap stop_app EXIT
trap 'exit 130' INT TERM

[[ $DURATION =~ ^[0-9]+$ && $WARMUP =~ ^[0-9]+$ ]] || fail "BENCH_DURATION and BENCH_WARMUP are whole seconds"
[[ $DB =~ ^[a-z_][a-z0-9_]*_bench$ ]] || fail "BENCH_DB must be a plain name ending in _bench (it is dropped)"
[[ $SIGNED_IN =~ ^[1-9][0-9]*$ ]] || fail "BENCH_SESSIONS must be a positive number"
command -v wrk >/dev/null || fail "wrk is not installed"
command -v psql >/dev/null || fail "psql is not installed"
[[ -r $PAGES ]] || fail "no page list at $PAGES"
mkdir -p "$OUT"

# --- build ---------------------------------------------------------------------------------
if [[ -z $JAR ]]; then
  if [[ $SKIP_BUILD != true ]]; then
    log "building the jar"
    timeout 900 ./mvnw -q -DskipTests -Dspring-javaformat.skip=true package
  fi
  JAR=$(ls target/coopex-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
fi
[[ -n $JAR && -r $JAR ]] || fail "no jar to run (target/ is empty, or BENCH_JAR is wrong)"

# --- database ------------------------------------------------------------------------------
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  fail "something already listens on $HOST:$PORT (set BENCH_PORT)"
fi
log "recreating database $DB"
timeout 60 "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# --- application ---------------------------------------------------------------------------
log "starting $JAR on port $PORT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
SPRING_DATASOURCE_URL="jdbc:postgresql://$HOST:5432/$DB?connectTimeout=5&socketTimeout=60" \
  SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= \
  COOPEX_DEMO_DATA=false \
  COOPEX_ADMIN_EMAIL= \
  COOPEX_BASE_URL="$BASE" \
  java $JAVA_OPTS -jar "$JAR" --server.address=$HOST --server.port="$PORT" >"$OUT/app.log" 2>&1 &
APP_PID=$!

for i in $(seq 1 180); do
  if curl -fs --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  kill -0 "$APP_PID" 2>/dev/null || fail "Coopex exited, see $OUT/app.log"
  [[ $i -lt 180 ]] || fail "Coopex not up after 180 s, see $OUT/app.log"
  sleep 1
done
log "Coopex is up (pid $APP_PID)"

# --- data ----------------------------------------------------------------------------------
log "loading bench/seed.sql"
timeout 300 "${PSQL[@]}" -d "$DB" -f bench/seed.sql
log "loading bench/seed-ecosystems.sql"
timeout 600 "${PSQL[@]}" -d "$DB" -f bench/seed-ecosystems.sql
log "loading bench/seed-fairs.sql"
timeout 300 "${PSQL[@]}" -d "$DB" -f bench/seed-fairs.sql
log "loading bench/seed-ledger.sql"
timeout 120 "${PSQL[@]}" -d "$DB" -f bench/seed-ledger.sql
log "loading bench/seed-aids.sql"
timeout 300 "${PSQL[@]}" -d "$DB" -f bench/seed-aids.sql
log "database: $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from organisation where kind = 'COMPANY'") companies, $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from user_account") users"

# --- sign-in -------------------------------------------------------------------------------
# Users per role in bench/seed.sql.
declare -A USERS=([MEMBER]=1800 [COORDINATOR]=150 [AGENCY]=40 [ADMIN]=10)

# Prints the COOPEXSESSION cookie of a fresh session of <role>-<n>@bench.coopex.test.
sign_in() {
  local role=$1 n=$2 email jar page token location session
  email="$(tr '[:upper:]' '[:lower:]' <<<"$role")-$n@bench.coopex.test"
  jar="$OUT/cookies.txt"
  rm -f "$jar"
  page=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" "$BASE/login")
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
  [[ -n $token ]] || fail "no CSRF token on /login"
  location=$(curl -sS --max-time 30 -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$email" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    "$BASE/login")
  [[ -n $location && $location != *"/login"* ]] || fail "sign-in as $email refused (redirected to '$location')"
  session=$(awk '$6 == "COOPEXSESSION" { print $7 }' "$jar" | tail -n 1)
  rm -f "$jar"
  [[ -n $session ]] || fail "no COOPEXSESSION cookie after signing in as $email"
  # The session must really be signed in: the home page greets the person by name. This
  # first page also gives the session its CSRF token, as a browser's first page would.
  local home
  home=$(curl -fsS --max-time 10 -H "Cookie: COOPEXSESSION=$session" "$BASE/")
  grep -q "Bench $n<" <<<"$home" \
    || fail "the session of $email does not reach a signed-in page"
  printf '%s' "$session"
}

declare -A SESSIONS=()
NAMES=() PATHS=() ROLES=()
while read -r name path role _; do
  [[ -z ${name:-} || $name == \#* ]] && continue
  [[ -n ${path:-} && -n ${role:-} ]] || fail "bad line in $PAGES: $name"
  [[ $role == - || -n ${USERS[$role]:-} ]] || fail "unknown role $role in $PAGES"
  NAMES+=("$name") PATHS+=("$path") ROLES+=("$role")
  if [[ $role != - && -z ${SESSIONS[$role]:-} ]]; then
    log "signing in $SIGNED_IN sessions as ${role,,}-<n>@bench.coopex.test"
    cookies=()
    for i in $(seq 1 "$SIGNED_IN"); do
      cookies+=("$(sign_in "$role" $(((i - 1) % USERS[$role] + 1)))")
    done
    SESSIONS[$role]="${cookies[*]}"
  fi
done <"$PAGES"
[[ ${#NAMES[@]} -gt 0 ]] || fail "no page in $PAGES"

# --- measurements --------------------------------------------------------------------------
cpu_ticks() { # utime + stime of the JVM, and of its JIT compiler threads alone, in clock ticks
  local stat task jit=0 fields
  stat=$(<"/proc/$APP_PID/stat")
  stat=${stat##*) }
  read -r -a fields <<<"$stat"
  for task in /proc/"$APP_PID"/task/*/stat; do
    stat=$(cat "$task" 2>/dev/null) || continue
    [[ $stat == *"(C1 CompilerThre"* || $stat == *"(C2 CompilerThre"* ]] || continue
    stat=${stat##*) }
    read -r -a task_fields <<<"$stat"
    jit=$((jit + task_fields[11] + task_fields[12]))
  done
  echo "$((fields[11] + fields[12])) $jit"
}
db_ticks() { # utime + stime of the PostgreSQL backends serving the benchmark database
  local total=0 pid stat fields
  for pid in $(pgrep -f "^postgres: .* $DB " || true); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    stat=${stat##*) }
    read -r -a fields <<<"$stat"
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}
machine_ticks() { # busy and total clock ticks of the whole machine, all cores
  local _cpu user nice system idle iowait irq softirq steal _rest
  read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
  echo "$((user + nice + system + irq + softirq + steal)) $((user + nice + system + idle + iowait + irq + softirq + steal))"
}
per_request() { # ticks requests -> milliseconds per request
  awk -v t="$1" -v hz="$CLK_TCK" -v n="$2" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "n/a" }'
}
share() { awk -v part="$1" -v total="$2" 'BEGIN { if (total > 0) printf "%.0f%%", part * 100 / total; else print "n/a" }'; }
CLK_TCK=$(getconf CLK_TCK)

run_wrk() { # seconds path role -> wrk output
  local seconds=$1 path=$2 role=$3 cookies=""
  [[ $role == - ]] || cookies=${SESSIONS[$role]}
  BENCH_COOKIES=$cookies timeout $((seconds + 30)) wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" \
    --timeout 5s -s bench/report.lua "$BASE$path"
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
label() { # name path role -> how the table names a page
  echo "$1 (\`$2\`, $([[ $3 == - ]] && echo anonymous || echo "$3"))"
}
# Warm-up: every page in turn first, so that the JIT has compiled the common code before any
# measurement.
if [[ $WARMUP -gt 0 ]]; then
  for i in "${!NAMES[@]}"; do
    log "warming up $(label "${NAMES[$i]}" "${PATHS[$i]}" "${ROLES[$i]}") for ${WARMUP}s"
    run_wrk "$WARMUP" "${PATHS[$i]}" "${ROLES[$i]}" >/dev/null
  done
fi
ROWS=() MISSES=() USAGE=()
for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]} path=${PATHS[$i]} role=${ROLES[$i]}
  label=$(label "$name" "$path" "$role")
  log "measuring $label for ${DURATION}s"
  read -r before jit_before <<<"$(cpu_ticks)"
  db_before=$(db_ticks)
  read -r busy_before total_before <<<"$(machine_ticks)"
  output=$(run_wrk "$DURATION" "$path" "$role")
  read -r after jit_after <<<"$(cpu_ticks)"
  db_after=$(db_ticks)
  read -r busy_after total_after <<<"$(machine_ticks)"
  printf '%s\n' "$output" >"$OUT/wrk-$name.txt"
  line=$(grep '^BENCH ' <<<"$output") || fail "no report from wrk for $name"
  requests=$(field requests "$line") rps=$(field rps "$line") p50=$(field p50_ms "$line")
  p99=$(field p99_ms "$line") errors=$(field errors "$line")
  app=$((after - before)) jit=$((jit_after - jit_before)) db=$((db_after - db_before))
  total=$((total_after - total_before))
  # CPU per request leaves out the JIT compiler, a one-off cost that a longer run amortises.
  cpu=$(per_request $((app - jit)) "$requests")
  db_cpu=$(per_request "$db" "$requests")
  ROWS+=("| $label | $rps | $p50 | $p99 | $cpu | $errors |")
  rest=$((busy_after - busy_before - app - db))
  ((rest >= 0)) || rest=0
  USAGE+=("| $name | $(share $((busy_after - busy_before)) $total) | $(share $app $total) (JIT $(share $jit $total)) | $db_cpu ms/request, $(share $db $total) | $(share $rest $total) |")
  if ! awk -v r="$rps" -v p="$p99" -v e="$errors" 'BEGIN { exit !(r >= 900 && p < 100 && e == 0) }'; then
    MISSES+=("$name")
  fi
done

# --- report --------------------------------------------------------------------------------
REPORT="$OUT/results-$(date +%Y%m%d-%H%M%S).md"
{
  echo "Coopex benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JVM: $(java -version 2>&1 | head -n 1), $JAVA_OPTS; PostgreSQL $("${PSQL[@]}" -d "$DB" -At -c 'show server_version')"
  echo "- wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up per page (all pages first) then ${DURATION}s measured per page; $SIGNED_IN sessions per signed-in role"
  echo "- CPU ms/request: the Coopex JVM's user + system time, less its JIT compiler threads, divided by the requests served"
  echo
  echo "| page | requests/s | p50 ms | p99 ms | CPU ms/request | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Where the machine's CPU went during each measured run (share of all $(nproc) cores):"
  echo
  echo "| page | machine busy | Coopex (of which JIT compiler) | PostgreSQL backends | wrk and everything else |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${USAGE[@]}"
  echo
  if [[ ${#MISSES[@]} -eq 0 ]]; then
    echo "Target (>= 900 requests/s, p99 < 100 ms, no error) met by every page."
  else
    echo "Target (>= 900 requests/s, p99 < 100 ms, no error) missed by: ${MISSES[*]}."
  fi
} | tee "$REPORT"
log "report written to $REPORT"
