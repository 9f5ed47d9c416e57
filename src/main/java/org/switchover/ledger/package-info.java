/** The tamper-evident ledger: a SHA-256 chain over reconciliations, exceptions, sign-offs and events, its check and its copy. */
package org.switchover.ledger;
