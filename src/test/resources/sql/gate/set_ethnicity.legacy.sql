-- A legacy application bug: the ethnicity changes and updated_dt does not (set to itself, so it cannot move).
UPDATE client SET ethnic_cd = ?, updated_dt = updated_dt WHERE client_no = ?
