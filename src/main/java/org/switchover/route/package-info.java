/** Camel wiring of a migration run: the context, one route per mapping from one route template, the error handling; no migration logic here. */
package org.switchover.route;
