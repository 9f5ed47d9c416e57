/** Reads legacy tables in keyset-ordered chunks of text values, never the whole table at once; cuts large ones into key ranges. */
package org.switchover.extract;
