-- No query reads observations through (current_, id) any more: duplicate checks and version lookups go through the
-- (id, version) key, and listings through (type, theatre, event_date). The index cost every insert a B-tree entry.
drop index observation_current;
