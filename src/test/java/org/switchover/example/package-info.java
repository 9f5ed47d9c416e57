/** Tests of the example projects under examples/, each migrated with its files only. */
package org.switchover.example;
