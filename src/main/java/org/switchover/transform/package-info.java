/** Named value transforms and code maps that mapping files refer to by name. */
package org.switchover.transform;
