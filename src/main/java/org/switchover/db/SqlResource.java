package org.switchover.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A .sql file on the classpath (or a project's file): read whole, or split into statements at lines ending with ';'. */
public final class SqlResource {
    private final String path;
    private final String text;

    private SqlResource(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Loads e.g. "sql/legacy/schema.sql"; a missing resource is a packaging bug and fails loudly. */
    public static SqlResource load(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource not found on the classpath: " + path);
            }
            return new SqlResource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + path, e);
        }
    }

    /** A project's own .sql file (its legacy DDL, its fixtures): a missing file names the path. */
    public static SqlResource file(java.nio.file.Path file) {
        try {
            return new SqlResource(file.toString(), java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String path() {
        return path;
    }

    public String text() {
        return text.strip();
    }

    /** Statements separated by a ';' at the end of a line; '--' comment lines are dropped. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty() && current.length() == 0) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** Runs every statement in order; the error names this file and the statement number. */
    public void executeAll(Connection connection) throws SQLException {
        List<String> statements = statements();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new SQLException(path + ", statement " + (i + 1) + ": " + e.getMessage(), e.getSQLState(), e);
                }
            }
        }
    }
}
