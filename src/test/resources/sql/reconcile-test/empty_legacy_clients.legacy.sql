-- Legacy loses every client (after a run loaded them).
DELETE FROM client;
