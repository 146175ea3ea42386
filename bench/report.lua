-- wrk script for bench/run.sh.
-- Signed-in pages: BENCH_COOKIES holds session ids separated by spaces; requests take them in
-- turn, so that each session sees the traffic of one busy person rather than all of it.
-- done() prints one machine-readable line that run.sh turns into a table row. Errors are
-- responses other than 2xx/3xx plus socket errors (connect, read, write, timeout).

local cookies = {}
for cookie in string.gmatch(os.getenv("BENCH_COOKIES") or "", "%S+") do
  cookies[#cookies + 1] = cookie
end

local threads = 0
setup = function(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

local counter = 0
if #cookies > 0 then
  request = function()
    -- Threads start at different sessions so that they do not move in step.
    local index = (counter + (thread_index or 0) * 7) % #cookies + 1
    counter = counter + 1
    return wrk.format(nil, nil, { ["Cookie"] = "COOPEXSESSION=" .. cookies[index] })
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
