-- wrk script for bench/overload.sh: rotates the query mix (bench/queries.txt) with hostile queries mixed
-- in (every fifth request), and counts answers by class so that 4xx (expected for hostile input) and 5xx
-- (never acceptable) are reported apart.
local queries, hostile = {}, {
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "((((((((((", "*%3A*", "%00", "%F0%9F%90%8D", "a%20AND%20OR%20b",
  string.rep("x", 1500), "django%5E1000", "%2Fregex.*%2F", "", "%22unbalanced", string.rep("w+", 200),
}
local next_index, counter = 1, 0
-- Global, not local: done() reads each thread's copy through thread:get("statuses").
statuses = { ["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
local threads = {}

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_id", #threads)
end

function init(args)
  for line in io.lines(os.getenv("QUERIES") or "bench/queries.txt") do
    line = line:match("^%s*(.-)%s*$")
    if line ~= "" and line:sub(1, 1) ~= "#" then queries[#queries + 1] = encode(line) end
  end
  next_index = ((thread_id or 1) * 37) % #queries + 1
end

function request()
  counter = counter + 1
  local q
  if counter % 5 == 0 then
    q = hostile[(counter / 5) % #hostile + 1]
  else
    q = queries[next_index]
    next_index = next_index % #queries + 1
  end
  return wrk.format("GET", "/search?q=" .. q)
end

function response(status, headers, body)
  local class = status >= 500 and "5xx" or status >= 400 and "4xx" or status >= 200 and status < 300 and "2xx" or "other"
  statuses[class] = statuses[class] + 1
end

function done(summary, latency, requests)
  local totals = { ["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for class, n in pairs(counts) do totals[class] = totals[class] + n end
  end
  io.write(string.format("answers: 2xx %d, 4xx %d, 5xx %d, other %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    totals["2xx"], totals["4xx"], totals["5xx"], totals.other, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d requests\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests))
end
