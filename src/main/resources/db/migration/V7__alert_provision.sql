-- The provision of a sanctions regime an alert concerns (for example the UN arms embargo on the DPRK), as the
-- parameters state it.
alter table alert add column provision varchar(2000);
