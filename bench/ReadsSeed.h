#pragma once

// The desk bench_reads measures: SQL that fills an empty desk with `seed.tickets` tickets (about
// 20% open, two years, ten groups, 60 agents, 20,000 customers speaking English, German or
// French) and four articles each of real words in their customer's language, plus ticket
// `seed.long_ticket` with 200 articles spread over the two years. It writes straight into the
// tables (triggers and foreign keys off, indexes rebuilt at the end): a million tickets take
// minutes, not hours of API calls.

namespace helpdesk::bench {

/// Statements to run in order on one connection, each on its own (VACUUM cannot run in a transaction).
inline const char *const kReadsSeed[] = {
    "SET session_replication_role = replica",
    "SET maintenance_work_mem = '256MB'",
    "SET max_parallel_maintenance_workers = 2",
    "SET synchronous_commit = off",

    // Vocabularies: function words first (drawn most often), then a support desk's words with
    // their inflected forms, so stemming has something to find.
    "CREATE TEMP TABLE seed_vocabulary (language text PRIMARY KEY, words text[])",
    R"(INSERT INTO seed_vocabulary VALUES
('en', string_to_array('the and to of a is in it for that you we this with on have not be are please can
 our your but from will as was at my has would could when there if any been which they
 printer printers printing invoice invoices payment payments account accounts password passwords
 login error errors screen server servers connection connections network update updated updates
 delivery delivered deliveries order orders ordered refund refunds shipping shipment package
 packages broken crashed crashing slow faster install installed installation license licenses
 subscription subscriptions renewal renewed cancel cancelled cancellation contract contracts
 laptop laptops keyboard monitor monitors battery batteries charger cable cables warranty
 replacement replaced damaged missing wrong address addresses customer customers support
 ticket tickets request requests issue issues problem problems question questions answer
 answered meeting schedule scheduled backup backups restore restored database databases
 mailbox mailboxes calendar synchronisation synchronizing firewall router routers wireless
 scanner scanners toner cartridge cartridges paper jammed jamming', ' ')),
('de', string_to_array('der die das und zu den von ist nicht mit sich des auf für im dem ein eine
 es wir sie ich bitte haben wird kann unser ihr aber bei noch nach auch wie wenn schon oder
 Drucker Druckers Druckern Rechnung Rechnungen Zahlung Zahlungen Konto Kontos Passwort Passwörter
 Anmeldung Fehler Fehlermeldung Bildschirm Server Verbindung Verbindungen Netzwerk Aktualisierung
 aktualisiert Lieferung Lieferungen geliefert Bestellung Bestellungen bestellt Rückerstattung
 Versand Paket Pakete kaputt abgestürzt langsam schneller installieren installiert Installation
 Lizenz Lizenzen Abonnement Abonnements Verlängerung verlängert kündigen gekündigt Kündigung Vertrag
 Verträge Laptop Tastatur Monitor Akku Akkus Ladegerät Kabel Garantie Ersatz ersetzt beschädigt
 fehlt falsch Adresse Adressen Kunde Kunden Kundin Unterstützung Anfrage Anfragen Problem Probleme
 Frage Fragen Antwort beantwortet Termin Termine geplant Sicherung Sicherungen wiederhergestellt
 Datenbank Datenbanken Postfach Postfächer Kalender Synchronisierung Firewall Router drahtlos
 Scanner Toner Patrone Patronen Papier Papierstau gestaut', ' ')),
('fr', string_to_array('le la les de des et à un une est pas pour que qui dans en nous vous je
 il elle sur avec ce cette mais sont être avoir votre notre merci pourriez depuis quand si
 imprimante imprimantes impression facture factures paiement paiements compte comptes mot passe
 connexion erreur erreurs écran serveur serveurs réseau mise jour livraison livraisons livré
 commande commandes commandé remboursement remboursements expédition colis cassé planté lent
 rapide installer installé installation licence licences abonnement abonnements renouvellement
 renouvelé annuler annulé annulation contrat contrats ordinateur portable clavier moniteur
 batterie batteries chargeur câble câbles garantie remplacement remplacé endommagé manquant
 mauvais adresse adresses client clients clientèle assistance demande demandes problème problèmes
 question questions réponse répondu rendez-vous planifié sauvegarde sauvegardes restauré
 base données messagerie calendrier synchronisation pare-feu routeur sans fil scanner toner
 cartouche cartouches papier bourrage bloqué', ' '))
)",

    // 3,000 sentences of twelve words per language, words drawn with a skew towards the front (w.k
    // keeps the aggregate in the subquery, s.n draws it anew for each sentence).
    "CREATE TEMP TABLE seed_sentences (language text, n int, text text, PRIMARY KEY (language, n))",
    R"(INSERT INTO seed_sentences
SELECT v.language, s.n, (SELECT string_agg(v.words[1 + floor(cardinality(v.words) * random() ^ 1.6)::int + 0 * w.k], ' ')
                           FROM generate_series(1, 12) AS w(k) WHERE s.n >= 0)
FROM seed_vocabulary v, generate_series(0, 2999) AS s(n))",

    // Ten groups, 60 agents, 20,000 customers (half English, a quarter German, the rest French or
    // none: their group's language then applies).
    R"(INSERT INTO groups (name, default_language)
SELECT 'Seed ' || g, (ARRAY['en', 'de', 'fr', NULL, 'en', 'de', 'en', 'fr', NULL, 'en'])[g] FROM generate_series(1, 10) AS g)",
    R"(INSERT INTO users (email, name, role, language)
SELECT 'agent' || a || '@seed.example', 'Agent ' || a, 'agent', 'en' FROM generate_series(1, 60) AS a)",
    R"(INSERT INTO users (email, name, role, language)
SELECT 'customer' || c || '@seed.example', 'Customer ' || c, 'customer',
       (ARRAY['en', 'en', 'de', 'fr', 'en', 'de', 'en', 'fr', NULL, 'en'])[1 + c % 10]
FROM generate_series(1, 20000) AS c)",
    R"(INSERT INTO group_members (group_id, user_id, access)
SELECT g.id, u.id, 'full' FROM groups g JOIN users u ON u.email LIKE 'agent%@seed.example'
WHERE g.name LIKE 'Seed %' AND (u.id + g.id) % 3 = 0)",

    // Indexes go while the rows go in, and come back afterwards (as the migrations define them).
    R"(CREATE TEMP TABLE seed_indexes AS SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = 'public' AND i.tablename IN ('tickets', 'articles')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname))",
    R"(DO $$ DECLARE r record; BEGIN
FOR r IN SELECT indexname FROM seed_indexes LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP; END $$)",

