/** Reads legacy tables in keyset-ordered chunks of text values, never the whole table at once. */
package org.switchover.extract;
