/** The exceptions register: data owners' decisions (rekey, accept, fix-in-legacy) about failing records, each checked before it is recorded. */
package org.switchover.exceptions;
