-- The seeded defaults of 0007 named their source as sections of a research note that is not part of
-- the repository. The rules and their published sources are now written down in docs/domain/zone.md
-- ("Seeded defaults"); the seeded rows cite that page and keep the published source in brackets.
-- Rows an administrator wrote are left as they are (they do not start with "DOMAIN.md").
UPDATE "zone_finance_params"
SET "source" = btrim(regexp_replace("source", '^DOMAIN\.md [^(]*', 'docs/domain/zone.md, seeded defaults '))
WHERE "source" LIKE 'DOMAIN.md%';--> statement-breakpoint
UPDATE "zone_reporting_calendars"
SET "source" = btrim(regexp_replace("source", '^DOMAIN\.md [^(]*', 'docs/domain/zone.md, seeded defaults '))
WHERE "source" LIKE 'DOMAIN.md%';
