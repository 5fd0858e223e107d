-- Why an alert belongs to each theatre it belongs to (a theatre's definition, in words), and whether its evidence is
-- corroborated enough to feed a theatre's measures.
alter table alert add column belongs_to varchar(4000);
alter table alert add column corroborated boolean default true not null;
