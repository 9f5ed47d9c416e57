/** A migration project: the folder that holds everything about one migration (config, catalogs, mappings, checks). */
package org.switchover.project;
