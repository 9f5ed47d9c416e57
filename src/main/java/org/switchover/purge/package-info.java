/** Personal data retention: purging the raw values the reject and lossy stores keep, and noticing when they are kept too long. */
package org.switchover.purge;
