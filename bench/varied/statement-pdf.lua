-- Varied workload: a company's statement of a cost pool as PDF, drawn with a session
-- of a company that takes part in the pool.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/pools/" .. r.id("pools") .. "/statement.pdf"
end)
