-- Checksums of every legacy table: equal checksums mean byte-identical rows.
CHECKSUM TABLE team, staff, client, contact_log, referral, assessment, s47_icpc, cp_registration, cp_review,
  lac_episode, allocation, case_note;
