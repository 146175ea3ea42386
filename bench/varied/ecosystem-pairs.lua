-- Varied workload: the pairs page of ecosystem 1 (200 members, the largest coopetition map
-- of the dataset), a page drawn among all of them, or, one request in three, a page of the
-- signed-in firm's own relations. Each request as one of the insider sessions drawn at random.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  if lib.chance(1 / 3) then
    return "/ecosystems/1/pairs?own=true&page=" .. lib.int(1, 8)
  end
  -- 200 members make at most 19,900 pairs, 796 pages of 25
  return "/ecosystems/1/pairs?page=" .. lib.int(1, 796)
end)
