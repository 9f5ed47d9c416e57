/** Reading hand-written configuration (YAML) with line numbers, and reporting its problems by file and line. */
package org.switchover.config;
