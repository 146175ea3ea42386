-- Varied workload: the signed-in home page, each request with one of the role's sessions drawn
-- at random (each of a different company or coordinator), so that one request reads a company's
-- debts, deadlines, new stands and aids, the next another's; run as MEMBER and as COORDINATOR
-- (a coordinator's ecosystems, stand bars and cash calls). See bench/varied/lib.lua;
-- bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  -- r.session is already drawn among the role's sessions
  return "/"
end)
