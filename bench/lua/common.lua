-- Shared by every scenario: per-thread random seeds, the benchmark parameters, counting of responses
-- that are not 2xx, and a summary in done().
--
-- A scenario script calls common.install(scenario, next_path) for GETs, or common.install(scenario,
-- next_path, options) for other requests: options.method, options.headers (added to the defaults),
-- options.request_headers(call) (headers of one request, e.g. its cookie), options.body(call) and
-- options.ok(status, headers), which decides what counts as success (by default any 2xx) and may
-- return a second value, a label counted per kind of response (e.g. "stored"; the sums are printed as
-- labels=stored:123,already:4), and options.rate: at most this many requests a second over all
-- connections (wrk's delay(); without it every connection sends its next request at once). The parameters (category and idea ids, ...) come from the Lua file named by BENCH_PARAMS,
-- which bench/run writes after querying the database.

local common = {}

function common.params()
   local file = os.getenv("BENCH_PARAMS")
   if file == nil or file == "" then
      return {}
   end
   return dofile(file)
end

-- Browsers ask for compressed pages; so do we.
local headers = { ["Accept"] = "text/html,application/geo+json,application/json;q=0.9,*/*;q=0.8",
                  ["Accept-Encoding"] = "gzip" }

local function ok_2xx(status, _)
   return status >= 200 and status <= 299
end

-- The sessions bench/run logged in: BENCH_SESSIONS holds "<SESSION cookie>=<CSRF token>" pairs separated
-- by spaces; a request takes them in turn (several people at once, not one session for all connections).
function common.sessions()
   local sessions = {}
   for session, csrf in string.gmatch(os.getenv("BENCH_SESSIONS") or "", "([^%s=]+)=([^%s]+)") do
      table.insert(sessions, { cookie = "SESSION=" .. session, csrf = csrf })
   end
   if #sessions == 0 then
      sessions = { { cookie = "", csrf = "" } }
   end
   return sessions
end

function common.session_of(sessions, call)
   return sessions[(call * 2 + (thread_no or 1)) % #sessions + 1]
end

function common.install(scenario, next_path, options)
   local threads = {}
   local counter = 1
   options = options or {}
   local method = options.method or "GET"
   local ok = options.ok or ok_2xx
   local request_headers = {}
   for name, value in pairs(headers) do
      request_headers[name] = value
   end
   for name, value in pairs(options.headers or {}) do
      request_headers[name] = value
   end

   function setup(thread)
      thread:set("thread_no", counter)
      table.insert(threads, thread)
      counter = counter + 1
   end

   function init(args)
      math.randomseed(os.time() * 100 + (thread_no or 0))
      for _ = 1, 10 do math.random() end
      non2xx = 0
      statuses = {}
      labels = {}
      calls = 0
   end

   if options.rate then
      -- each of the connections waits so long that all of them together send options.rate a second
      local connections = tonumber(os.getenv("BENCH_RATE_CONNECTIONS") or "1")
      function delay()
         return math.random(0, 2 * 1000 * connections / options.rate)
      end
   end

   function request()
      calls = calls + 1
      local body = options.body and options.body(calls) or nil
      local these = request_headers
      if options.request_headers then
         these = {}
         for name, value in pairs(request_headers) do
            these[name] = value
         end
         for name, value in pairs(options.request_headers(calls)) do
            these[name] = value
         end
      end
      return wrk.format(method, next_path(calls), these, body)
   end

   function response(status, response_headers, _)
      local good, label = ok(status, response_headers)
      if label then
         labels[label] = (labels[label] or 0) + 1
      end
      if not good then
         non2xx = non2xx + 1
         statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
      end
   end

   function done(summary, latency, _)
      local seconds = summary.duration / 1e6
      local non = 0
      local by_status = {}
      local by_label = {}
      for _, thread in ipairs(threads) do
         non = non + (thread:get("non2xx") or 0)
         for label, n in pairs(thread:get("labels") or {}) do
            by_label[label] = (by_label[label] or 0) + n
         end
         for status, n in pairs(thread:get("statuses") or {}) do
            by_status[status] = (by_status[status] or 0) + n
         end
      end
      local codes = {}
      for status, n in pairs(by_status) do
         table.insert(codes, status .. "x" .. n)
      end
      table.sort(codes)
      local kinds = {}
      for label, n in pairs(by_label) do
         table.insert(kinds, label .. ":" .. n)
      end
      table.sort(kinds)
      local e = summary.errors
      local socket = e.connect + e.read + e.write + e.timeout
      local rps = summary.requests / seconds
      local kib = summary.requests > 0 and summary.bytes / summary.requests / 1024 or 0
      io.write(string.format("%-12s %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms  "
            .. "non-2xx %d%s  socket errors %d  %.1f KiB/response\n",
         scenario, rps, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
         latency:percentile(99) / 1000, latency.max / 1000, non,
         #codes > 0 and (" (" .. table.concat(codes, " ") .. ")") or "", socket, kib))
      -- one line for bench/run to read
      io.write(string.format("BENCH_RESULT scenario=%s requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f "
            .. "p99=%.2f max=%.2f non2xx=%d statuses=%s socket=%d connect=%d read=%d write=%d timeout=%d kib=%.1f labels=%s\n",
         scenario, summary.requests, seconds, rps, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
         latency:percentile(99) / 1000, latency.max / 1000, non, #codes > 0 and table.concat(codes, ",") or "-",
         socket, e.connect, e.read, e.write, e.timeout, kib, #kinds > 0 and table.concat(kinds, ",") or "-"))
   end
end

return common
