-- The sign-offs made in the browser: owner, role, channel and the two hashes they bind.
SELECT owner_name, owner_role, channel, html_sha256, report_sha256 FROM migration.sign_off WHERE channel = 'browser' ORDER BY sign_off_id
