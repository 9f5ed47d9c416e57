/** The command line: one class per command, each a thin shell over the {@link org.switchover.Switchover} facade. */
package org.switchover.cli;
