-- The (id, version) key moves to a table of its own, written once per load in key order. As a unique index on the
-- observation table it took a B-tree entry per row at a random place (ids are hashes of natural keys), which made
-- storing a row in H2 two to four times dearer than the row itself. Row ids are given by the store's one writer.
create table observation_key (
    id      varchar(120) not null,
    version int          not null,
    row_id  bigint       not null,
    primary key (id, version)
);
insert into observation_key (id, version, row_id) select id, version, row_id from observation order by id, version;
alter table observation drop constraint observation_version;
alter table observation alter column row_id drop identity;
