/** Code maps (legacy code to census code) read from mappings/codes/*.yml, validated with file and line. */
package org.switchover.codemap;
