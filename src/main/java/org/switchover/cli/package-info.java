/** The command-line interface: commands, their options and the defaults they fall back on. */
package org.switchover.cli;
