package org.switchover.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs `switchover` in a child JVM, as an operator would, with its own environment; captures exit code and output. */
final class CliProcess {
    /** A command that has not finished by then is a hung test, not a slow one. */
    private static final long TIMEOUT_SECONDS = 300;

    record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** Starts `switchover args` in a child JVM without waiting; output goes to {@code log}. */
    static Process start(File log, String... args) throws IOException {
        ProcessBuilder builder = builder(args);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        return builder.start();
    }

    /** A child JVM running switchover with the test's classpath, and no password inherited from this one. */
    private static ProcessBuilder builder(String... args) {
        return builder(command(args));
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LEGACY_PASSWORD");
        builder.environment().remove("TARGET_PASSWORD");
        return builder;
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SwitchoverCommand.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(builder(args), environment, args);
    }

    /** As {@link #run}, in a child JVM started under {@code umask} (e.g. "000"), as an operator's shell could have it. */
    static Result runWithUmask(String umask, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
        command.addAll(command(args));
        return run(builder(command), environment, args);
    }

    private static Result run(ProcessBuilder builder, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        builder.environment().putAll(environment);
        File out = File.createTempFile("switchover-out", ".txt");
        File err = File.createTempFile("switchover-err", ".txt");
        builder.redirectOutput(out).redirectError(err);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("switchover " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        Result result = new Result(process.exitValue(), read(out), read(err));
        out.delete();
        err.delete();
        return result;
    }

    private static String read(File file) throws IOException {
        return java.nio.file.Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}
