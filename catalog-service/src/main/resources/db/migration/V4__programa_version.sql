-- Programs are published too: version increments with each change of nombre or presupuesto.
alter table programa add column version integer not null default 1;
alter table programa alter column version drop default;
