-- Roles and databases of the three services, as deploy/infra.sh creates them on the development
-- machine (password = role name: a local demo, not a deployment). The postgres image runs this
-- once, when its data volume is empty.
CREATE ROLE catalog LOGIN PASSWORD 'catalog';
CREATE ROLE capture LOGIN PASSWORD 'capture';
CREATE ROLE evaluation LOGIN PASSWORD 'evaluation';

CREATE DATABASE catalog OWNER catalog;
CREATE DATABASE capture OWNER capture;
CREATE DATABASE evaluation OWNER evaluation;
