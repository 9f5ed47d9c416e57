/** Bookkeeping of migration runs (counts, rejects, lossy conversions), progress, and the per-chunk commit. */
package org.switchover.run;
