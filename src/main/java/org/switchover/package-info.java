/** The toolkit's facade: {@code Switchover.configure()...build().dryRun()}. */
package org.switchover;
