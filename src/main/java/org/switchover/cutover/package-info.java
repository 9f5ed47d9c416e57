/** The go-live weekend: the gated final load, the delta load, the runbook, and the audit trail of what they did. */
package org.switchover.cutover;
