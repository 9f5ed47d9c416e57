-- A copy of the legacy database in {copy} on the same server, table by table, and in it the planted headline records
-- that cannot migrate (plant_unmigratable_headlines) closed and deregistered: the same rows, fewer open duty cases and
-- active plans. What a reconciliation against the copy would count as legacy truth.
CREATE TABLE {copy}.team LIKE team;
INSERT INTO {copy}.team SELECT * FROM team;
CREATE TABLE {copy}.staff LIKE staff;
INSERT INTO {copy}.staff SELECT * FROM staff;
CREATE TABLE {copy}.client LIKE client;
INSERT INTO {copy}.client SELECT * FROM client;
CREATE TABLE {copy}.contact_log LIKE contact_log;
INSERT INTO {copy}.contact_log SELECT * FROM contact_log;
CREATE TABLE {copy}.referral LIKE referral;
INSERT INTO {copy}.referral SELECT * FROM referral;
CREATE TABLE {copy}.assessment LIKE assessment;
INSERT INTO {copy}.assessment SELECT * FROM assessment;
CREATE TABLE {copy}.s47_icpc LIKE s47_icpc;
INSERT INTO {copy}.s47_icpc SELECT * FROM s47_icpc;
CREATE TABLE {copy}.cp_registration LIKE cp_registration;
INSERT INTO {copy}.cp_registration SELECT * FROM cp_registration;
CREATE TABLE {copy}.cp_review LIKE cp_review;
INSERT INTO {copy}.cp_review SELECT * FROM cp_review;
CREATE TABLE {copy}.lac_episode LIKE lac_episode;
INSERT INTO {copy}.lac_episode SELECT * FROM lac_episode;
CREATE TABLE {copy}.allocation LIKE allocation;
INSERT INTO {copy}.allocation SELECT * FROM allocation;
CREATE TABLE {copy}.case_note LIKE case_note;
INSERT INTO {copy}.case_note SELECT * FROM case_note;
UPDATE {copy}.referral SET status = 'CLOSED', close_dt = '2019-01-25' WHERE ref_id = 900001;
UPDATE {copy}.cp_registration SET reg_status = 'DEREG', dereg_dt = '2019-01-25' WHERE reg_id IN (900001, 900002);
