package org.switchover.db;

import java.util.List;

/**
 * A JDBC URL says what the toolkit refuses (a password, LOCAL INFILE on): a usage error, raised before any
 * connection is tried. The message gives every refusal, each naming the option and the database
 * (host:port/database), never the URL.
 */
public class UnsafeUrlException extends IllegalArgumentException {
    UnsafeUrlException(List<String> refusals) {
        super(String.join("; ", refusals));
    }
}
