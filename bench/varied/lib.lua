-- Shared part of the varied workloads (bench/varied/<family>.lua), for wrk.
--
-- Each request draws its parameters at random: a family script calls lib.run(make), where
-- make(r) returns the path of the next request; r.session is the signed-in session drawn for
-- it (nil for an anonymous page), and r.id(kind) draws an id the session may see.
--
-- bench/run.sh writes the dataset's facts to the file named by BENCH_DATA (a Lua table, see
-- write_varied_data in run.sh) and names the role in BENCH_ROLE ("-" for anonymous):
--   { scale = 1, companies = 20000, ecosystems = 500, fairs = 500, aids = 5000,
--     roles = { MEMBER = { { cookie = "...", company = 1, stands = { 2, 34 }, pools = { 2, 34 } }, ... } } }
-- Each thread seeds its own generator from BENCH_SEED (default 1) and its index, so that two
-- runs send the same sequence of requests per thread.
-- BENCH_DEBUG=1 prints the first 10 paths each thread sends and the first 10 responses other
-- than 2xx/3xx with the path last sent on the thread (the failing one when the thread has one
-- connection: -t1 -c1), on stderr (slower: wrk then hands every response to Lua).
-- done() prints the same machine-readable line as bench/report.lua.

local lib = {}

local data_file = os.getenv("BENCH_DATA")
lib.data = (data_file and data_file ~= "") and dofile(data_file) or {}
local role = os.getenv("BENCH_ROLE") or "-"
local sessions = {}
if role ~= "-" then
  sessions = (lib.data.roles or {})[role] or {}
  assert(#sessions > 0, "no session for role " .. role .. " in " .. tostring(data_file))
end
lib.scale = lib.data.scale or 1

-- ids a session may see (stands, pools), flattened into (session, id) pairs so that every id
-- of the dataset that some session sees is drawn about as often as any other.
local pairs_of = {}
local function pairs_for(kind)
  local list = pairs_of[kind]
  if list == nil then
    list = {}
    for _, s in ipairs(sessions) do
      for _, id in ipairs(s[kind] or {}) do
        list[#list + 1] = { s, id }
      end
    end
    assert(#list > 0, "no " .. kind .. " for the sessions of role " .. role)
    pairs_of[kind] = list
  end
  return list
end

-- --- random draws ----------------------------------------------------------------------------

function lib.int(low, high) return math.random(low, high) end
function lib.pick(list) return list[math.random(1, #list)] end
function lib.chance(p) return math.random() < p end

-- One to three entries of a list, joined by spaces (the first entry may already hold words).
function lib.words(list, most)
  local n = math.random(1, most or 3)
  local out = {}
  for i = 1, n do out[i] = lib.pick(list) end
  return table.concat(out, " ")
end

-- A page number from 1 to 5, page 1 half of the time (as people mostly stay on it).
function lib.page()
  if math.random() < 0.5 then return 1 end
  return math.random(2, 5)
end

-- --- URLs ------------------------------------------------------------------------------------

local function encode(value)
  return (tostring(value):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- "/path?a=1&b=2" from a list of { name, value } pairs, leaving out nil values.
function lib.url(path, params)
  local parts = {}
  for _, p in ipairs(params or {}) do
    if p[2] ~= nil and p[2] ~= "" then
      parts[#parts + 1] = p[1] .. "=" .. encode(p[2])
    end
  end
  if #parts == 0 then return path end
  return path .. "?" .. table.concat(parts, "&")
end

-- --- wrk hooks -------------------------------------------------------------------------------

local threads = 0

function lib.run(make)
  setup = function(thread)
    thread:set("thread_index", threads)
    threads = threads + 1
  end

  init = function(args)
    local seed = tonumber(os.getenv("BENCH_SEED") or "1") or 1
    math.randomseed(seed * 1000 + (thread_index or 0))
  end

  local debug = os.getenv("BENCH_DEBUG") == "1"
  local last_path = ""
  local shown, sent = 0, 0
  local r = {}
  r.id = function(kind)
    local pair = lib.pick(pairs_for(kind))
    r.session = pair[1]
    return pair[2]
  end

  request = function()
    r.session = (#sessions > 0) and lib.pick(sessions) or nil
    local path = make(r)
    last_path = path
    if debug and sent < 10 then
      sent = sent + 1
      io.stderr:write(string.format("thread %d sends %s\n", thread_index or 0, path))
    end
    local headers = {}
    if r.session ~= nil then
      headers["Cookie"] = "COOPEXSESSION=" .. r.session.cookie
    end
    return wrk.format("GET", path, headers)
  end

  if debug then
    response = function(status, headers, body)
      if (status < 200 or status >= 400) and shown < 10 then
        shown = shown + 1
        io.stderr:write(string.format("HTTP %d for %s\n", status, last_path))
      end
    end
  end

  done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout
    io.write(string.format(
        "BENCH requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d status_errors=%d socket_errors=%d\n",
        summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        errors, summary.errors.status, errors - summary.errors.status))
  end
end

return lib
