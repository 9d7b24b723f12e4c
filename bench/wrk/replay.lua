-- wrk script: replays the request paths of one query shape, one per line of a file, each
-- connection cycling through them from its own starting point, and prints the run as one
-- measurement (the form `kapfinder-bench perf report` reads) on a line starting with RESULT.
--
--   KB_PATHS=blend.paths KB_SYSTEM=kapfinder-http KB_SHAPE=blend KB_PROVIDERS=100000 \
--   KB_REPEAT=1 wrk -t1 -c1 -d10s -s replay.lua http://127.0.0.1:8080
--
-- Without KB_PATHS every request asks for the URL's own path.

local counter = 0

function setup(thread)
  thread:set("thread_number", counter)
  counter = counter + 1
end

function init(args)
  paths = {}
  local file = os.getenv("KB_PATHS")
  if file and #file > 0 then
    for line in io.lines(file) do
      if #line > 0 then
        paths[#paths + 1] = line
      end
    end
  end
  -- Threads start a prime stride apart so that they do not ask the same thing at once.
  position = ((thread_number or 0) * 397) % math.max(#paths, 1)
end

function request()
  if #paths == 0 then
    return wrk.format()
  end
  position = position % #paths + 1
  return wrk.format(nil, paths[position])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'RESULT {"providers":%s,"system":"%s","shape":"%s","concurrency":%s,"repeat":%s,'
      .. '"operations":%d,"seconds":%.3f,"p50Ms":%.4f,"p99Ms":%.4f,"meanMs":%.4f,'
      .. '"opsPerSec":%.2f,"errors":%d}\n',
    os.getenv("KB_PROVIDERS") or "0", os.getenv("KB_SYSTEM") or "?", os.getenv("KB_SHAPE") or "?",
    os.getenv("KB_CONCURRENCY") or "0", os.getenv("KB_REPEAT") or "1",
    summary.requests, seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.mean / 1000, summary.requests / seconds, errors))
end