    R"(CREATE TEMP TABLE seed_refs AS SELECT
  (SELECT array_agg(id ORDER BY id) FROM groups WHERE name LIKE 'Seed %') AS groups,
  (SELECT array_agg(id ORDER BY id) FROM users WHERE role = 'agent') AS agents,
  -- the customers' ids are consecutive (one INSERT): an array of 20,000 would be read whole per ticket
  (SELECT min(id) FROM users WHERE email LIKE 'customer%@seed.example') AS first_customer,
  (SELECT count(*) FROM users WHERE email LIKE 'customer%@seed.example') AS customers,
  (SELECT min(id) FROM ticket_states WHERE state_type = 'new') AS state_new,
  (SELECT min(id) FROM ticket_states WHERE state_type = 'open') AS state_open,
  (SELECT min(id) FROM ticket_states WHERE state_type = 'pending_reminder') AS state_pending,
  (SELECT min(id) FROM ticket_states WHERE state_type = 'closed') AS state_closed,
  (SELECT array_agg(id ORDER BY rank) FROM ticket_priorities) AS priorities,
  current_setting('seed.tickets')::int AS tickets,
  (SELECT coalesce(max(number), 10000) FROM tickets) AS first_number)",

    // Tickets in order of creation over two years; about 20% open, most of them recent.
    R"(INSERT INTO tickets (number, title, group_id, owner_id, customer_id, state_id, priority_id, article_count,
  created_at, updated_at, first_response_at, closed_at, sla_breached, first_response_due_at, solution_due_at,
  created_via, preview)
SELECT r.first_number + x.i, x.title, x.group_id,
       CASE WHEN x.open AND x.i % 5 = 0 THEN NULL ELSE r.agents[1 + (x.i * 31) % cardinality(r.agents)] END,
       x.customer_id,
       CASE WHEN NOT x.open THEN r.state_closed WHEN x.i % 4 = 0 THEN r.state_new
            WHEN x.i % 4 = 1 THEN r.state_pending ELSE r.state_open END,
       r.priorities[1 + x.i % cardinality(r.priorities)], CASE WHEN x.i = 1 THEN 200 ELSE 4 END,
       x.created_at, least(now(), x.created_at + (x.i % 5000) * interval '1 minute'),
       CASE WHEN x.i % 5 <> 0 THEN x.created_at + (x.i % 600) * interval '1 minute' END,
       CASE WHEN NOT x.open THEN least(now(), x.created_at + (x.i % 5000) * interval '1 minute') END,
       CASE WHEN x.i % 37 = 0 THEN ARRAY['solution'] WHEN x.i % 53 = 0 THEN ARRAY['first_response'] ELSE '{}' END,
       CASE WHEN x.open THEN x.created_at + interval '4 hours' END,
       CASE WHEN x.open THEN x.created_at + interval '3 days' END,
       'email', left(x.title, 200)
