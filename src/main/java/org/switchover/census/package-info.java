/** The DfE Children in Need census return, written from the target as the schema's XML. */
package org.switchover.census;
