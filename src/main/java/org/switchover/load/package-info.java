/** Loads target batches with binary COPY, one typed encoder per column, and makes the rows the JVM or the database refuses rejects. */
package org.switchover.load;
