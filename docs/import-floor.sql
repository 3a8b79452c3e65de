-- What SQLite alone must do to import the 1M store: the same rows, indexes and full-text index, copied from the
-- store itself, with nothing parsed, checked or sent from Java. Run in an empty folder holding a copy (or link) of
-- the store as store.db (see docs/performance.md, "Import: the floor"):
--   sqlite3 store.db .schema | grep -E '^CREATE TABLE (sl_meta|sources|actors|actor_aliases|places|place_aliases|events|event_actors|event_places|event_tags|citations|eras) ' > tables.sql
--   sqlite3 floor.db < import-floor.sql
-- Each statement's time is printed (real, user and system seconds).
-- The full-text step reads the texts from the index's own copy of them, which only stores before schema version 9
-- keep; since then, `bench` measures that step itself (search_floor_s, from the store's tables).
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
.read tables.sql
ATTACH 'store.db' AS src;
.timer on
BEGIN;
INSERT INTO sources SELECT * FROM src.sources;
INSERT INTO actors SELECT * FROM src.actors;
INSERT INTO actor_aliases SELECT * FROM src.actor_aliases;
INSERT INTO places SELECT * FROM src.places;
INSERT INTO place_aliases SELECT * FROM src.place_aliases;
INSERT INTO events SELECT * FROM src.events;
INSERT INTO event_actors SELECT * FROM src.event_actors;
INSERT INTO event_places SELECT * FROM src.event_places;
INSERT INTO event_tags SELECT * FROM src.event_tags;
INSERT INTO citations SELECT * FROM src.citations;
COMMIT;
BEGIN;
CREATE INDEX events_by_time ON events (start_s, end_s);
CREATE INDEX event_places_by_place ON event_places (place_id);
CREATE INDEX event_actors_by_actor ON event_actors (actor_id);
CREATE INDEX citations_by_source ON citations (source_id, start_offset);
COMMIT;
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2');
BEGIN;
INSERT INTO search_index (rowid, kind, ref, title, body) SELECT id, c0, c1, c2, c3 FROM src.search_index_content;
COMMIT;
