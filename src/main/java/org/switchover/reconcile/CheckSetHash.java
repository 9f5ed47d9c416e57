package org.switchover.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of everything that decides what a reconciliation checks and how it judges: every check (file checks
 * by their YAML bytes, implied counts checks by their definition), each query it runs (the check's .sql files or
 * the toolkit's own for its type) with every fragment those use, and the toolkit's fixed rules for statuses
 * ({@link #RULES}). Names are relative (file names, fragment names), so the same checks hash the same wherever
 * they lie. Two reconciliations with the same hash applied the same checks.
 */
final class CheckSetHash {
    /** The status rules the toolkit applies on top of the check files; change this text when they change. */
    static final String RULES = "not_migrated legacy rows FAIL their check; volume FAILs an empty or smaller legacy table; "
            + "a FAIL whose every failing record has a rekey or accept decision for the same reason is ACCEPTED; GO = no FAIL";

    private CheckSetHash() {
    }

    static String of(Path checksDirectory, List<CheckDefinition> checks) {
        MessageDigest sha = sha256();
        SqlTemplate template = new SqlTemplate(checksDirectory);
        part(sha, "rules", RULES);
        for (CheckDefinition check : checks) {
            addCheck(sha, template, checksDirectory, check);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash of each check alone (its definition, file, queries and fragments), by id: to tell whether one set holds another. */
    static Map<String, String> perCheck(Path checksDirectory, List<CheckDefinition> checks) {
        SqlTemplate template = new SqlTemplate(checksDirectory);
        Map<String, String> hashes = new TreeMap<>();
        for (CheckDefinition check : checks) {
            MessageDigest sha = sha256();
            addCheck(sha, template, checksDirectory, check);
            hashes.put(check.id(), HexFormat.of().formatHex(sha.digest()));
        }
        return hashes;
    }

    private static void addCheck(MessageDigest sha, SqlTemplate template, Path checksDirectory, CheckDefinition check) {
        part(sha, "check", definition(check));
        if (check.file().getFileName().toString().equals(check.id() + ".yml")) {
            part(sha, "file " + check.file().getFileName(), read(check.file()));
        }
        List<String> queries = new ArrayList<>();
        queries.add(CheckRunner.legacySql(check));
        queries.add(CheckRunner.targetSql(check));
        for (String query : queries) {
            if (query == null) {
                continue;
            }
            String text = CheckRunner.text(checksDirectory, query);
            part(sha, "query " + query, text);
            for (Path fragment : template.fragmentsUsed(text)) {
                part(sha, "fragment " + fragment.getFileName(), Files.isRegularFile(fragment) ? read(fragment) : "(missing)");
            }
        }
    }

    /** Every field of a check's definition, parameters sorted; an implied counts check is known only by this. */
    private static String definition(CheckDefinition check) {
        Map<String, String> parameters = new TreeMap<>(check.parameters());
        return String.join("\n", check.id(), check.title(), check.owner(), check.onMismatch().name(), check.whenFound().name(),
                check.type().text(), check.compare().text(), String.valueOf(check.compareValues()),
                String.valueOf(check.thresholdMax()), parameters.toString(), check.file().getFileName().toString());
    }

    private static void part(MessageDigest sha, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for the check set hash", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
