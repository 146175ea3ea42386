-- Varied workload: the members page of ecosystem 1 (200 members, 8 pages of 25), a page drawn
-- at random, each request as one of the insider sessions drawn at random.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/ecosystems/1/members?page=" .. lib.int(1, 8)
end)
