-- What the aid workloads draw from: regions, search words (short, accented, acronyms), kinds
-- and what aids pay for. Loaded by aids-search.lua and aids-api.lua.
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

return { regions = regions, words = words, kinds = kinds, pays_for = pays_for }
