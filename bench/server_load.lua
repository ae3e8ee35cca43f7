-- server_load.lua: the wrk script of bench/server_load.sh. Arguments after "--":
--   stories         GET the story list: first page, second page, a date filter
--   briefing ID...  GET /api/v1/stories/ID/briefing, round-robin over the IDs
-- done() prints one JSON line: requests, requests/s, latency percentiles (ms) and
-- failed requests (non-2xx answers and socket errors, timeouts included).
local paths = {}
local next_path = 0

function init(args)
  if args[1] == "stories" then
    paths = {"/api/v1/stories?limit=20", "/api/v1/stories?limit=20&offset=20",
             "/api/v1/stories?limit=20&since=1998"}
  else
    for k = 2, #args do
      paths[#paths + 1] = "/api/v1/stories/" .. args[k] .. "/briefing"
    end
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "seconds": %.1f, "requests_per_s": %.1f, "p50_ms": %.2f, ' ..
    '"p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "non_2xx": %d, "socket_errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
