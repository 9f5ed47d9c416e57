/** Configuration problems and the exception that carries them, shared by every validated file and option. */
package org.switchover.config;
