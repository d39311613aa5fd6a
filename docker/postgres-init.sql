-- One database per service (the same set scripts/db-init.sh creates on a local PostgreSQL).
CREATE DATABASE catalog;
CREATE DATABASE enrollment;
CREATE DATABASE attendance;
CREATE DATABASE exam;
