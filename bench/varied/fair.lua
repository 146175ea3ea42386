-- Varied workload: the page of a fair drawn among all the dataset's fairs (with the
-- stands the session's ecosystems have there).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/fairs/" .. lib.int(1, lib.data.fairs or 500)
end)
