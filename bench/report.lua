-- wrk report: one machine-readable line that bench/run.sh turns into a table row.
-- Errors are responses other than 2xx/3xx plus socket errors (connect, read, write, timeout).
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
