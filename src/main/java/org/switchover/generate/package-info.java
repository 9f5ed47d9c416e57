/** Synthetic legacy data with every known defect, generated deterministically from a seed, and its ground truth. */
package org.switchover.generate;
