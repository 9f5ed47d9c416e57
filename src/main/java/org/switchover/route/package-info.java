/** Camel wiring of a migration run: one route per mapping from one route template; no migration logic here. */
package org.switchover.route;
