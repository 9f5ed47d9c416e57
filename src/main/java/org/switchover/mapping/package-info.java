/** Mapping files (mappings/*.yml): reading, validating, and compiling them into chunk transformers. */
package org.switchover.mapping;
