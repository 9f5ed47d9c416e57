/** Least privilege: the SQL that creates the three roles the toolkit needs, and no more. */
package org.switchover.privileges;
