/** `serve`: the runs, their reports, a page per child and the browser sign-off, behind sign-in, CSRF tokens and TLS. */
package org.switchover.serve;
