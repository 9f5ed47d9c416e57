/** Data owners' sign-offs of reconciliation reports, bound to the report's SHA-256 and the mapping set, and when they lapse. */
package org.switchover.signoff;
