/** Who the legacy server is and what its tables hold: server identity, and per-key-range content fingerprints taken on the legacy server and kept in migration. */
package org.switchover.fingerprint;
