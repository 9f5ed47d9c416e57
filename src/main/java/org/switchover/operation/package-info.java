/** One class per operation of the {@link org.switchover.Switchover} facade, each reading the settings and returning a typed result; callers use the facade. */
package org.switchover.operation;
