/** Loads target batches with PostgreSQL COPY and isolates the rows the database refuses as rejects. */
package org.switchover.load;
