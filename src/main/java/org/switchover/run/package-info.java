/** Migration runs in plain Java: the engine (pools, run records, scheduling), each mapping's state and steps, the per-chunk commit, resume and progress. */
package org.switchover.run;
