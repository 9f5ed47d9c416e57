/** What every loading command checks before it writes anything: the live legacy schema, the report directory, and objects outside csc that depend on it. */
package org.switchover.preflight;
