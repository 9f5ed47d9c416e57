-- Referrals that migrate and start within another referral that migrates of the same surviving child: on or after its
-- referral date, on or before its end (close date as the migration writes it; an NFA referral without one ends on its
-- referral date; an open one has not ended) (census 8820).
-- One read of ep (MariaDB computes a CTE once per reference: a self-join read every referral twice): per surviving
-- child, in order of referral date then ref_id, the latest end among the referrals before a row (before_end) and among
-- those after it with the same referral date (peer_end); a referral starts within another exactly when either reaches
-- its referral date. A referral with no real referral date is never "another" (CASE) and never starts within one.
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
w AS (
  SELECT ref_id, survivor_no, started,
         MAX(CASE WHEN started IS NOT NULL THEN COALESCE(ended, DATE '9999-12-31') END) OVER (PARTITION BY survivor_no
             ORDER BY started, ref_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end,
         MAX(COALESCE(ended, DATE '9999-12-31')) OVER (PARTITION BY survivor_no, started
             ORDER BY ref_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS peer_end
  FROM ep
)
SELECT w.ref_id AS row_key, s.legacy_ref
FROM w JOIN client s ON s.client_no = w.survivor_no
WHERE w.started <= w.before_end OR w.started <= w.peer_end
ORDER BY 1
