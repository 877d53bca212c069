-- Every disagreement the SQL fuzzer (tests/test_sql_fuzz.py) ever found, shrunk.
-- Each case runs in a fresh database; rpccheck must equal pg_proc on it.
-- case: range types make constructor functions (and a multirange with its own)
CREATE SCHEMA fz_b;
CREATE TYPE fz_b.floatrange AS RANGE (subtype = float8);
CREATE TYPE public.intrange AS RANGE (subtype = integer, multirange_type_name = public.many_ints);
-- case: a type that exists only off the search_path does not exist for ALTER ROUTINE (nothing renamed)
CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE VIEW v_51 AS SELECT id::bigint AS x, name FROM public.items;
CREATE FUNCTION public.do_66(a dec(3) default -1, in b v_51 default NULL, out c bigint) LANGUAGE SQL AS $f$ select null $f$;
CREATE SCHEMA fz_b;
SET SESSION search_path = fz_b;
ALTER ROUTINE "public"."do_66"("pg_catalog"."numeric", "v_51") RENAME TO ren_74_ren_74_ren_74_ren_74_ren_74_ren_74_ren_74_ren_74_ren_74_ren_74_;
-- case: bounds on an array type's own name (`_int4 ARRAY`) name no type
CREATE SCHEMA "Fz Q";
CREATE FUNCTION "Fz Q".calc_32 -- note
() RETURNS _int4 ARRAY LANGUAGE plpgsql AS 'begin return null; end' IMMUTABLE;
CREATE FUNCTION "Fz Q".calc_33() RETURNS _int4 LANGUAGE plpgsql AS 'begin return null; end';
-- case: a view over a relation that was renamed away is rejected, and so is %TYPE of it
CREATE TABLE public.items (id integer PRIMARY KEY, name text);
ALTER TABLE items RENAME TO items2;
CREATE VIEW v_51 AS SELECT id::bigint AS x, name FROM public.items;
CREATE FUNCTION get_105 (IN v_51.x%TYPE, INOUT amount78 pg_catalog.varchar) LANGUAGE sql AS $$ select null; $$;
CREATE FUNCTION get_106 (IN items.id%TYPE) RETURNS int LANGUAGE sql AS $$ select null; $$;
CREATE FUNCTION get_107 (IN items2.id%TYPE) RETURNS int LANGUAGE sql AS $$ select null; $$;
-- case: nothing is created when no schema on the search_path exists
CREATE SCHEMA fz_b;
CREATE FUNCTION fz_b.acc_int(s integer, v integer) RETURNS integer LANGUAGE sql AS 'select s + v';
CREATE FUNCTION fz_b.fin_text(s integer) RETURNS text LANGUAGE sql AS 'select s::text';
SET search_path = no_such, "Fz Q";
CREATE AGGREGATE "Agg_40X" (integer) (SFUNC = fz_b.acc_int, STYPE = integer, FINALFUNC = fz_b.fin_text);
CREATE FUNCTION f_nowhere() RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION public.f_somewhere() RETURNS int LANGUAGE sql AS 'select 1';
-- case: SET search_path values are whole schema names, quoted or as strings
CREATE SCHEMA fz_b;
CREATE SCHEMA "Fz Q";
CREATE SCHEMA "a, b";
CREATE FUNCTION fz_b.acc_int(s integer, v integer) RETURNS integer LANGUAGE sql AS 'select s + v';
SET SESSION search_path = "Fz Q", no_such;
CREATE AGGREGATE agg_96 (integer) (SFUNC = fz_b.acc_int, STYPE = integer);
SET search_path = 'a, b';
CREATE FUNCTION in_a_b() RETURNS int LANGUAGE sql AS 'select 1';
-- case: DROP DOMAIN of a composite type, DROP TYPE of a table's row type, DROP TABLE of a view: rejected
CREATE TYPE public."position" AS (x integer);
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT 1 AS a;
CREATE FUNCTION uses_position(p "position") RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION uses_t(p t) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION uses_v(p v) RETURNS int LANGUAGE sql AS 'select 1';
DROP DOMAIN IF EXISTS "position" CASCADE;
DROP TYPE t CASCADE;
DROP TABLE v CASCADE;
DROP VIEW t CASCADE;
-- case: a polymorphic result needs a polymorphic argument
CREATE OR REPLACE FUNCTION/* /* nested */ c */calc_62() RETURNS anyelement AS $f$ select null $f$ CALLED ON NULL INPUT LANGUAGE SQL;
CREATE FUNCTION calc_63(a anyelement) RETURNS anyarray AS $f$ select null $f$ LANGUAGE SQL;
CREATE FUNCTION calc_64(a anyelement, OUT b anyrange) AS $f$ select null $f$ LANGUAGE SQL;
CREATE FUNCTION calc_65(a anycompatible, OUT b anycompatiblearray) AS $f$ select null $f$ LANGUAGE SQL;
-- case: pseudo-types have no array types
CREATE FUNCTION get_96("gamma68.dot" anyelement[], VARIADIC anyarray[]) RETURNS TABLE (c timetz) LANGUAGE 'plpgsql' AS $body$ begin return null; end; $body$;
CREATE FUNCTION get_97(a anyelement, b "any"[]) RETURNS int LANGUAGE 'plpgsql' AS $body$ begin return null; end; $body$;
CREATE FUNCTION get_98(a cstring[], b int2vector[]) RETURNS int LANGUAGE 'plpgsql' AS $body$ begin return null; end; $body$;
-- case: DROP FUNCTION IF EXISTS with an argument type that does not exist only notices
CREATE FUNCTION keep_me(a int) RETURNS int LANGUAGE sql AS 'select 1';
DROP FUNCTION IF EXISTS "get_27$v"(integer, "bigserial"), keep_me(int);
DROP FUNCTION "get_28"(integer, "bigserial");
-- case: a qualified type renamed away does not exist any more
CREATE TYPE public."Mood" AS ENUM ('x');
ALTER TYPE public."Mood" RENAME TO "text";
CREATE OR REPLACE FUNCTION calc_69(IN gamma37 public."Mood") RETURNS void LANGUAGE plpgsql stable AS $body$ begin return null; end; $body$;
CREATE OR REPLACE FUNCTION calc_70(IN gamma37 public."text") RETURNS void LANGUAGE plpgsql stable AS $body$ begin return null; end; $body$;
-- case: DROP TABLE CASCADE drops the views reading it, and the routines using their row types
CREATE SCHEMA fz_a;
CREATE TABLE fz_a.orders (id bigint, placed timestamptz);
CREATE VIEW fz_a.order_view (oid_, when_) AS SELECT id, placed FROM fz_a.orders;
CREATE FUNCTION uses_view(v fz_a.order_view) RETURNS int LANGUAGE sql AS 'select 1';
DROP TABLE fz_a.orders;
DROP TABLE fz_a.orders CASCADE;
CREATE FUNCTION after_view(v fz_a.order_view) RETURNS int LANGUAGE sql AS 'select 1';
-- case: DROP TYPE of a range drops its multirange and both types' constructors
CREATE SCHEMA fz_b;
CREATE TYPE fz_b.floatrange AS RANGE (subtype = float8);
CREATE FUNCTION uses_mr(m fz_b.floatmultirange) RETURNS int LANGUAGE sql AS 'select 1';
DROP TYPE fz_b.floatrange CASCADE;
-- case: an ordered-set aggregate's built-in final function gives its result type
CREATE AGGREGATE pct (float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_cont_float8_final);
CREATE AGGREGATE hyp (VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE avg8 (float8) (SFUNC = float8_accum, STYPE = float8[], FINALFUNC = float8_avg, INITCOND = '{0,0,0}');
-- case: a range's constructors do not keep DROP TYPE from dropping it
CREATE SCHEMA fz_b;
CREATE TYPE fz_b.floatrange AS RANGE (subtype = float8);
DROP TYPE fz_b.floatrange;
-- case: DROP TYPE CASCADE drops the columns of that type, so their %TYPE is gone
CREATE TYPE mood AS ENUM ('a');
CREATE TABLE items (id int, m mood);
CREATE FUNCTION uses_col(a items.m%TYPE) RETURNS int LANGUAGE sql AS 'select 1';
DROP TYPE mood;
DROP TYPE mood CASCADE;
CREATE FUNCTION uses_col_later(a items.m%TYPE) RETURNS int LANGUAGE sql AS 'select 1';
-- case: a view that could not be created is no type later
SET search_path = no_such;
CREATE VIEW v_63 AS SELECT 1 AS x;
CREATE FUNCTION public.uses_v63(a v_63) RETURNS int LANGUAGE sql AS 'select 1';
RESET search_path;
-- case: DROP FUNCTION of several, one missing (unqualified, outside Supabase's schemas): none dropped
SET search_path = "$user", public;
CREATE FUNCTION public.keep_a(a int) RETURNS int LANGUAGE sql AS 'select 1';
DROP FUNCTION public.keep_a(int), "calc_2_café"(varchar) CASCADE;
-- case: renaming a type retypes the columns that use it (their %TYPE follows)
CREATE SCHEMA fz_a;
CREATE SCHEMA fz_b;
CREATE TYPE fz_a.mood AS ENUM ('a');
CREATE TABLE items (id int);
ALTER TABLE items ADD COLUMN c33 fz_a.mood;
ALTER TYPE fz_a.mood SET SCHEMA fz_b;
CREATE FUNCTION uses_c33(a items.c33%TYPE) RETURNS int LANGUAGE sql AS 'select 1';
DROP TYPE fz_b.mood CASCADE;
CREATE FUNCTION uses_c33_later(a items.c33%TYPE) RETURNS int LANGUAGE sql AS 'select 1';
-- case: SQL-standard bodies cannot have polymorphic arguments
CREATE FUNCTION public.do_2 (amount50 bytea = NULL, IN anyarray = NULL) RETURNS TABLE(c float(3)) LANGUAGE sql RETURN NULL;
-- case: ALTER TABLE ADD COLUMN of a type that was moved away is rejected (no column)
CREATE SCHEMA fz_a;
CREATE SCHEMA fz_b;
CREATE TYPE fz_a.mood AS ENUM ('a');
ALTER TYPE fz_a.mood SET SCHEMA fz_b;
CREATE TABLE items (id int);
ALTER TABLE public.items ADD COLUMN c33 fz_a.mood;
CREATE FUNCTION uses_c33(a items.c33%TYPE) RETURNS int LANGUAGE sql AS 'select 1';
-- case: an input and an output parameter may share a name (not two inputs or two outputs)
CREATE PROCEDURE p_same(OUT value money, OUT boolean, IN value int DEFAULT 1) LANGUAGE plpgsql AS 'begin end';
CREATE FUNCTION f_same1(IN value int, OUT value int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION f_same2(value int, OUT value int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION f_same3(OUT value int, value int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION f_same4(INOUT value int, OUT value int) LANGUAGE sql AS 'select 1';
-- case: "$user" on the search_path, for DROP and ALTER too, once a schema named like the role exists
CREATE SCHEMA postgres;
SET search_path = "$user", public;
CREATE OR REPLACE FUNCTION do_51$v (in nchar) RETURNS pg_catalog.varchar LANGUAGE plpgsql STABLE AS 'begin return null; end';
CREATE FUNCTION do_52 (a int) RETURNS int LANGUAGE sql AS 'select 1';
DROP ROUTINE "do_51$v"("pg_catalog"."bpchar");
ALTER FUNCTION do_52(int) RENAME TO do_53;
-- case: class 1, an unnamed parameter with a mode is not named after the mode
CREATE FUNCTION c1a(IN json) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c1b(INOUT text) LANGUAGE sql AS 'select 1';
CREATE FUNCTION c1c(OUT integer) LANGUAGE sql AS 'select 1';
CREATE FUNCTION c1d(VARIADIC integer[]) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c1e(IN json, IN p_x int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE PROCEDURE c1f(IN integer, IN text) LANGUAGE sql AS 'select 1';
-- case: class 2, the two-word mode IN OUT
CREATE FUNCTION c2a(IN OUT a integer, IN OUT text) LANGUAGE sql AS 'select 1, null::text';
CREATE FUNCTION c2b(a IN OUT integer) LANGUAGE sql AS 'select 1';
-- case: class 3, OUT/INOUT parameters and no RETURNS: the result type is derived
CREATE FUNCTION c3a(a int, OUT b int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION c3b(a int, OUT b int, OUT c text) LANGUAGE sql AS 'select 1, null::text';
CREATE FUNCTION c3c(INOUT a int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION c3d(a int) LANGUAGE sql AS 'select 1';
-- case: class 4, unnamed parameters of multi-word types
CREATE FUNCTION c4(bit varying, interval day to second, national character varying, double precision, integer ARRAY, timestamp(3) with time zone, time without time zone, character varying(3)[]) RETURNS int LANGUAGE sql AS 'select 1';
-- case: class 5, comments between CREATE/ALTER/DROP and FUNCTION, and right after an operator
CREATE /* /* nested */ still comment */ FUNCTION c5a(a int =/* x */1, b int default -/* y */1) RETURNS int LANGUAGE sql AS 'select 1';
CREATE -- line
OR /* c */ REPLACE FUNCTION c5b() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
ALTER /* c */ FUNCTION c5a(int, int) /* c */ STABLE;
CREATE FUNCTION c5c() RETURNS int LANGUAGE sql AS 'select 1';
DROP /* /* x */ */ FUNCTION c5c();
-- case: class 6, SET TIME ZONE / FROM CURRENT do not swallow the next option
CREATE FUNCTION c6a() RETURNS int LANGUAGE sql SET TIME ZONE 'UTC' IMMUTABLE AS 'select 1';
CREATE FUNCTION c6b() RETURNS int LANGUAGE sql SET work_mem FROM CURRENT STABLE AS 'select 1';
CREATE FUNCTION c6c() RETURNS int LANGUAGE sql SET TIME ZONE LOCAL SET search_path = a, b STABLE AS 'select 1';
-- case: class 7, identifiers: NAMEDATALEN truncation (on a character boundary), U& escapes, non-ASCII
CREATE FUNCTION c7_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(a int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION "c7_éééééééééééééééééééééééééééééééééééééééé"(a int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION U&"c7\0061u"(U&"p!0061" UESCAPE '!' int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c7_café(naïve int, ü€x text) RETURNS int LANGUAGE sql AS 'select 1';
-- case: class 8, types as format_type() prints them (quoting, shadowing, view row types)
CREATE SCHEMA "Odd$Schema";
CREATE TYPE public."position" AS (x int);
CREATE TYPE public."int" AS (x int);
CREATE TYPE public."Upper" AS ENUM ('a');
CREATE TYPE public."dollar$type" AS ENUM ('a');
CREATE TYPE public.text AS (x int);
CREATE TYPE "Odd$Schema"."select" AS ENUM ('a');
CREATE TABLE public.tbl (a int);
CREATE VIEW public.vw AS SELECT a FROM public.tbl;
CREATE FUNCTION c8(a "position", b "int", c "Upper", d "dollar$type", e public.text, f text, g "Odd$Schema"."select", h vw, i tbl[]) RETURNS int LANGUAGE sql AS 'select 1';
-- case: class 9, %TYPE of a view column and of an added column; type DDL after the routine followed by OID
CREATE SCHEMA other;
CREATE TABLE t9 (a int, b text);
CREATE VIEW v9 AS SELECT a::bigint AS big, b FROM t9;
ALTER TABLE t9 ADD COLUMN c numeric;
CREATE TYPE e9 AS ENUM ('x');
CREATE DOMAIN d9 AS int;
CREATE FUNCTION c9(a v9.big%TYPE, b t9.c%TYPE, c e9, d d9, e t9) RETURNS e9 LANGUAGE sql AS 'select null';
ALTER TYPE e9 RENAME TO e9_renamed;
ALTER DOMAIN d9 SET SCHEMA other;
ALTER TABLE t9 RENAME TO t9_renamed;
ALTER TYPE e9_renamed SET SCHEMA other;
-- case: class 10, "$user" on the search_path names the role's schema
CREATE SCHEMA postgres;
SET search_path = "$user", public;
CREATE FUNCTION c10() RETURNS int LANGUAGE sql AS 'select 1';
CREATE TYPE postgres.t10 AS ENUM ('a');
CREATE FUNCTION public.c10b(a t10) RETURNS int LANGUAGE sql AS 'select 1';
-- case: class 11, aggregates: a built-in FINALFUNC's result type, hypothetical-set aggregates
CREATE AGGREGATE c11a (float8) (SFUNC = float8_accum, STYPE = float8[], FINALFUNC = float8_avg, INITCOND = '{0,0,0}');
CREATE AGGREGATE c11b (numeric) (SFUNC = numeric_avg_accum, STYPE = internal, FINALFUNC = numeric_avg);
CREATE AGGREGATE c11c (VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
-- case: class 12, statements PostgreSQL rejects keep nothing (a failed DROP of several drops none)
SET search_path = "$user", public;
CREATE FUNCTION c12a(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c12b(VARIADIC a int[], b int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c12c(a serial) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION c12d(a int) RETURNS int LANGUAGE sql AS 'select 1';
DROP FUNCTION c12d(int), c12_missing();
CREATE FUNCTION c12e(a int, OUT b int) RETURNS text LANGUAGE sql AS 'select 1';
CREATE FUNCTION c12f(a int, OUT b int) LANGUAGE sql AS 'select 1';
CREATE OR REPLACE FUNCTION c12f(a int, OUT b bigint) LANGUAGE sql AS 'select 1';
-- case: options and defaults PostgreSQL refuses: ROWS without a set result, volatility on a procedure, subquery or column in a default
CREATE FUNCTION w1() RETURNS int WINDOW LANGUAGE sql AS 'select 1';
CREATE FUNCTION w3() RETURNS int EXTERNAL SECURITY DEFINER LANGUAGE sql AS 'select 1';
CREATE PROCEDURE w6() LANGUAGE sql STABLE AS 'select 1';
CREATE FUNCTION w8(a int) RETURNS SETOF int LANGUAGE sql ROWS 3 AS 'select 1';
CREATE FUNCTION w9(a int) RETURNS int LANGUAGE sql ROWS 3 AS 'select 1';
CREATE FUNCTION w11() RETURNS int LANGUAGE sql IMMUTABLE VOLATILE AS 'select 1';
CREATE FUNCTION w12(a int DEFAULT (select 1)) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION w13(a int DEFAULT a) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION w14(OUT a int DEFAULT 1) LANGUAGE sql AS 'select 1';
CREATE FUNCTION w15(a int DEFAULT abs(-(3)), b int DEFAULT CASE WHEN true THEN 1 ELSE (2) END) RETURNS int LANGUAGE sql AS 'select 1';
-- case: an extension's type cannot be dropped on its own; a state function in a renamed schema is not found
CREATE SCHEMA fz_c;
CREATE EXTENSION citext WITH SCHEMA fz_c;
DROP TYPE fz_c.citext;
CREATE FUNCTION uses_citext(a fz_c.citext[][]) RETURNS int LANGUAGE sql AS 'select 1';
CREATE SCHEMA fz_b;
CREATE FUNCTION fz_b.acc_int(s integer, v integer) RETURNS integer LANGUAGE sql AS 'select s + v';
ALTER SCHEMA fz_b RENAME TO fz_b2;
CREATE AGGREGATE agg_69 (integer) (SFUNC = fz_b.acc_int, STYPE = integer);
CREATE AGGREGATE agg_70 (integer) (SFUNC = fz_b2.acc_int, STYPE = integer);
DROP SCHEMA fz_c CASCADE;
CREATE FUNCTION uses_citext_later(a fz_c.citext) RETURNS int LANGUAGE sql AS 'select 1';
-- case: an error's position inside a statement with non-ASCII text is reported on the statement
CREATE FUNCTION "é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é_é"(a int) RETURNS int LANGUAGE sql IMMUTABLE STABLE AS 'select 1';
CREATE FUNCTION next_one() RETURNS int LANGUAGE sql STRICT VOLATILE RETURN NULL;
-- case: CREATE EXTENSION into a schema that does not exist (any more) is rejected
CREATE SCHEMA fz_b;
CREATE SCHEMA fz_c;
CREATE EXTENSION citext WITH SCHEMA fz_c;
DROP SCHEMA IF EXISTS fz_c CASCADE;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA fz_c;
CREATE FUNCTION fz_b."Calc_94X"(total14$v fz_c.citext DEFAULT NULL) RETURNS SETOF interval minute to second(3) LANGUAGE SQL ROWS 5 RETURN NULL;