FROM seed_refs r, LATERAL (
  SELECT i, g.group_id, c.customer_id,
         i = 1 OR (CASE WHEN i > r.tickets * 0.9 THEN i % 10 < 6 ELSE i % 100 < 16 END) AS open,
         now() - (r.tickets - i) * (interval '730 days' / r.tickets) - interval '1 minute' AS created_at,
         (SELECT string_agg(w, ' ') FROM (SELECT unnest(string_to_array(s.text, ' ')) AS w LIMIT 6) f) AS title
  FROM generate_series(1, r.tickets) AS i,
       LATERAL (SELECT r.groups[1 + (i * 7 - 7) % cardinality(r.groups)] AS group_id) g, -- ticket 1 in group 1
       LATERAL (SELECT r.first_customer + abs(hashint4(i)) % r.customers AS customer_id) c,
       LATERAL (SELECT coalesce((SELECT language FROM users WHERE id = c.customer_id),
                                (SELECT default_language FROM groups WHERE id = g.group_id), 'en') AS language) l,
       LATERAL (SELECT text FROM seed_sentences WHERE language = l.language AND n = (i::bigint * 104729) % 3000) s
) x)",
    "SELECT setval('ticket_number_seq', (SELECT max(number) FROM tickets))",

    // Four articles per ticket (ticket 1: 200 over two years), in order of time as a desk writes
    // them: three sentences in the ticket's language and, in each first message, a serial number.
    R"(CREATE TEMP TABLE seed_articles AS
SELECT t.id AS ticket_id, k, t.created_at + k * ((t.id % 72) + 1) * interval '1 hour' AS created_at
  FROM tickets t, generate_series(0, 3) AS k WHERE t.number > (SELECT first_number FROM seed_refs) + 1
UNION ALL
SELECT t.id, k, t.created_at + k * interval '3 days 15 hours'
  FROM tickets t, generate_series(0, 199) AS k WHERE t.number = (SELECT first_number FROM seed_refs) + 1)",
    R"(DO $$
DECLARE has_config boolean := EXISTS (SELECT 1 FROM information_schema.columns
                                      WHERE table_name = 'articles' AND column_name = 'search_config');
BEGIN
EXECUTE format($sql$
INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, subject, body_text, created_at %s)
SELECT a.ticket_id, a.k %% 4 = 3 AND a.ticket_id %% 10 = 0,
       CASE WHEN a.k %% 2 = 0 THEN 'customer' ELSE 'agent' END, CASE WHEN a.k %% 4 = 3 AND a.ticket_id %% 10 = 0 THEN 'note' ELSE 'email' END,
       CASE WHEN a.k %% 2 = 0 THEN t.customer_id ELSE t.owner_id END,
       CASE WHEN a.k %% 2 = 0 THEN 'customer@seed.example' ELSE 'support@seed.example' END,
       CASE WHEN a.k = 0 THEN t.title ELSE 'Re: ' || t.title END,
       s1.text || '. ' || s2.text || '. ' || s3.text || '.'
         || CASE WHEN a.k = 0 THEN ' Serial SN' || (100000 + (a.ticket_id * 7907) %% 900000) ELSE '' END,
       a.created_at %s
FROM (SELECT * FROM seed_articles ORDER BY created_at) a
JOIN tickets t ON t.id = a.ticket_id
JOIN LATERAL (SELECT coalesce((SELECT language FROM users WHERE id = t.customer_id),
                              (SELECT default_language FROM groups WHERE id = t.group_id), 'en') AS language) l ON true
JOIN seed_sentences s1 ON s1.language = l.language AND s1.n = (a.ticket_id * 4 + a.k) * 7 %% 3000
JOIN seed_sentences s2 ON s2.language = l.language AND s2.n = (a.ticket_id * 4 + a.k) * 13 %% 3000
JOIN seed_sentences s3 ON s3.language = l.language AND s3.n = (a.ticket_id * 4 + a.k) * 29 %% 3000
$sql$, CASE WHEN has_config THEN ', search_config' ELSE '' END,
       CASE WHEN has_config THEN ', ticket_search_config(t.id)' ELSE '' END);
END $$)",

    R"(DO $$ DECLARE r record; BEGIN
FOR r IN SELECT indexdef FROM seed_indexes LOOP EXECUTE r.indexdef; END LOOP; END $$)",
    "RESET session_replication_role",
};

} // namespace helpdesk::bench
