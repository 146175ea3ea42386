#!/usr/bin/env bash
# Coopex benchmark: builds the jar, runs it on a fresh PostgreSQL database loaded with a large
# dataset, and measures with wrk the varied workloads of bench/varied.txt (each request draws its
# parameters from the dataset), then each fixed page of bench/pages.txt. Only ever targets
# 127.0.0.1. See bench/README.md.
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
PAGES=${BENCH_PAGES:-bench/pages.txt}   # fixed pages: the same URL again and again
VARIED=${BENCH_VARIED:-bench/varied.txt} # varied workloads: a wrk script per page family
WORKLOADS=${BENCH_WORKLOADS:-all}       # all (varied, then fixed), varied or fixed
SCALE=${BENCH_SCALE:-1}                 # dataset size: 1 (20,000 companies) or 10 (200,000)
SEED=${BENCH_SEED:-1}                   # seed of the varied workloads' random draws
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
[[ $SCALE =~ ^[1-9][0-9]?$ ]] || fail "BENCH_SCALE must be a whole number from 1 to 99 (1 or 10 in practice)"
[[ $SEED =~ ^[0-9]+$ ]] || fail "BENCH_SEED must be a whole number"
[[ $WORKLOADS == all || $WORKLOADS == varied || $WORKLOADS == fixed ]] || fail "BENCH_WORKLOADS is all, varied or fixed"
command -v wrk >/dev/null || fail "wrk is not installed"
command -v psql >/dev/null || fail "psql is not installed"
LISTS=()
[[ $WORKLOADS == fixed ]] || LISTS+=("varied $VARIED")
[[ $WORKLOADS == varied ]] || LISTS+=("fixed $PAGES")
for list in "${LISTS[@]}"; do
  [[ -r ${list#* } ]] || fail "no page list at ${list#* }"
done
mkdir -p "$OUT"

# --- the pages, and how long the run takes --------------------------------------------------
# KINDS[i] is "varied" (TARGETS[i] is a wrk script) or "fixed" (TARGETS[i] is a path).
NAMES=() TARGETS=() ROLES=() KINDS=()
for list in "${LISTS[@]}"; do
  kind=${list%% *} file=${list#* }
  while read -r name target role _; do
    [[ -z ${name:-} || $name == \#* ]] && continue
    [[ -n ${target:-} && -n ${role:-} ]] || fail "bad line in $file: $name"
    [[ $role == - || $role =~ ^(MEMBER|COORDINATOR|AGENCY|ADMIN)$ ]] || fail "unknown role $role in $file"
    if [[ $kind == varied ]]; then
      [[ -r $target ]] || fail "no wrk script $target (line $name of $file)"
    else
      [[ $target == /* ]] || fail "a fixed page's path starts with / (line $name of $file)"
    fi
    NAMES+=("$name") TARGETS+=("$target") ROLES+=("$role") KINDS+=("$kind")
  done <"$file"
done
[[ ${#NAMES[@]} -gt 0 ]] || fail "no page to measure"
LOAD_SECONDS=$((${#NAMES[@]} * (WARMUP + DURATION)))
log "$(printf '%d workloads (%s) x (%ds warm-up + %ds measured) = %dm%02ds of load, plus the build (%s), start-up (1 to 4 minutes), loading the %dx dataset (%s), signing in (a few seconds per session) and a few seconds per workload' \
  "${#NAMES[@]}" "$WORKLOADS" "$WARMUP" "$DURATION" $((LOAD_SECONDS / 60)) $((LOAD_SECONDS % 60)) \
  "$([[ $SKIP_BUILD == true || -n $JAR ]] && echo skipped || echo 'a few minutes')" "$SCALE" \
  "$([[ $SCALE -ge 10 ]] && echo 'about 5 to 15 minutes' || echo 'about 1 minute')")"

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
# Each file has a time limit that grows with the scale.
for seed in seed:300 seed-ecosystems:600 seed-fairs:300 seed-ledger:120 seed-stands:300 seed-aids:300 seed-observatory:120; do
  log "loading bench/${seed%%:*}.sql (scale $SCALE)"
  timeout $((${seed##*:} * SCALE)) "${PSQL[@]}" -d "$DB" -v scale="$SCALE" -f "bench/${seed%%:*}.sql"
done
# Vacuum and analyse what was loaded and write it to disk now, so that neither autovacuum nor
# the checkpoint of gigabytes of new rows (10x) runs during the measurements: the first 10x run
# without this stalled every page that reads PostgreSQL for minutes.
log "vacuuming, analysing and checkpointing the dataset"
timeout $((600 * SCALE)) "${PSQL[@]}" -d "$DB" -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
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
for role in "${ROLES[@]}"; do
  if [[ $role != - && -z ${SESSIONS[$role]:-} ]]; then
    log "signing in $SIGNED_IN sessions as ${role,,}-<n>@bench.coopex.test"
    cookies=()
    for i in $(seq 1 "$SIGNED_IN"); do
      cookies+=("$(sign_in "$role" $(((i - 1) % USERS[$role] + 1)))")
    done
    SESSIONS[$role]="${cookies[*]}"
  fi
done

# The varied workloads' facts (bench/varied/lib.lua): the dataset's sizes and, for each signed-in
# session, its company and the stands and cost pools that company takes part in.
VARIED_DATA="$OUT/varied-data.lua"
write_varied_data() {
  local role cookies i n email company stands pools
  {
    echo "-- written by bench/run.sh for bench/varied/lib.lua"
    echo "return {"
    echo "  scale = $SCALE,"
    "${PSQL[@]}" -d "$DB" -At -F ' ' -c "select (select count(*) from organisation where kind = 'COMPANY'),
      (select count(*) from ecosystem), (select max(id) from fair), (select count(*) from aid)" |
      awk '{ printf "  companies = %d, ecosystems = %d, fairs = %d, aids = %d,\n", $1, $2, $3, $4 }'
    echo "  roles = {"
    for role in "${!SESSIONS[@]}"; do
      read -r -a cookies <<<"${SESSIONS[$role]}"
      echo "    $role = {"
      for i in "${!cookies[@]}"; do
        n=$((i % USERS[$role] + 1))
        email="${role,,}-$n@bench.coopex.test"
        read -r company stands pools <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
          select u.organisation_id,
                 coalesce((select string_agg(b.stand_id::text, ',' order by b.stand_id) from stand_booking b
                           where b.company_id = u.organisation_id and b.status = 'BOOKED'), ''),
                 coalesce((select string_agg(x.pool_id::text, ',' order by x.pool_id) from ledger_participant x
                           where x.company_id = u.organisation_id and x.status = 'ACTIVE'), '')
          from user_account u where u.email = '$email'")"
        [[ $role == MEMBER ]] || stands="" pools=""
        echo "      { cookie = \"${cookies[$i]}\", company = ${company:-0}, stands = { ${stands:-} }, pools = { ${pools:-} } },"
      done
      echo "    },"
    done
    echo "  },"
    echo "}"
  } >"$VARIED_DATA"
}
write_varied_data

# --- measurements --------------------------------------------------------------------------
cpu_ticks() { # utime + stime of the JVM, and of its JIT compiler threads alone, in clock ticks
  local stat task jit=0 fields
  stat=$(<"/proc/$APP_PID/stat")
  stat=${stat##*) }
  read -r -a fields <<<"$stat"
  for task in /proc/"$APP_PID"/task/*/stat; do
    { read -r stat <"$task"; } 2>/dev/null || continue # no fork: a loaded machine makes forks slow
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
    { read -r stat <"/proc/$pid/stat"; } 2>/dev/null || continue
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

run_wrk() { # seconds kind target role -> wrk output
  local seconds=$1 kind=$2 target=$3 role=$4 cookies=""
  [[ $role == - ]] || cookies=${SESSIONS[$role]}
  if [[ $kind == varied ]]; then
    BENCH_DATA=$VARIED_DATA BENCH_ROLE=$role BENCH_SEED=$SEED timeout $((seconds + 30)) \
      wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --timeout 5s -s "$target" "$BASE/"
  else
    BENCH_COOKIES=$cookies timeout $((seconds + 30)) wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" \
      --timeout 5s -s bench/report.lua "$BASE$target"
  fi
}

# Waits until Coopex has answered the requests still queued from the previous run (wrk stops
# sending, not the server working): a health check queues behind them. Without it, a short run
# on a slow machine starts with the previous page's backlog, in its time and its CPU.
drain() {
  curl -s -o /dev/null --max-time 120 "$BASE/actuator/health" || true
  sleep 1
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
label() { # name target role -> how the table names a page
  echo "$1 (\`$2\`, $([[ $3 == - ]] && echo anonymous || echo "$3"))"
}
target_of() { # name -> "requests/s p99-ms" the page must reach
  case $1 in
    aids-*) echo "1500 50" ;;
    *pdf*) echo "900 300" ;;
    *) echo "900 100" ;;
  esac
}
# Warm-up: every page in turn first, so that the JIT has compiled the common code before any
# measurement.
if [[ $WARMUP -gt 0 ]]; then
  for i in "${!NAMES[@]}"; do
    log "warming up ${KINDS[$i]} $(label "${NAMES[$i]}" "${TARGETS[$i]}" "${ROLES[$i]}") for ${WARMUP}s"
    drain
    run_wrk "$WARMUP" "${KINDS[$i]}" "${TARGETS[$i]}" "${ROLES[$i]}" >/dev/null
  done
fi
declare -A ROWS=() USAGE=()
MISSES=() TSV=()
YARDSTICK=""
for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]} target=${TARGETS[$i]} role=${ROLES[$i]} kind=${KINDS[$i]}
  label=$(label "$name" "$target" "$role")
  drain
  log "measuring $kind $label for ${DURATION}s"
  read -r before jit_before <<<"$(cpu_ticks)"
  db_before=$(db_ticks)
  read -r busy_before total_before <<<"$(machine_ticks)"
  output=$(run_wrk "$DURATION" "$kind" "$target" "$role")
  read -r after jit_after <<<"$(cpu_ticks)"
  db_after=$(db_ticks)
  read -r busy_after total_after <<<"$(machine_ticks)"
  printf '%s\n' "$output" >"$OUT/wrk-$kind-$name.txt"
  line=$(grep '^BENCH ' <<<"$output") || fail "no report from wrk for $kind $name"
  requests=$(field requests "$line") rps=$(field rps "$line") p50=$(field p50_ms "$line")
  p99=$(field p99_ms "$line") errors=$(field errors "$line")
  app=$((after - before)) jit=$((jit_after - jit_before)) db=$((db_after - db_before))
  total=$((total_after - total_before))
  # CPU per request leaves out the JIT compiler, a one-off cost that a longer run amortises.
  cpu=$(per_request $((app - jit)) "$requests")
  # a backend that ended during the run takes its ticks with it: no figure then
  if ((db >= 0)); then db_cpu=$(per_request "$db" "$requests"); else db_cpu=n/a db=0; fi
  # The yardstick: the anonymous home page's CPU per request, of the first workload measuring it.
  [[ -n $YARDSTICK || $name != home-anonymous || $cpu == n/a ]] || YARDSTICK=$cpu
  read -r min_rps max_p99 <<<"$(target_of "$name")"
  ROWS[$kind]+="| $label | $rps | $p50 | $p99 | $cpu | @HOME:$cpu@ | $db_cpu | $errors |"$'\n'
  rest=$((busy_after - busy_before - app - db))
  ((rest >= 0)) || rest=0
  USAGE[$kind]+="| $name | $(share $((busy_after - busy_before)) $total) | $(share $app $total) (JIT $(share $jit $total)) | $db_cpu ms/request, $(share $db $total) | $(share $rest $total) |"$'\n'
  TSV+=("$kind"$'\t'"$name"$'\t'"$role"$'\t'"$rps"$'\t'"$p50"$'\t'"$p99"$'\t'"$cpu"$'\t'"$db_cpu"$'\t'"$errors")
  if ! awk -v r="$rps" -v p="$p99" -v e="$errors" -v mr="$min_rps" -v mp="$max_p99" \
    'BEGIN { exit !(r >= mr && p < mp && e == 0) }'; then
    MISSES+=("$kind $name ($min_rps/s, $max_p99 ms)")
  fi
done
relative() { # CPU ms/request of the rows -> ratio to the yardstick
  awk -v home="$YARDSTICK" '{
    while (match($0, /@HOME:[^@]*@/)) {
      v = substr($0, RSTART + 6, RLENGTH - 7)
      r = (home + 0 > 0 && v != "n/a") ? sprintf("%.1f", v / home) : "n/a"
      $0 = substr($0, 1, RSTART - 1) r substr($0, RSTART + RLENGTH)
    }
    print
  }'
}

# --- report --------------------------------------------------------------------------------
STAMP=$(date +%Y%m%d-%H%M%S)
REPORT="$OUT/results-$STAMP.md"
HEAD_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
COMMIT=$HEAD_COMMIT
git diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT (with uncommitted changes)"
[[ -z ${BENCH_JAR:-} ]] || COMMIT="jar $BENCH_JAR (bench scripts of $COMMIT)"
{
  echo "Coopex benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT, dataset ${SCALE}x"
  echo
  echo "- machine: $(hostname), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JVM: $(java -version 2>&1 | head -n 1), $JAVA_OPTS; PostgreSQL $("${PSQL[@]}" -d "$DB" -At -c 'show server_version')"
  echo "- dataset (scale $SCALE): $("${PSQL[@]}" -d "$DB" -At -c "select format('%s companies, %s ecosystems, %s fairs, %s stands, %s cost pools, %s aids, %s users',
      (select count(*) from organisation where kind = 'COMPANY'), (select count(*) from ecosystem), (select count(*) from fair),
      (select count(*) from stand), (select count(*) from ledger_pool), (select count(*) from aid), (select count(*) from user_account))")"
  echo "- wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up per page (all pages first) then ${DURATION}s measured per page; $SIGNED_IN sessions per signed-in role; varied draws seeded with $SEED"
  echo "- CPU ms/request: the Coopex JVM's user + system time, less its JIT compiler threads, divided by the requests served; x home: that figure over the yardstick's"
  echo "- **yardstick: the anonymous home page costs ${YARDSTICK:-n/a} CPU ms/request in this run**"
  for kind in varied fixed; do
    [[ -n ${ROWS[$kind]:-} ]] || continue
    echo
    if [[ $kind == varied ]]; then
      echo "Varied requests ($VARIED: each request draws its parameters from the dataset):"
    else
      echo "Fixed pages ($PAGES: the same URL again and again):"
    fi
    echo
    echo "| page | requests/s | p50 ms | p99 ms | CPU ms/request | x home | PostgreSQL CPU ms/request | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s' "${ROWS[$kind]}" | relative
  done
  for kind in varied fixed; do
    [[ -n ${USAGE[$kind]:-} ]] || continue
    echo
    echo "Where the machine's CPU went during each measured run, $kind (share of all $(nproc) cores):"
    echo
    echo "| page | machine busy | Coopex (of which JIT compiler) | PostgreSQL backends | wrk and everything else |"
    echo "|---|---:|---:|---:|---:|"
    printf '%s' "${USAGE[$kind]}"
  done
  echo
  if [[ ${#MISSES[@]} -eq 0 ]]; then
    echo "Targets (requests/s, p99 ms, no error) met by every page."
  else
    echo "Targets (requests/s, p99 ms, no error) missed by: $(IFS=','; echo "${MISSES[*]}" | sed 's/,/, /g')."
  fi
} | tee "$REPORT"
# The same figures, tab-separated, for bench/compare-scale.sh.
{
  printf '# scale=%s commit=%s jar=%s date=%s\n' "$SCALE" "$HEAD_COMMIT" "${BENCH_JAR:-built}" "$(date -u '+%Y-%m-%dT%H:%MZ')"
  printf 'kind\tname\trole\trps\tp50_ms\tp99_ms\tcpu_ms\tdb_cpu_ms\terrors\n'
  printf '%s\n' "${TSV[@]}"
} >"$OUT/results-$STAMP-scale$SCALE.tsv"
log "report written to $REPORT (and $OUT/results-$STAMP-scale$SCALE.tsv)"
