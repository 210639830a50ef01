-- wrk script: each request is the next query of the mix (bench/queries.txt), URL-encoded; each thread
-- starts at a different place so concurrent connections do not ask the same thing in lock step.
local queries = {}
local next_index = 1

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load(path)
  local list = {}
  for line in io.lines(path) do
    line = line:match("^%s*(.-)%s*$")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      list[#list + 1] = "/search?q=" .. encode(line)
    end
  end
  return list
end

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end

function init(args)
  queries = load(os.getenv("QUERIES") or "bench/queries.txt")
  next_index = ((thread_id or 1) * 37) % #queries + 1
end

function request()
  local path = queries[next_index]
  next_index = next_index % #queries + 1
  return wrk.format("GET", path)
end
