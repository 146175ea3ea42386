-- Varied workload: the page of ecosystem 1, whose 200 members make the largest coopetition
-- map of the dataset (drawn by activity, with the tables beside it), each request as one of
-- the insider sessions drawn at random (each sees its own firm marked and its own pairs).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/ecosystems/1"
end)
