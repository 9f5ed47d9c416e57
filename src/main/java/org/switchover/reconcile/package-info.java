/** The reconciliation for sign-off: checks declared as data, run on both sides independently, reported as GO / NO_GO. */
package org.switchover.reconcile;
