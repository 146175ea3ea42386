-- Varied workload: the company directory searched with one to three words (names,
-- products, short and accented words, some found nowhere), a region half of the time, pages 1 to 5.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")
local regions = { "AUVERGNE_RHONE_ALPES", "BOURGOGNE_FRANCHE_COMTE", "BRETAGNE", "CENTRE_VAL_DE_LOIRE", "CORSE",
  "GRAND_EST", "HAUTS_DE_FRANCE", "ILE_DE_FRANCE", "NORMANDIE", "NOUVELLE_AQUITAINE", "OCCITANIE", "PAYS_DE_LA_LOIRE",
  "PROVENCE_ALPES_COTE_D_AZUR", "GUADELOUPE", "MARTINIQUE", "GUYANE", "LA_REUNION", "MAYOTTE" }
-- Words of the dataset's names and capabilities (bench/seed.sql, bench/seed-ecosystems.sql), as
-- people type them: with or without accents and capitals, and a few that match nothing.
local words = { "ateliers", "Maison", "société", "societe", "Manufacture", "laboratoires", "domaine", "Industries",
  "compagnie", "du Rhône", "rhone", "de Bretagne", "occitanes", "Jura", "normandes", "des Alpes", "Loire", "picardes",
  "sud-ouest", "lorraines", "machines-outils", "moteurs électriques", "moteurs", "capteurs", "robots", "vérins",
  "hydrauliques", "pièces usinées", "systèmes de vision", "vision", "automates", "usinage", "décolletage",
  "robotique", "industrie", "du", "de", "sa", "12", "7", "béton", "vin", "zz" }

lib.run(function(r)
  return lib.url("/companies", {
    { "q", lib.words(words, 3) },
    { "region", lib.chance(0.5) and lib.pick(regions) or nil },
    { "page", lib.page() },
  })
end)
