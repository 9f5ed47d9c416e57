/** Run history: every run's report kept in reports/&lt;kind&gt;-&lt;runId&gt;/, a latest pointer, and the diff of two runs. */
package org.switchover.history;
