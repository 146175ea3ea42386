-- Varied workload: the aid search page (anonymous or signed in, see bench/varied.txt):
-- one to three words most of the time, a kind, what it pays for and a region a third of the time
-- each, pages 1 to 5.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")
local regions = { "AUVERGNE_RHONE_ALPES", "BOURGOGNE_FRANCHE_COMTE", "BRETAGNE", "CENTRE_VAL_DE_LOIRE", "CORSE",
  "GRAND_EST", "HAUTS_DE_FRANCE", "ILE_DE_FRANCE", "NORMANDIE", "NOUVELLE_AQUITAINE", "OCCITANIE", "PAYS_DE_LA_LOIRE",
  "PROVENCE_ALPES_COTE_D_AZUR", "GUADELOUPE", "MARTINIQUE", "GUYANE", "LA_REUNION", "MAYOTTE" }
local words = { "salons", "salon", "prospection", "chèque export", "export", "prêt", "avance remboursable",
  "accompagnement", "international", "assurance", "impayés", "recrutement", "cadre export", "diagnostic", "mission",
  "V.I.E", "vie", "PME", "acheteurs", "marchés lointains", "fonds de roulement", "risque de change", "étranger",
  "Bretagne", "normandie", "île-de-france", "bpifrance", "zz" }
local kinds = { "GRANT", "LOAN", "REPAYABLE_ADVANCE", "INSURANCE_GUARANTEE", "TAX_CREDIT", "STAFFING", "ADVISORY",
  "COLLECTIVE_ACTION" }
local pays_for = { "TRADE_FAIRS", "PROSPECTION", "EXPORT_STAFF", "VIE", "MARKET_STUDIES", "EXPORT_ADVICE",
  "DIGITAL_MARKETING", "TRANSLATION", "PAYMENT_RISK", "FINANCING", "COLLECTIVE_ACTIONS", "CERTIFICATION" }

lib.run(function(r)
  return lib.url("/aids", {
    { "q", lib.chance(0.8) and lib.words(words, 3) or nil },
    { "kind", lib.chance(0.33) and lib.pick(kinds) or nil },
    { "paysFor", lib.chance(0.33) and lib.pick(pays_for) or nil },
    { "region", lib.chance(0.33) and lib.pick(regions) or nil },
    { "page", lib.page() },
  })
end)
