/** Configuration: the settings defaults, the toolkit version, and reading hand-written YAML with line numbers. */
package org.switchover.config;
