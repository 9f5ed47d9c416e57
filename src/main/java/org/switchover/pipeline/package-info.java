/** The data that flows through a migration run: chunks of legacy rows, target batches and their outcomes. */
package org.switchover.pipeline;
