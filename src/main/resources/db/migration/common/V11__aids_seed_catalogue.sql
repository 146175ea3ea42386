-- The catalogue as published at first start: the four measures of the paper behind Coopex
-- (CAP Export, Groupement à l’export, SIDEX, INNOVEX) and the main French and European export
-- aids, from shared/data/export-aids.md (sources consulted on 2026-11-26). Only what that file
-- states as fact: a fact it does not give stays NULL. Lists hold one item per line.
-- Ids 1 to 29 are fixed here; later aids are numbered from 1000.

INSERT INTO aid (id, name, short_name, description, pays_for, pays_for_details, max_size, other_conditions,
                 period_details, status, source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (1, 'CAP Export (plan « Cap Export PME »)', 'CAP Export',
        'Plan de l’État pour l’export des PME, présenté en octobre 2005 par la ministre déléguée au Commerce extérieur : emplois export, coopération à l’export et prospection des marchés lointains en croissance.',
        'EXPORT_STAFF,VIE,COLLECTIVE_ACTIONS,PROSPECTION',
        'Emplois à l’export (V.I.E intégrés dans l’assiette du crédit d’impôt export), coopération à l’export, prospection des marchés lointains en croissance (assurance prospection améliorée pour les pays pilotes).',
        'SME',
        'Pays cibles : Chine, Inde, Russie, États-Unis, Japon, et Allemagne',
        'Présenté début octobre 2005 (lancement en octobre 2005 selon l’article de référence) ; premier bilan en février 2007 ; date de fin non précisée.',
        'HISTORICAL',
        'Bleuel & Selosse, article de référence de Coopex, §2.2
https://www.vie-publique.fr/discours/148573-interview-de-mme-christine-lagarde-ministre-deleguee-au-commerce-exteri
https://www.vie-publique.fr/discours/165299-interview-de-mme-christine-lagarde-ministre-deleguee-au-commerce-exteri',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details, max_size,
                 groupings_only, other_conditions, period_details, status, source_urls, last_verified, publication,
                 published_at, created_at, updated_at)
VALUES (2, 'Groupements de PME à l’export', 'Groupement à l’export', 'COLLECTIVE_ACTION',
        'Aide de l’État à la constitution de groupements de PME à l’export, pour mutualiser les coûts de prospection, partager les risques et échanger les expériences.',
        'COLLECTIVE_ACTIONS',
        'Constitution d’un groupement de PME à l’export, dont le but est de mutualiser les coûts de prospection, de partager les risques et d’échanger les expériences.',
        'Montant non précisé (subventions pour aider les PME à constituer leur groupement).',
        'SME', TRUE,
        'Groupement appuyé par un accompagnateur spécialisé',
        'Appel du Premier ministre du 26 janvier 2006 à créer 1 000 groupements à l’export ; en vigueur à partir de 2006 ; arrêté en 2009 faute de résultats suffisants.',
        'HISTORICAL',
        'Bleuel & Selosse, article de référence de Coopex, §2.2
https://questions.assemblee-nationale.fr/q12/12-110014QE.htm
https://questions.assemblee-nationale.fr/q14/14-84248QE.htm',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, description, pays_for, pays_for_details, max_size, period_details, status,
                 source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (3, 'SIDEX (Soutien individualisé à la démarche export des PME)', 'SIDEX',
        'Soutien individuel d’Ubifrance aux projets export des PME.',
        'PROSPECTION',
        'Projets export, en particulier la finalisation d’un contrat en cours avec un nouveau client et la prospection de nouveaux marchés.',
        'SME',
        'Figure parmi les aides d’Ubifrance dans un catalogue de février 2012 ; dates de début et de fin non précisées.',
        'HISTORICAL',
        'Bleuel & Selosse, article de référence de Coopex, §2.2
https://doczz.fr/doc/3322077/t%C3%A9l%C3%A9chargez-le-catalogue-des-aides-financi%C3%A8res-pour-vous',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_min, amount_max,
                 amount_details, max_headcount, max_turnover, innovative_only, cluster_members_only, other_conditions,
                 period_details, status, source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (4, 'INNOVEX', 'INNOVEX', 'GRANT',
        'Forfait d’Ubifrance pour les déplacements individuels de prospection à l’étranger des PME innovantes membres d’un pôle de compétitivité.',
        'PROSPECTION',
        'Déplacements individuels à l’étranger pour prospecter de nouveaux marchés, ou pour finaliser un contrat export avec un client, un agent ou un distributeur identifié (l’article de référence le rattache aux projets de type SIDEX).',
        600.00, 1300.00,
        'Forfait par déplacement : 600 € (Europe, Méditerranée) ou 1 300 € (destinations plus lointaines). Montants rapportés par l’article paperblog n° 3231465, non revérifiés.',
        250, 50000000, TRUE, TRUE,
        'Au plus 25 % du capital détenu par des entreprises qui ne sont pas des PME
Exclus : les déplacements dans le cadre d’une participation collective
Exclus : les déplacements pour créer une filiale commerciale
Exclus : les pays où l’entreprise a déjà une filiale
Aucun lien contractuel avec le partenaire étranger',
        'Lancé en avril 2010 ; toujours listé en février 2012 ; date de fin non précisée.',
        'HISTORICAL',
        'Bleuel & Selosse, article de référence de Coopex, §2.2
https://2007-2012.nosdeputes.fr/question/QE/86472
paperblog, article 3231465 (montants, non revérifiés)
https://doczz.fr/doc/3322077/t%C3%A9l%C3%A9chargez-le-catalogue-des-aides-financi%C3%A8res-pour-vous',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, rate_max, amount_details,
                 max_size, other_conditions, apply_steps, period_details, status, source_urls, last_verified,
                 publication, published_at, created_at, updated_at)
VALUES (5, 'Label France (opérations collectives labellisées, dont les Pavillons France sur les salons)', 'Label France',
        'COLLECTIVE_ACTION',
        'Label accordé aux opérations collectives de prospection (stands sous Pavillon France, rencontres d’acheteurs, missions) organisées par des opérateurs ; la subvention attachée au label a été gelée en 2013.',
        'TRADE_FAIRS,COLLECTIVE_ACTIONS,PROSPECTION',
        'Stands collectifs sous Pavillon France sur les salons, rencontres d’acheteurs, présentations de produits et de savoir-faire, missions de découverte.',
        35.00,
        'Du temps d’Ubifrance : subvention à l’opérateur labellisé jusqu’à 35 % des coûts de fonctionnement du projet (hors frais généraux de l’opérateur et voyages des participants) et jusqu’à 35 % du coût par entreprise participante. Depuis mars 2013, le label est accordé sans subvention spécifique.',
        'SME',
        'Opérations collectives uniquement
Le demandeur est l’opérateur organisateur, pas l’entreprise
Participants : TPE et PME (définition de l’Insee)
Exclus : les grands groupes
Exclus : les organismes consulaires (CCI, CCIFE) et les agences régionales
Exclus : les organismes financés par l’État ayant le même objet
Exclus : les sous-traitants et entreprises liées à l’opérateur
Stands de pavillon : au moins 10 entreprises participantes',
        'L’opérateur demande le label à Ubifrance, puis à Business France
Les entreprises s’inscrivent à une opération labellisée',
        'Subvention historique : nouvelles subventions du label gelées en 2013. Le label sans subvention est encore décrit en 2016 comme ouvrant l’accès à des subventions régionales. Date de début non précisée.',
        'HISTORICAL',
        'https://lemoci.com/dossiers/guide-des-aides-a-lexport-en-france/2-les-aides-a-la-prospection
https://www.lemoci.com/dossiers/guide-des-aides-a-lexport-2016-en-france-pour-les-pme-eti/guide-des-aides-a-lexport-en-france-2016-le-soutien-aux-operations-collectives-de-prospection-label-france/
https://lemoci.com/ubifrance-1-la-labellisation-mise-au-regime-pour-cause-dausterite
https://www.vitisphere.com/actualite-84889-business-france-promet-la-stabilite-des-prix-sur-son-pavillon-france.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_min, rate_max,
                 amount_details, max_size, other_conditions, period_details, status, source_urls, last_verified,
                 publication, published_at, created_at, updated_at)
VALUES (6, 'Crédit d’impôt prospection commerciale (crédit d’impôt export)', 'Crédit d’impôt export', 'TAX_CREDIT',
        'Crédit d’impôt sur les dépenses de prospection commerciale des PME qui recrutaient une personne ou un V.I.E pour développer leurs exportations.',
        'PROSPECTION,TRADE_FAIRS,MARKET_STUDIES,DIGITAL_MARKETING,VIE,EXPORT_ADVICE',
        'Déplacements et hébergement pour la prospection export, information sur les marchés et les clients étrangers, foires et salons, promotion des produits à l’étranger, indemnités de V.I.E, conseils d’opérateurs du commerce international (ajoutés par la loi de finances rectificative pour 2007).',
        40000.00, 50.00, 50.00,
        '50 % des dépenses éligibles engagées dans les 24 mois suivant le recrutement, moins les subventions publiques reçues pour le même effort export ; plafond de 40 000 € pour les entreprises commerciales ; accordé une seule fois par entreprise.',
        'SME',
        'Effectif inférieur à 250 ; chiffre d’affaires d’au plus 50 M€ ou total de bilan d’au plus 43 M€
Imposée d’après son bénéfice réel (régime de la micro-entreprise exclu)
Recruter une personne ou un V.I.E affecté principalement au développement des exportations
PME et certaines sociétés d’exercice libéral',
        'Créé par l’article 23 de la loi de finances pour 2005 (CGI, art. 244 quater H) ; abrogé par la loi de finances pour 2018 ; commentaire BOFiP publié jusqu’au 7 mars 2018.',
        'HISTORICAL',
        'https://bofip.impots.gouv.fr/bofip/6472-PGP.html/identifiant%3DBOI-BIC-RICI-10-30-10-20120912
https://fiscalonline.com/Entreprise/Commentaires-des-amenagements-apportes-au-credit-d-impot-prospection-commerciale
https://fiscalonline.com/Entreprise/le-credit-d-impot-prospection-commerciale-est-subordonne-au-recrutement-d-une-personne-affectee-au-developpement-des-exportations
http://www.credit-impot-recherche.eu/credit-impot-recherche/credit-impot-prospection-commerciale.html
http://glossaire-international.com/pages/tous-les-termes/credit-d-impot-export.html
https://2007-2012.nosdeputes.fr/intervention/226597',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details, max_turnover,
                 other_conditions, apply_steps, apply_where, opens_on, period_details, status, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (7, 'CAP Export / CAP+ Export (complément d’assurance-crédit public à l’export, 2009–2011)', 'CAP Export (2009)',
        'INSURANCE_GUARANTEE',
        'Complément public d’assurance-crédit export à court terme, quand l’assureur-crédit privé réduisait ou refusait sa couverture, pendant la crise de 2009 à 2011.',
        'PAYMENT_RISK',
        'Couverture d’assurance-crédit export à court terme contre les impayés d’acheteurs étrangers (risque commercial et politique) : complément de l’État quand l’assureur privé réduit une limite (CAP Export), couverture de l’État quand l’assureur refuse (CAP+ Export).',
        'Complément CAP Export au plus égal à la couverture de l’assureur privé ; prime de 0,5 % à 1,875 % du montant couvert selon le produit et la zone du pays ; enveloppe de l’État de 1 Md€ par an pour les deux produits (2011).',
        1500000000,
        'Entreprise située en France
Part française d’au moins 40 % du produit exporté
Acheteurs situés dans environ 120 pays éligibles, répartis en 4 zones tarifaires
CAP+ Export : acheteurs dont la probabilité de défaut à un an est comprise entre 2 % et 6 %',
        'Passer par l’assureur-crédit de l’entreprise',
        'Auprès de l’assureur-crédit de l’entreprise',
        DATE '2009-10-13',
        'Autorisé par la Commission européenne le 5 octobre 2009, lancé le 13 octobre 2009, prévu jusqu’au 31 décembre 2010, prolongé en 2011 (jusqu’au 30 juin 2011 selon une source, toute l’année 2011 selon d’autres). Version export des dispositifs CAP et CAP+ annoncés fin 2008 et début 2009.',
        'HISTORICAL',
        'https://lemoci.com/commerce-exterieur-coup-denvoi-officiel-de-laide-cap-export
https://www.latribune.fr/actualites/economie/france/20091013trib000432809/garanties-complementaires-pour-les-entreprises-francaises-exportatrices.html
https://www.vitisphere.com/actualite-56071-exportations-le-dispositif-cap-eacutetendu-pour-les-ventes-agrave-lexport.html
https://assinews.it/?p=220000327
https://affactassur.com/news/assurance-credit/cap-export.html
https://banque-info.com/?p=306
https://docplayer.fr/amp/8224567-Cap-export-la-reponse-gouvernementale-aux-difficultes-en-matiere-d-assurance-credit-export-court-terme.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details,
                 other_conditions, apply_steps, apply_where, recurrence, opens_on, period_details, status, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (8, 'Cap Francexport / Cap Francexport+ (réassurance publique de l’assurance-crédit export à court terme)',
        'Cap Francexport', 'INSURANCE_GUARANTEE',
        'Réassurance par l’État, à travers Bpifrance Assurance Export, des assureurs-crédit privés qui couvrent les ventes à l’export à court terme.',
        'PAYMENT_RISK',
        'Couverture d’assurance-crédit à court terme des ventes à l’export (impayé d’un acheteur étranger pour raison commerciale ou politique) : garantie complémentaire quand l’assureur réduit sa couverture, garantie totale quand il se retire.',
        'Conditions 2021–2022 : garantie complémentaire d’au plus 50 % de la couverture primaire de l’assureur ; garantie totale réassurée par l’État, sauf 5 % conservés par l’assureur. La CPME Bretagne (2021) indique une couverture de 80 % pour la garantie totale, plafonnée à 500 000 € (risque faible) et 250 000 € (risque moyen). Fiche Infogreffe actuelle : l’État peut réassurer jusqu’à deux fois la couverture primaire (jusqu’aux deux tiers du risque).',
        'Chiffre d’affaires d’au plus 1,5 Md€ (au-delà, au cas par cas, en 2021)
Durée de crédit d’au plus 360 jours
Part française d’au moins 20 %
Devises : EUR ou USD
Pays de destination : depuis la pérennisation, uniquement hors de la liste des risques cessibles de l’UE (sont exclus les États membres de l’UE, l’Australie, le Canada, l’Islande, le Japon, la Nouvelle-Zélande, la Norvège, la Suisse, le Royaume-Uni et les États-Unis)',
        'Faire la demande auprès de l’un des assureurs-crédit signataires',
        'Auprès d’un assureur-crédit signataire',
        'ONGOING', DATE '2018-10-10',
        'Lancé le 10 octobre 2018 ; remanié en avril 2020, amélioré en janvier 2021, prolongé plusieurs fois (30 juin 2021, 31 décembre 2021, au-delà du 31 mars 2022), puis pérennisé.',
        'OPEN',
        'https://www.bpifrance.fr/Toutes-nos-solutions/Garanties-et-assurances/Assurance-credit-a-l-international/Dispositif-de-reassurance-CT-Cap-Francexport
https://www.bpifrance.fr/catalogue-offres/internationalisation/dispositif-de-reassurance-ct-cap-francexport
https://mesaidespubliques.infogreffe.fr/aides/cap-france-export-cap-france-export
https://cpme-bretagne.fr/cap-franceexport-dispositif-prolonge-jusquau-31-decembre-2021/
https://les-aides.fr/fiche/apFhCn9GxfTeBGZeTUzZ4_Vm/bpifrance/cap-france-export-et-cap-france-export.html
https://lemoci.com/lettre-confidentielle/assurance-credit-cap-francexport-2021-plus-interessant-pour-les-exportateurs
https://www.optionfinance.fr/info-financiere-en-continu/d/2022-03-17-assurance-credit-prolongation-du-dispositif-cap-france-export.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, other_conditions, apply_steps,
                 apply_where, recurrence, period_details, status, source_urls, last_verified, publication,
                 published_at, created_at, updated_at)
VALUES (9, 'Team France Export', 'TFE', 'ADVISORY',
        'Le guichet unique régional de l’accompagnement à l’export : Régions, Business France, CCI et Bpifrance réunis, avec des conseillers internationaux en région et des correspondants à l’étranger.',
        'EXPORT_ADVICE',
        'Conseil et orientation à l’export, un point d’entrée unique par région (par exemple Team Sud Export, Team Hauts-de-France Export), des conseillers internationaux en région, des correspondants à l’étranger.',
        'Cible affichée : PME et ETI ; autres critères non précisés',
        'Contacter l’équipe Team France Export de sa région ou son conseiller international
Les prestations sont aussi présentées sur la plateforme en ligne teamfrance-export.fr',
        'Équipe Team France Export de la région (teamfrance-export.fr)',
        'ONGOING',
        'Annoncé par le Premier ministre le 23 février 2018 à Roubaix ; conventions tripartites Région – Business France – CCI signées à partir de 2018 ; accord stratégique Business France – CCI France signé le 14 mai 2019 ; déployé dans toutes les régions sauf la Bretagne début 2019 (l’opérateur export régional de la Bretagne est Bretagne Commerce International).',
        'OPEN',
        'https://lemoci.com/actualites/aides-subventions/118088-2
https://lemoci.com/lettre-confidentielle/accompagnement-export-accompagnement-export-tout-est-presque-pret-pour-ouvrir-les-guichets-uniques-en-2019
https://lemoci.com/?p=114055&post_type=lettreconfidentielle
https://lemoci.com/dossiers/guide-2019-de-laccompagnement-a-lexport/guide-2019-de-laccompagnement-a-lexport-france-le-financement-du-developpement-international
https://banquedesterritoires.fr/112-ambassadeurs-la-rencontre-des-acteurs-locaux-dans-onze-regions-metropolitaines
https://www.destimed.fr/lancement-de-la-team-sud-export-un-guichet-unique-pour-les-entreprises-a-la/
https://lagazettefrance.fr/index.php/article/cest-interessant-de-montrer-tout-le-potentiel-des-hauts-de-france
https://lemoci.com/lettre-confidentielle/team-france-export-les-cci-en-quete-dun-nouveau-modele-economique
https://lemoci.com/?p=100524',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, rate_min, rate_max,
                 amount_details, max_turnover, other_conditions, apply_steps, apply_where, recurrence, period_details,
                 status, source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (10, 'Assurance Prospection', 'Assurance Prospection', 'INSURANCE_GUARANTEE',
        'Avance de Bpifrance Assurance Export sur un budget de prospection à l’international, remboursée selon le chiffre d’affaires export réalisé : si la prospection échoue, l’entreprise ne rembourse qu’une partie.',
        'PROSPECTION,EXPORT_STAFF,DIGITAL_MARKETING,MARKET_STUDIES,EXPORT_ADVICE,CERTIFICATION,TRADE_FAIRS,COLLECTIVE_ACTIONS',
        'Déplacements et séjours à l’étranger, salaires pendant les déplacements, création d’un service export (recrutement, formation, salaires), marketing, études de marché, conseil juridique, publicité, site internet, adaptation des produits, frais de fonctionnement d’une présence à l’étranger (agents, bureau de vente, filiale), salons et missions collectives.',
        65.00, 65.00,
        '65 % du budget de prospection accepté ; la moitié de l’aide est avancée à la signature, le solde sur dépenses réelles ; prime unique de 3 % du budget garanti, prélevée sur le premier versement ; remboursement minimal de 30 % des sommes reçues, seul dû si le chiffre d’affaires export reste inférieur à 3 fois les sommes reçues, remboursement total à partir de 10 fois ; budget minimal de 30 000 € (sources de 2021) ; conditions de relance 2021 : avance de 70 % et 12 mois supplémentaires.',
        500000000,
        'Entreprise française
Au moins un bilan de 12 mois
Produits ou services déjà commercialisés
Part française d’au moins 20 %
À jour de ses obligations fiscales et sociales
Situation financière saine
Exclus : les sociétés de négoce international',
        'Faire la demande en ligne
Le dossier est instruit par la direction régionale de Bpifrance',
        'En ligne, direction régionale de Bpifrance',
        'ONGOING',
        'Version actuelle depuis le 2 mai 2018, en trois périodes : prospection (2 ou 3 ans), franchise (2 ans), remboursement (3 ou 4 ans), soit 7 ou 9 ans au total. Gérée par Bpifrance Assurance Export depuis le 1er janvier 2017.',
        'OPEN',
        'https://fonds-publics.fr/aides/assurance-prospection-international
https://les-aides.fr/aide/V2_f/bpifrance/assurance-prospection.html
https://www.maregionsud.fr/vos-aides/detail/assurance-prospection
https://blog.sogedev.com/2018/07/13/evolution-de-lassurance-prospection-de-bpifrance-nouvelles-modalites-introduites/
https://blog.sogedev.com/assurance-prospection-bpifrance-une-aide-financiere-contre-le-risque-dechec-commercial/
https://eldorado.co/blog/2021/05/20/lassurance-prospection-de-bpifrance
https://rplusplus.com/lassurance-prospection/
https://lemoci.com/dossiers/guide-2017-des-aides-en-france/guide-2017-des-aides-en-france-pour-les-pme-le-financement-du-developpement-international',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_min, amount_max,
                 amount_details, max_size, other_conditions, apply_steps, closes_on, period_details, status,
                 source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (11, 'Assurance Prospection Accompagnement', 'APA', 'INSURANCE_GUARANTEE',
        'Version de l’Assurance Prospection du plan France Relance pour les TPE et PME qui débutent à l’export, avec l’accompagnement obligatoire d’un cabinet de conseil export.',
        'EXPORT_ADVICE,PROSPECTION,TRADE_FAIRS',
        'Accompagnement par un cabinet de conseil export (plan d’action, choix des pays et des événements, premiers rendez-vous, bilan final), premières actions de prospection (déplacements, salons).',
        10000.00, 40000.00,
        'Budget garanti de 10 000 € à 40 000 €, versé sous forme d’avance de trésorerie ; remboursement de 30 % à 100 % de l’avance selon le chiffre d’affaires export généré.',
        'SME',
        'Primo-exportateurs ou petits exportateurs (chiffre d’affaires export inférieur à 1 M€)
Part française d’au moins 20 %
Chiffre d’affaires et résultat net positifs
Au moins un bilan de 12 mois
Produits ou services déjà commercialisés
Exclus : le négoce international, la défense, la R&D
Ancienneté d’au moins 3 ans (citée par les-aides.fr dans une liste qui mêle critères de l’entreprise et du cabinet)',
        'Passer par Bpifrance, avec un cabinet de conseil ; procédure détaillée non précisée',
        DATE '2023-12-31',
        'Mesure du plan France Relance : 24 mois de prospection, 24 mois de franchise et 36 mois de remboursement ; fin le 31 décembre 2023.',
        'CLOSED',
        'https://assurance-prospection-accompagnement.bpifrance.fr
https://les-aides.fr/aide/YGRP3w/bpifrance/assurance-prospection-accompagnement-apa.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details,
                 other_conditions, apply_steps, recurrence, period_details, status, source_urls, last_verified,
                 publication, published_at, created_at, updated_at)
VALUES (12, 'V.I.E (Volontariat international en entreprise)', 'V.I.E', 'STAFFING',
        'Un jeune volontaire part en mission professionnelle à l’étranger pour le développement international de l’entreprise ; Business France gère l’affectation et le volontaire, des Régions subventionnent.',
        'VIE,EXPORT_STAFF',
        'Un jeune volontaire en mission professionnelle à l’étranger (commerciale, technique ou scientifique) au service du développement international de l’entreprise.',
        'Pas d’aide nationale précisée : l’entreprise d’accueil supporte le coût de la mission ; l’indemnité mensuelle du volontaire varie selon le pays (par exemple de 731 € à 3 681 € selon une source de 2019–2020). Subventions régionales de 30 % à 100 % du coût, pour les PME, dans 20 des 22 anciennes régions métropolitaines (Le Moci, non daté).',
        'Accueil : entreprise française, sa filiale à l’étranger ou une entreprise partenaire
Volontaire âgé de 18 à 28 ans au moment de la candidature
Volontaire de nationalité française ou d’un pays de l’EEE
Un seul V.I.E par personne
Mission de 6 à 24 mois, renouvelable une fois dans la limite de 24 mois
Subventions régionales : PME uniquement',
        'L’entreprise sélectionne son volontaire
Business France instruit la demande d’affectation',
        'ONGOING',
        'En place depuis 2000 (une source indique 2003).',
        'OPEN',
        'https://diplomeo.com/actualite-vie_c_est_quoi
http://www.jeunealimoges.fr/articles/volontariat-international-en-entreprise-ou-en-administration-vie
https://francais-du-monde.org/?p=39469
http://www.studyrama-emploi.com/home_article.php?id_article=5573&id_chaine=1&id_dossier=1366
https://lemoci.com/actualites/aides-subventions/financement-des-aides-complementaires-pour-reduire-les-couts',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_min, amount_max,
                 amount_details, other_conditions, apply_steps, opens_on, closes_on, period_details, status,
                 source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (13, 'Chèque Relance V.I.E', 'Chèque Relance V.I.E', 'GRANT',
        'Aide du plan France Relance au financement d’une mission V.I.E.',
        'VIE',
        'Une partie du coût d’une mission V.I.E (nouvelle mission d’au moins 12 mois, ou prolongation de 6 mois).',
        5000.00, 10000.00,
        '5 000 € par mission pour les TPE, PME et ETI ; 10 000 € pour les volontaires issus de formations courtes (jusqu’à Bac+3) selon les-aides.fr et zetwal.mq (les premières annonces donnaient 5 000 € dans tous les cas ; le montant pour les volontaires des quartiers prioritaires (QPV) n’est pas précisé). Présenté comme 15 % à 20 % du coût annuel d’une mission ; au plus 2 chèques par employeur (Le Journal des entreprises).',
        'Entreprise française titulaire de l’agrément V.I.E
TPE, PME et ETI (moins de 5 000 salariés, chiffre d’affaires d’au plus 1,5 Md€) ; grandes entreprises seulement pour des volontaires issus de formations courtes ou des quartiers prioritaires
Exclus : les sociétés de négoce, sauf dans l’agroalimentaire
Mission d’au moins 12 mois, ou prolongation de 6 mois',
        'Passer par Business France ; procédure détaillée non précisée',
        DATE '2020-12-01', DATE '2022-12-15',
        'À partir du 1er décembre 2020 (missions devant d’abord commencer au plus tard le 1er décembre 2021) ; fin le 15 décembre 2022.',
        'CLOSED',
        'https://les-aides.fr/aide/WJKfGSwMDA4v/business-france/cheque-relance-v-i-e.html
https://www.lejournaldesentreprises.com/france/breve/export-les-pme-et-eti-incitees-recruter-des-vie-avec-un-cheque-de-5-000-euros-733538
https://www.gazettenormandie.fr/article/des-cheques-pour-inciter-les-entreprises-a-embaucher-des-v-i-e
https://www.cnews.fr/france/2021-03-31/volontariat-international-en-entreprise-tout-savoir-sur-le-cheque-vie-1065090
https://zetwal.mq/?p=7189',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_min, amount_max,
                 amount_details, max_size, min_age_years, other_conditions, apply_steps, recurrence, period_details,
                 status, source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (14, 'Prêt Croissance International', 'PCI', 'LOAN',
        'Prêt de Bpifrance sans garantie pour financer le développement international : investissements, croissance externe et besoin en fonds de roulement du projet.',
        'FINANCING',
        'Investissements immatériels, investissements corporels à faible valeur de gage, opérations de croissance externe, besoin en fonds de roulement supplémentaire créé par le projet international.',
        30000.00, 5000000.00,
        'De 30 000 € à 5 M€ par prêt (encours maximal de 15 M€, dans la limite des fonds propres et quasi-fonds propres) ; 7 ans à taux fixe, remboursement à partir de la 3e année (différé de 2 ans) ; sans garantie ni caution personnelle, retenue de garantie de 5 % restituée à la fin ; au-delà de 150 000 €, doit être associé à parts égales à un prêt bancaire d’au moins 5 ans ou à des fonds propres, pour le même programme et mis en place moins de 6 mois avant. finovup.fr donne d’autres conditions (de 50 000 € à 5 M€, 3 à 7 ans, jusqu’à 10 ans pour l’industrie et le BTP).',
        'MIDCAP', 3,
        'PME au sens européen, constituées en société, ou ETI indépendantes
Situation financière saine
Entreprises déjà exportatrices ou primo-exportatrices
Exclus : les restructurations financières',
        'Faire la demande à Bpifrance ; procédure détaillée non précisée',
        'ONGOING',
        'Date de début non précisée (un « Prêt pour l’export » aux mêmes montants est décrit en 2015).',
        'OPEN',
        'https://mesaidespubliques.infogreffe.fr/aides/pret-croissance-international
https://weblex.fr/articles/beneficier-du-pret-croissance-international
https://www.fonds-publics.fr/aides/pret-croissance-international
https://www.finovup.fr/blog/pret-croissance-international
https://www.expert-comptable-tpe.fr/articles/le-pret-pour-l-export-d-oseo/',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, rate_max, amount_details,
                 other_conditions, apply_steps, recurrence, period_details, status, source_urls, last_verified,
                 publication, published_at, created_at, updated_at)
VALUES (15, 'Garantie des cautions (Bpifrance Assurance Export)', 'Garantie des cautions', 'INSURANCE_GUARANTEE',
        'Garantie publique des banques et assureurs qui émettent les cautions d’un exportateur, pour qu’ils les émettent plus facilement.',
        'PAYMENT_RISK',
        'Couverture de la banque ou de l’assureur qui émet les cautions qu’un exportateur doit donner à son client étranger, si une caution est appelée et que l’exportateur ne peut pas rembourser.',
        80.00,
        'Jusqu’à 80 % de la caution ; aucune prime facturée à l’exportateur (Bpifrance Assurance Export partage la commission de l’émetteur).',
        'Cautions liées à un contrat export
Toutes devises
Tous pays, sauf ceux fermés par la politique d’assurance-crédit de l’État
Exclus : les cautions de compensation (offset)
Bénéficiaire de la couverture : banques françaises, succursales ou filiales de banques étrangères établies en France ou dans un autre pays de l’UE, ou assureurs ayant signé une police cadre',
        'L’émetteur demande la couverture
Pour des cautions déjà émises : dans les 4 mois suivant leur émission',
        'ONGOING', 'Date de début non précisée.', 'OPEN',
        'https://www.objectif-international.fr/financement/se-developper-et-simplanter-a-letranger/financer-votre-tresorerie/',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, rate_min, rate_max,
                 amount_details, other_conditions, apply_steps, recurrence, period_details, status, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (16, 'Garantie des préfinancements (Bpifrance Assurance Export)', 'Garantie des préfinancements',
        'INSURANCE_GUARANTEE',
        'Garantie publique de la banque qui préfinance le besoin de trésorerie d’un contrat export.',
        'PAYMENT_RISK,FINANCING',
        'Couverture de la banque qui préfinance le besoin en fonds de roulement d’un contrat export, contre le non-remboursement par l’exportateur.',
        50.00, 80.00,
        'Jusqu’à 80 % du crédit pour les entreprises dont le chiffre d’affaires ne dépasse pas 150 M€, 50 % pour les plus grandes ; aucune prime facturée à l’entreprise (Bpifrance Assurance Export partage la commission de la banque).',
        'Crédits en euros liés à des contrats export (et, sous conditions, à des sous-contrats pour l’export)
Tous pays, sauf ceux fermés par la politique d’assurance-crédit de l’État
Bénéficiaire de la couverture : banques françaises, succursales ou filiales de banques étrangères établies en France ou dans un autre pays de l’UE, ayant signé une police cadre',
        'La banque prêteuse demande la couverture
Pour des crédits déjà en place : dans les 4 mois',
        'ONGOING', 'Date de début non précisée.', 'OPEN',
        'https://hubfi.fr/fiche/!/fiche/garantie-des-prefinancements/
https://lemoci.com/actualites/questions-reponses/comment-obtenir-un-financement-de-ma-commande-export',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details,
                 other_conditions, apply_steps, apply_where, recurrence, period_details, status, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (17, 'Assurance-crédit export (Bpifrance Assurance Export)', 'Assurance-crédit', 'INSURANCE_GUARANTEE',
        'Assurance publique des contrats export à moyen et long terme contre l’interruption du contrat et l’impayé de l’acheteur étranger.',
        'PAYMENT_RISK',
        'Couverture de l’interruption d’un contrat export et de l’impayé d’un acheteur étranger (causes politiques ou commerciales), couverture des banques qui financent des contrats export.',
        'Non précisé en général. Les PME dont le chiffre d’affaires ne dépasse pas 150 M€ bénéficient d’une couverture portée à 100 % pour l’assurance-crédit fournisseur, l’escompte et la cession de crédit fournisseur, et pour l’assurance confirmation de lettre de crédit. Pas de frais de dossier ; prime payée à l’émission de la police.',
        'Exportateurs de toute taille
Opérations dont la durée d’exécution ou de financement dépasse 2 ans
Part française d’au moins 20 % du contrat (ou titulaire d’un Pass Export)
Pays de destination ouvert selon la politique annuelle d’assurance-crédit de l’État',
        'Passer le test d’éligibilité en ligne « Go – No Go »
Faire la demande à Bpifrance Assurance Export',
        'Bpifrance Assurance Export',
        'ONGOING',
        'Gérée par Bpifrance Assurance Export pour le compte de l’État depuis le 1er janvier 2017 (Coface gérait les garanties publiques à l’export jusqu’à fin 2016).',
        'OPEN',
        'https://www.bpifrance.fr/catalogue-offres/internationalisation/assurance-credit
https://www.bpifrance.com/Export-credit-Agency/Our-products/Credit-insurance
https://www.economie.gouv.fr/entreprises/assurance-credit-export
https://mesaidespubliques.infogreffe.fr/aides/assurance-contrat-commercial
https://lemoci.com/dossiers/guide-2017-des-aides-en-france/guide-2017-des-aides-en-france-pour-les-pme-les-soutiens-aux-contrats-export',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details,
                 other_conditions, apply_steps, apply_where, recurrence, period_details, status, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (18, 'Assurance change (Bpifrance Assurance Export)', 'Assurance change', 'INSURANCE_GUARANTEE',
        'Protection publique contre les variations de change pendant la négociation d’un contrat export ou pour des commandes répétées en devises.',
        'EXCHANGE_RISK',
        'Protection contre les variations de change pendant la négociation d’un contrat export (Négociation Stop Loss), cours garanti pour des commandes répétées facturées en USD ou en GBP (multi commandes).',
        'Prime fixée par la salle des marchés de Bpifrance, au moins 150 €. Stop Loss : perte de change indemnisée à 100 %, gains conservés, une partie de la prime remboursée si la négociation échoue. Multi commandes : prime unique, validité des prix jusqu’à 12 mois.',
        'Entreprise française de toute taille
Exclus : le négoce international
Part française d’au moins 20 % (ou titulaire d’un Pass Export, pour Stop Loss)
Police d’abonnement signée
Stop Loss : projet export individuel en cours de négociation
Multi commandes : courant d’affaires avec un distributeur ou un intermédiaire, prix en USD ou en GBP',
        'Signer la police d’abonnement avec Bpifrance Assurance Export',
        'Bpifrance Assurance Export',
        'ONGOING', 'Date de début non précisée.', 'OPEN',
        'https://assurance-export.usw.cloud.bpifrance.fr/offre/assurance-change-negociation-stop-loss
https://mesaidespubliques.infogreffe.fr/aides/assurance-change-negociation-stop-loss
https://les-aides.fr/fiche/ap5nAXtGxfTeBGZeTUzZ4_Vm/bpifrance/assurance-change-multi-commandes-gbp.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_min, rate_max,
                 amount_details, max_headcount, max_turnover, other_conditions, apply_steps, opens_on, closes_on,
                 period_details, status, source_urls, last_verified, publication, published_at, created_at,
                 updated_at)
VALUES (19, 'Chèque Relance Export', 'Chèque Relance Export', 'GRANT',
        'Chèques du plan France Relance qui prenaient en charge la moitié d’une prestation d’accompagnement à l’export achetée à un opérateur agréé.',
        'EXPORT_ADVICE,PROSPECTION,TRADE_FAIRS,DIGITAL_MARKETING,COLLECTIVE_ACTIONS',
        'Prestations d’accompagnement à l’export (diagnostic, audit, stratégie export, prospection individuelle ou collective, salons), y compris des prestations numériques.',
        2500.00, 50.00, 50.00,
        '50 % des coûts éligibles par chèque, plafonné de 1 500 € à 2 500 € selon la prestation ; jusqu’à 4 chèques par entreprise (SIREN).',
        5000, 1500000000,
        'TPE, PME et ETI
Entreprise française
Exclus : les sociétés de négoce
Prestation achetée à un opérateur agréé ou à un membre de la Team France Export
Destinations exclues : pays sous embargo (Russie et Biélorussie depuis le 28 février 2022)',
        'Passer par l’opérateur agréé ou le membre de la Team France Export qui réalise la prestation',
        DATE '2020-10-01', DATE '2022-12-15',
        'À partir du 1er octobre 2020 ; depuis le 1er avril 2021, les 4 chèques peuvent être répartis librement entre actions individuelles et collectives ; fin le 15 décembre 2022.',
        'CLOSED',
        'https://les-aides.fr/aide/WJI_GSwMDA4v/business-france/cheque-relance-export.html
https://cpme-bretagne.fr/le-cheque-relance-export-est-simplifie/
https://nosdeputes.fr/15/question/QE/39068
https://www.bfmtv.com/economie/pme-et-eti-l-etat-prendra-5000-euros-a-sa-charge-pour-l-envoi-d-un-jeune-a-l-etranger_AD-202009070181.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_min, rate_max,
                 amount_details, max_size, other_conditions, apply_steps, apply_documents, apply_where, opens_on,
                 closes_on, period_details, status, source_urls, last_verified, publication, published_at,
                 created_at, updated_at)
VALUES (20, 'Aide aux exposants des salons et foires (décret n° 2022-370)', 'Aide salons et foires', 'GRANT',
        'Aide de l’État aux PME qui exposaient pour la première fois à l’un des principaux salons et foires français entre mars 2022 et juin 2023.',
        'TRADE_FAIRS',
        'Location de l’espace d’exposition, frais d’inscription.',
        12500.00, 50.00, 50.00,
        '50 % des coûts ; au plus 12 500 € HT par entreprise ; au plus 1,3 M€ HT par événement ; enveloppe totale de 96,2 M€.',
        'SME',
        'PME uniquement : effectif inférieur à 250 ; chiffre d’affaires d’au plus 50 M€ ou total de bilan d’au plus 43 M€
Établissement ou succursale en France
Exposant principal de l’un des salons et foires français de la liste (environ 74 événements ayant réuni plus de 500 exposants à leur dernière édition)
Ne pas avoir exposé à l’édition précédente de l’événement
Événement tenu entre mars 2022 et juin 2023',
        'Ouvrir un dossier en ligne sur les-aides.fr/soutien-salons-et-foires avant le 31 décembre 2022
Déposer la demande complète avec les pièces justificatives jusqu’à 2 mois après l’événement
La CCI calcule l’aide à partir de la facture de l’organisateur',
        'Facture de l’organisateur du salon
Pièces justificatives de la demande',
        'En ligne : les-aides.fr/soutien-salons-et-foires',
        DATE '2022-03-16', DATE '2022-12-31',
        'Décret du 16 mars 2022 (liste des événements mise à jour par le décret 2022-816 du 16 mai 2022) ; événements couverts de mars 2022 à juin 2023.',
        'CLOSED',
        'https://ma-veille-juridique.com/decret-n-2022-370-du-16-mars-2022-instituant-une-aide-visant-a-favoriser-lattractivite-des-principaux-salons-et-foires-francais-dans-le-contexte-de-la-crise-de-la-covid-19/
https://legifiscal.fr/actualites-fiscales/3110-aide-faveur-exposants-salons-foires.html
https://lemoci.com/aides-coup-de-pouce-financier-aux-pme-pour-exposer-dans-les-salons-francais
https://bpifrance-creation.fr/entrepreneur/actualites/aide-aux-pme-exposer-foires-salons
https://cecloiretains.fr/nos-actualites-juridiques/la-liste-des-evenements-ouvrant-droit-a-laide-foires-et-salons-actualisee',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_min, rate_max,
                 amount_details, max_size, regions, other_conditions, apply_steps, period_details, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (21, 'Be Est Export (Région Grand Est)', 'Be Est Export', 'GRANT',
        'Diagnostic export financé par la Région Grand Est, puis subvention des premières dépenses du plan d’action export.',
        'EXPORT_ADVICE,MARKET_STUDIES',
        'Diagnostic export et ciblage des marchés par un cabinet expert, premières dépenses du plan d’action export qui en découle.',
        20000.00, 50.00, 100.00,
        'Diagnostic financé à 100 % par la Région ; puis subvention de 50 % des premières dépenses du plan d’action, au plus 20 000 € par entreprise.',
        'MIDCAP', 'GRAND_EST',
        'Priorité aux primo-exportateurs (moins de 20 % du chiffre d’affaires à l’export)
Entreprises disposant d’un avantage concurrentiel',
        'Le diagnostic est prescrit par la Région ; procédure détaillée non précisée',
        'Période et statut non précisés.',
        'https://fr.readkong.com/page/ciblage-marches-etape-1-diagnostic-export-et-4997131',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, rate_max, amount_details,
                 max_size, independent_only, regions, other_conditions, period_details, source_urls, last_verified,
                 publication, published_at, created_at, updated_at)
VALUES (22, 'Contrat Export Occitanie', 'Contrat Export Occitanie', 'GRANT',
        'Subvention de la Région Occitanie pour le programme export des PME indépendantes qui démarrent à l’export ou abordent un nouveau marché.',
        'EXPORT_ADVICE,PROSPECTION,TRADE_FAIRS,VIE',
        'Diagnostic export, plan d’action international, premiers déplacements à l’étranger, salons internationaux, V.I.E.',
        50.00,
        'Jusqu’à 50 % des dépenses ; programme d’au moins 40 000 € sur 24 mois au plus.',
        'SME', TRUE, 'OCCITANIE',
        'Démarrer à l’export ou aborder un nouveau marché
Secteurs prioritaires : aéronautique, systèmes embarqués, agroalimentaire, santé, numérique, éco-industries, automobile, ferroviaire, nautisme, filières émergentes et locales listées
Exclus : services financiers, professions libérales, banques, assurances ; autres exclusions non précisées',
        'Période et statut non précisés (dispositif adopté en mars 2017).',
        'https://www.laregion.fr/Contrat-Export-Occitanie',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_max,
                 amount_details, max_size, regions, other_conditions, apply_steps, apply_where, period_details,
                 source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (23, 'Impulsion Export (Normandie)', 'Impulsion Export', 'GRANT',
        'Subvention de la Région Normandie, votée par AD Normandie, pour préparer et mener un projet export : études, déplacements, salons, marketing et recrutements.',
        'MARKET_STUDIES,EXPORT_ADVICE,CERTIFICATION,PROSPECTION,TRADE_FAIRS,COLLECTIVE_ACTIONS,DIGITAL_MARKETING,EXPORT_STAFF,VIE',
        'Préparation du projet (études, conseil, réglementation, adaptation des produits), déplacements à l’étranger (2 personnes au plus), salons y compris actions collectives, marketing et communication à l’international, recrutements export (CDI ou CDD d’au moins 6 mois, au moins à mi-temps sur l’export), alternants à partir de Bac+4, V.I.E (TPE et PME).',
        75000.00, 50.00,
        'Jusqu’à 50 % des coûts éligibles HT ; au plus 75 000 € sur 2 années glissantes.',
        'MIDCAP', 'NORMANDIE',
        'Au moins un établissement en Normandie
Inscription au RCS ou au RM
Secteurs principaux : industrie, services à l’industrie, fabrication, agroalimentaire hors annexe I, commerce de gros
Situation financière saine
À jour de ses obligations fiscales et sociales
Variante relance (les-aides.fr) : premières phases de prospection uniquement, pas dans les pays où l’entreprise réalise déjà des ventes significatives',
        'Faire la demande à AD Normandie ; procédure détaillée non précisée',
        'AD Normandie',
        'Période et statut non précisés (règlement en vigueur depuis le 6 juillet 2016, qui remplace APPEX, NEO et STRATEX ; toujours listé par Infogreffe et les-aides.fr).',
        'https://aides.normandie.fr/node/1740
https://mesaidespubliques.infogreffe.fr/aides/normandie-impulsion-export
https://les-aides.fr/aide/QwGP3w/ad-normandie/impulsion-export-exception-pour-la-relance-de-l-export.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_max, rate_min, rate_max,
                 amount_details, regions, other_conditions, apply_steps, apply_where, period_details, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (24, 'CAP Export Plus (Région Centre-Val de Loire)', 'CAP Export Plus', 'REPAYABLE_ADVANCE',
        'Avance remboursable sans intérêts de la Région Centre-Val de Loire pour un programme de développement export sur 3 ans, avec un bonus pour les recrutements export.',
        'PROSPECTION,EXPORT_STAFF,EXPORT_ADVICE,MARKET_STUDIES,TRADE_FAIRS,TRANSLATION,DIGITAL_MARKETING,CERTIFICATION,VIE',
        'Déplacements, séjours et salaires du personnel dans les zones cibles, formation du personnel export, conseil en stratégie (études de marché, conseil juridique, études de partenariat), événements commerciaux internationaux, communication multilingue (site internet, documents commerciaux, notices techniques), accueils et stages en France, dépôts de marques et de brevets à l’étranger.',
        400000.00, 40.00, 50.00,
        'Avance sans intérêts de 40 % à 50 % (avec bonus) du budget éligible sur 3 ans HT ; au plus 400 000 € ; dépenses éligibles d’au moins 60 000 € ; durée de 5 ans au plus dont 1 an de différé. Bonus RH : subvention jusqu’à 20 000 € par recrutement export (V.I.E ou salarié export en CDI), 2 recrutements au plus, calculée à 50 % du salaire brut chargé sur 2 ans.',
        'CENTRE_VAL_DE_LOIRE',
        'Programme de développement export sur 3 ans
À jour de ses obligations fiscales et sociales
Situation financière saine',
        'Contacter le chargé d’affaires économiques du Conseil régional pour le département de l’entreprise, avec le conseiller Team France Export Centre-Val de Loire',
        'Conseil régional du Centre-Val de Loire',
        'Période et statut non précisés.',
        'https://www.teamfrance-export.fr/centrevaldeloire/solutions/aider-les-entreprises-nouvellement-exportatrices-dans1',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, description, pays_for, pays_for_details, max_size, regions, other_conditions,
                 period_details, source_urls, last_verified, publication, published_at, created_at, updated_at)
VALUES (25, 'Aide au recrutement d’un cadre export (Région Auvergne-Rhône-Alpes)', 'Recrutement cadre export AURA',
        'Prise en charge par la Région Auvergne-Rhône-Alpes du salaire d’un cadre export nouvellement recruté, la première année.',
        'EXPORT_STAFF',
        'Salaire brut fixe et charges patronales d’un cadre export pendant la première année.',
        'MIDCAP', 'AUVERGNE_RHONE_ALPES',
        'Activités de production ou services qualifiés à l’industrie
Ne pas être en difficulté (définition européenne)
Recrutement en CDI de droit français
Temps de travail d’au moins 80 %
Poste dédié au développement international
La personne recrutée détient au plus 5 % du capital
Création nette d’emploi
Exclus : auto-entrepreneurs, micro-entreprises, services juridiques, financiers, bancaires, d’assurance et de formation, négoce',
        'Période et statut non précisés.',
        'https://les-aides.fr/aide/SVSf3w/region-auvergne-rhone-alpes/aide-au-recrutement-cadre-export.html',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, description, pays_for, pays_for_details, amount_max, max_size, regions,
                 other_conditions, period_details, source_urls, last_verified, publication, published_at, created_at,
                 updated_at)
VALUES (26, 'Pass Export RH (Région Bretagne)', 'Pass Export RH',
        'Aide de la Région Bretagne au recrutement d’un premier salarié dédié à l’export.',
        'EXPORT_STAFF',
        'Recrutement d’un premier salarié dédié à l’export.',
        15000.00, 'SME', 'BRETAGNE',
        'Premier recrutement dédié à l’export',
        'Période et statut non précisés (présenté comme un dispositif régional en cours dans un dossier régional non daté du Moci).',
        'https://lemoci.com/?p=100524',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, kind, description, pays_for, pays_for_details, rate_min, rate_max, amount_details, max_size,
                 regions, other_conditions, period_details, source_urls, last_verified, publication, published_at,
                 created_at, updated_at)
VALUES (27, 'Aide régionale au V.I.E (Région Pays de la Loire)', 'GRANT',
        'Prise en charge par la Région Pays de la Loire du coût de la première année d’un V.I.E (paysdelaloire.fr présente un dispositif « Via – Volontariat International en Entreprise »).',
        'VIE',
        'Coût d’un V.I.E pendant sa première année.',
        100.00, 100.00,
        '100 % du coût du V.I.E la première année seulement (une mission peut durer jusqu’à 24 mois).',
        'SME', 'PAYS_DE_LA_LOIRE',
        'Premier V.I.E de l’entreprise dans un pays donné',
        'Période et statut non précisés (article du Moci non daté).',
        'https://lemoci.com/actualites/aides-subventions/financement-des-aides-complementaires-pour-reduire-les-couts
http://www.paysdelaloire.fr/services-en-ligne/aides-regionales/aides-regionales-themes/generation-de-pdf/',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, max_size, apply_steps,
                 recurrence, period_details, status, european, source_urls, last_verified, publication, published_at,
                 created_at, updated_at)
VALUES (28, 'Enterprise Europe Network', 'EEN', 'ADVISORY',
        'Le réseau européen d’appui aux PME : recherche de partenaires à l’étranger, information sur les financements et la législation de l’Union européenne, transfert de technologie.',
        'PARTNER_SEARCH,EXPORT_ADVICE',
        'Recherche de partenaires commerciaux et technologiques à l’étranger, information sur les financements et la législation de l’UE, aide aux demandes de financement européen, transfert de technologie.',
        'SME',
        'Contacter une organisation partenaire du réseau',
        'ONGOING', 'Lancé en février 2008.', 'OPEN', TRUE,
        'https://cordis.europa.eu/article/id/31041-enterprise-europe-network-successfully-completes-first-year-in-operation/fr
http://euroalert.net/en/news/13537/the-enterprise-europe-network-is-extending-to-asia-and-north-africa
https://fr.euronews.com/business/2023/11/07/enterprise-europe-network-le-reseau-d-aide-aux-pme-qui-visent-l-international',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO aid (id, name, short_name, kind, description, pays_for, pays_for_details, amount_details, max_size,
                 other_conditions, apply_steps, recurrence, opens_on, period_details, status, european, source_urls,
                 last_verified, publication, published_at, created_at, updated_at)
VALUES (29, 'EU SME Centre (Chine)', 'EU SME Centre', 'ADVISORY',
        'Centre financé par la Commission européenne à Pékin : information, conseil, formation et mise en relation pour les PME européennes qui exportent vers la Chine ou y investissent.',
        'EXPORT_ADVICE,PARTNER_SEARCH',
        'Information, conseil, formation et mise en relation pour les PME de l’UE qui exportent vers la Chine ou y investissent.',
        'Non précisé (5 M€ de financement de la Commission pour la première phase).',
        'SME',
        'PME de l’UE ou d’un pays associé au programme pour le marché unique
Marché visé : Chine',
        'Contacter le Centre ; procédure non précisée',
        'ONGOING', DATE '2010-11-05',
        'Ouvert le 5 novembre 2010 à Pékin ; phase II à partir du 26 novembre 2014 ; un appel pour la phase V (SMP-COSME-2024-SMECC, date limite le 15 janvier 2025) a été lancé pour le prolonger.',
        'OPEN', TRUE,
        'http://eeas.europa.eu/delegations/china/press_corner/all_news/news/2010/20101105_en.htm
https://euroalert.net/news/10976/eu-smes-willing-to-export-to-china-have-now-a-new-support
https://eusmecentre.org.cn/get-ready-for-phase-ii-the-eu-sme-centre-unveils-new-services-for-smes
https://eismea.ec.europa.eu/funding-opportunities/calls-proposals/eu-sme-centre-china-phase-v-smp-cosme-2024-smecc_en',
        DATE '2026-11-26', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Operators, in the order the sources give them: who funds, then who delivers or instructs.
INSERT INTO aid_operator (aid_id, position, name, role) VALUES
    (1, 0, 'État français', 'Ministre déléguée au Commerce extérieur (Christine Lagarde)'),
    (1, 1, 'Coface', 'Assurance prospection'),
    (1, 2, 'Ubifrance', NULL),
    (2, 0, 'État français', 'Ministres des PME, du Commerce et de l’Artisanat, et du Commerce extérieur ; organisme qui délivre l’aide non précisé'),
    (3, 0, 'Ubifrance', NULL),
    (4, 0, 'Ubifrance', NULL),
    (5, 0, 'Business France', 'Financeur et gestionnaire du label (Ubifrance auparavant) ; organise aussi des Pavillons France'),
    (5, 1, 'Ubifrance', 'Financeur et gestionnaire du label jusqu’à la création de Business France'),
    (5, 2, 'Opérateurs labellisés', 'Associations, organismes publics ou privés établis dans l’UE, chambres de commerce françaises à l’étranger'),
    (6, 0, 'État français', 'Administration fiscale'),
    (7, 0, 'État français', 'Couverture portée par la Caisse centrale de réassurance'),
    (7, 1, 'Assureurs-crédit privés', 'Distribuent le dispositif : Atradius, Coface, Euler Hermes SFAC, Groupama'),
    (8, 0, 'État français', NULL),
    (8, 1, 'Bpifrance Assurance Export', 'Réassureur pour le compte de l’État'),
    (8, 2, 'Assureurs-crédit privés', 'Signataires : Atradius, AXA, Coface, Euler Hermes, Groupama'),
    (9, 0, 'Régions', 'Pilotent les guichets uniques régionaux'),
    (9, 1, 'Business France', NULL),
    (9, 2, 'Réseau des CCI', NULL),
    (9, 3, 'Bpifrance', NULL),
    (10, 0, 'État français', NULL),
    (10, 1, 'Bpifrance Assurance Export', 'Gère l’aide pour l’État (Coface jusqu’à fin 2016)'),
    (11, 0, 'État français', 'Plan France Relance'),
    (11, 1, 'Bpifrance Assurance Export', NULL),
    (11, 2, 'Cabinet de conseil export', 'Choisi par l’entreprise, obligatoire'),
    (12, 0, 'État français', NULL),
    (12, 1, 'Business France', 'Gère les affectations et la gestion administrative, sociale et financière du volontaire'),
    (12, 2, 'Régions', 'Subventions'),
    (13, 0, 'État français', 'Plan France Relance'),
    (13, 1, 'Business France', NULL),
    (14, 0, 'Bpifrance', NULL),
    (15, 0, 'État français', NULL),
    (15, 1, 'Bpifrance Assurance Export', NULL),
    (15, 2, 'Banque ou assureur émetteur', NULL),
    (16, 0, 'État français', NULL),
    (16, 1, 'Bpifrance Assurance Export', NULL),
    (16, 2, 'Banque prêteuse', NULL),
    (17, 0, 'État français', NULL),
    (17, 1, 'Bpifrance Assurance Export', 'Coface gérait les garanties publiques à l’export jusqu’à fin 2016'),
    (18, 0, 'État français', NULL),
    (18, 1, 'Bpifrance Assurance Export', NULL),
    (19, 0, 'État français', 'Volet export du plan France Relance, 247 M€ au total'),
    (19, 1, 'Business France', NULL),
    (19, 2, 'Opérateurs agréés et membres de la Team France Export', 'Réalisent les prestations'),
    (20, 0, 'État français', NULL),
    (20, 1, 'Réseau des CCI', 'Instruit les dossiers et verse l’aide'),
    (21, 0, 'Région Grand Est', NULL),
    (21, 1, 'Cabinet de conseil export', 'Cabinet expert chargé du diagnostic'),
    (22, 0, 'Région Occitanie', NULL),
    (23, 0, 'Région Normandie', NULL),
    (23, 1, 'AD Normandie', 'Agence de développement régionale, qui vote l’aide'),
    (24, 0, 'Région Centre-Val de Loire', NULL),
    (24, 1, 'Team France Export Centre-Val de Loire', NULL),
    (25, 0, 'Région Auvergne-Rhône-Alpes', NULL),
    (26, 0, 'Région Bretagne', NULL),
    (27, 0, 'Région Pays de la Loire', NULL),
    (28, 0, 'Commission européenne', 'Financeur'),
    (28, 1, 'Organisations partenaires du réseau', 'Environ 600 (chambres de commerce, organismes de développement régional, centres de recherche et de technologie, universités) dans 49 pays, chiffres d’environ 2011'),
    (29, 0, 'Commission européenne', 'Financeur, désormais au titre du programme pour le marché unique (COSME), géré par l’EISMEA'),
    (29, 1, 'Consortium de chambres européennes en Chine', 'Première phase menée par le China-Britain Business Council, avec la chambre française à Pékin parmi les membres');

ALTER TABLE aid ALTER COLUMN id RESTART WITH 1000;
