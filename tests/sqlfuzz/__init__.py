"""A seeded, grammar-driven generator of routine headers and the DDL around them,
and the differential check of rpccheck's catalog against PostgreSQL's pg_proc."""
