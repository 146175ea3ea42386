-- Varied workload: the home page, anonymous: the yardstick (the same page each time).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/"
end)
