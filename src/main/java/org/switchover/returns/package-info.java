/** Day-one returns in the reconciliation report: Ofsted Annex A lists, caseloads and duty waiting times from both sides. */
package org.switchover.returns;
