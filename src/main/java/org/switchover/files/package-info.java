/** Files the toolkit writes: owner-only whatever the umask, and CSV that a spreadsheet cannot run as formulas. */
package org.switchover.files;
