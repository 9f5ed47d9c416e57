/** The dry run: a full, recorded rehearsal of the migration into a clean target, and its counts report. */
package org.switchover.dryrun;
