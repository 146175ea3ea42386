-- Varied workload: the fair calendar: one to three words of fair names a third of the
-- time, a country and a sector half of the time each, a start date within the coming year a
-- third of the time, pages 1 to 5.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

local words = { "salon", "Expo", "messe", "fair", "show", "mécatronique", "automatisation", "Robotique", "usinage",
  "hydraulique", "capteurs", "12", "zz" }
local countries = { "DE", "FR", "JP", "US", "CN", "IT", "ES", "GB", "CH", "KR", "BR", "IN" }
local sectors = { "C", "26", "27", "28", "25", "33" }

lib.run(function(r)
  return lib.url("/fairs", {
    { "q", lib.chance(0.33) and lib.words(words, 3) or nil },
    { "country", lib.chance(0.5) and lib.pick(countries) or nil },
    { "sector", lib.chance(0.5) and lib.pick(sectors) or nil },
    { "from", lib.chance(0.33) and os.date("!%Y-%m-%d", os.time() + lib.int(0, 365) * 86400) or nil },
    { "page", lib.page() },
  })
end)
