/** The full load (a dry run, or the load inside a final load): a recorded migration into a clean target, and its counts report. */
package org.switchover.dryrun;
