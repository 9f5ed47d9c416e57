package org.switchover.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/switchover: the first run of a command writes its class-data archive, the next maps its classes from it.
 * The tests run before `package`, so the test builds a jar like target/switchover.jar from target/classes (CDS
 * archives classes from jars only), its Class-Path naming the dependency jars where Maven keeps them.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("bin", "switchover");

    @Test
    void theSecondRunOfACommandLoadsItsClassesFromTheArchiveTheFirstWrote(@TempDir Path dir) throws Exception {
        // given a jar of the toolkit and an empty archive folder
        Path jar = jarOfTheToolkit(dir.resolve("switchover.jar"));
        Path archives = dir.resolve("cds");
        // when --version runs twice, the second time logging where each class came from
        Run first = launch(jar, archives, "");
        List<Path> written = Files.list(archives).collect(Collectors.toList());
        Run second = launch(jar, archives, "-Xlog:class+load=info");
        // then both print the version, the first left one archive for the command, and the second used it
        assertEquals(0, first.exitCode(), first.out());
        assertEquals(0, second.exitCode(), second.out());
        assertTrue(first.out().startsWith("switchover "), first.out());
        assertTrue(second.out().contains(first.out().strip()), second.out());
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().startsWith("main-"), written.toString());
        assertFalse(written.get(0).getFileName().toString().contains("partial"), written.toString());
        assertTrue(second.out().contains(SwitchoverCommand.class.getName() + " source: shared objects file (top)"), second.out());
    }

    @Test
    void withoutItsJarTheLauncherSaysHowToBuildIt(@TempDir Path dir) throws Exception {
        // when the launcher is pointed at a jar that is not there
        Run run = launch(dir.resolve("missing.jar"), dir.resolve("cds"), "");
        // then it stops with usage's exit code and the build command, and writes no archive
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("mvn -q -DskipTests package"), run.out());
        assertFalse(Files.exists(dir.resolve("cds")));
    }

    @Test
    void theLauncherStartsTheJvmWithC1OnlyAndTheSerialCollectorUnlessToldOtherwise(@TempDir Path dir) throws Exception {
        // given a jar of the toolkit
        Path jar = jarOfTheToolkit(dir.resolve("switchover.jar"));
        // when --version runs printing the JVM's final flags, with the launcher's defaults and with them set empty
        Run defaults = launch(jar, dir.resolve("cds"), "-XX:+PrintFlagsFinal", null);
        Run jvmOwn = launch(jar, dir.resolve("cds"), "-XX:+PrintFlagsFinal", "");
        // then the first JVM took both options from its command line, the second neither
        assertEquals(0, defaults.exitCode(), defaults.out());
        assertEquals(0, jvmOwn.exitCode(), jvmOwn.out());
        assertEquals("bool UseSerialGC = true {product} {command line}", flag(defaults.out(), "UseSerialGC"));
        assertEquals("intx TieredStopAtLevel = 1 {product} {command line}", flag(defaults.out(), "TieredStopAtLevel"));
        assertFalse(flag(jvmOwn.out(), "UseSerialGC").endsWith("{command line}"), jvmOwn.out());
        assertEquals("intx TieredStopAtLevel = 4 {product} {default}", flag(jvmOwn.out(), "TieredStopAtLevel"));
    }

    @Test
    void aCollectorChosenInJavaOptsReplacesTheDefaultOne(@TempDir Path dir) throws Exception {
        // given a jar of the toolkit
        Path jar = jarOfTheToolkit(dir.resolve("switchover.jar"));
        // when JAVA_OPTS chooses the parallel collector (with the serial one as well, the JVM would refuse to start)
        Run run = launch(jar, dir.resolve("cds"), "-XX:+UseParallelGC -XX:+PrintFlagsFinal", null);
        // then the JVM runs with it, and still with C1 only
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("bool UseParallelGC = true {product} {command line}", flag(run.out(), "UseParallelGC"));
        assertFalse(flag(run.out(), "UseSerialGC").endsWith("{command line}"), run.out());
        assertEquals("intx TieredStopAtLevel = 1 {product} {command line}", flag(run.out(), "TieredStopAtLevel"));
    }

    @Test
    void aRebuiltJarsArchiveReplacesTheOneOfTheJarBefore(@TempDir Path dir) throws Exception {
        // given the archive --version wrote for one jar, and beside it another command's and another JDK's
        Path archives = dir.resolve("cds");
        assertEquals(0, launch(jarOfTheToolkit(dir.resolve("before.jar")), archives, "").exitCode());
        Path before = Files.list(archives).collect(Collectors.toList()).get(0);
        String jdk = before.getFileName().toString().replaceAll("^main-[0-9]+-[0-9]+-", "");
        Path otherCommand = Files.writeString(archives.resolve("dry-run-1-2-" + jdk), "x");
        Path otherJdk = Files.writeString(archives.resolve("main-1-2-3.jsa"), "x");
        // when a rebuilt jar (other bytes, so another checksum) runs --version twice
        Path rebuilt = jarOfTheToolkit(dir.resolve("after.jar"), "rebuilt.txt");
        Run first = launch(rebuilt, archives, "");
        Run second = launch(rebuilt, archives, "");
        // then its archive took the place of the one before; the other command's and the other JDK's are kept
        assertEquals(0, first.exitCode(), first.out());
        assertEquals(0, second.exitCode(), second.out());
        List<Path> left = Files.list(archives).sorted().collect(Collectors.toList());
        assertEquals(3, left.size(), left.toString());
        assertFalse(left.contains(before), left.toString());
        assertTrue(left.contains(otherCommand) && left.contains(otherJdk), left.toString());
        assertTrue(left.stream().anyMatch(p -> p.getFileName().toString().startsWith("main-") && p.getFileName().toString().endsWith(jdk)),
                left.toString());
    }

    @Test
    void aFlightRecordingInJavaOptsRunsWithoutTheArchive(@TempDir Path dir) throws Exception {
        // given a jar of the toolkit whose --version has already written its archive
        Path jar = jarOfTheToolkit(dir.resolve("switchover.jar"));
        Path archives = dir.resolve("cds");
        assertEquals(0, launch(jar, archives, "").exitCode());
        List<Path> before = Files.list(archives).collect(Collectors.toList());
        // when --version runs again with a flight recording (OpenJDK 17 crashed loading a dry run's classes from an
        // archive with JFR on) and then with an agent, each logging where its classes came from
        Path recording = dir.resolve("run.jfr");
        Run recorded = launch(jar, archives, "-XX:StartFlightRecording=filename=" + recording + " -Xlog:class+load=info");
        Run withAgent = launch(jar, archives, "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0 -Xlog:class+load=info");
        Path toolRecording = dir.resolve("tool.jfr");
        Run viaToolOptions = launch(jar, archives, "-Xlog:class+load=info", null,
                Map.of("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + toolRecording));
        // then both ran, neither class came from the archive, the recording was written, and no archive was added
        assertEquals(0, recorded.exitCode(), recorded.out());
        assertEquals(0, withAgent.exitCode(), withAgent.out());
        String launched = SwitchoverCommand.class.getName() + " source: ";
        assertTrue(recorded.out().contains(launched + "jar:") || recorded.out().contains(launched + "file:"), recorded.out());
        assertFalse(recorded.out().contains(launched + "shared objects file"), recorded.out());
        assertFalse(withAgent.out().contains(launched + "shared objects file"), withAgent.out());
        assertEquals(0, viaToolOptions.exitCode(), viaToolOptions.out());
        assertFalse(viaToolOptions.out().contains(launched + "shared objects file"), viaToolOptions.out());
        assertTrue(Files.size(recording) > 0);
        assertTrue(Files.size(toolRecording) > 0);
        assertEquals(before, Files.list(archives).collect(Collectors.toList()));
    }

    /** One line of -XX:+PrintFlagsFinal, its runs of spaces made one. */
    private static String flag(String out, String name) {
        return out.lines().map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> line.split(" ").length > 1
                && line.split(" ")[1].equals(name)).findFirst().orElse("no flag " + name);
    }

    private record Run(int exitCode, String out) {
    }

    private static Run launch(Path jar, Path archives, String javaOptions) throws IOException, InterruptedException {
        return launch(jar, archives, javaOptions, null);
    }

    private static Run launch(Path jar, Path archives, String javaOptions, String jvmDefaults) throws IOException, InterruptedException {
        return launch(jar, archives, javaOptions, jvmDefaults, Map.of());
    }

    /** @param jvmDefaults SWITCHOVER_JVM_DEFAULTS, or null to leave it unset; {@code environment} more variables */
    private static Run launch(Path jar, Path archives, String javaOptions, String jvmDefaults, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "--version").redirectErrorStream(true);
        builder.environment().put("SWITCHOVER_JAR", jar.toString());
        builder.environment().put("SWITCHOVER_CDS_DIR", archives.toString());
        builder.environment().put("JAVA_OPTS", javaOptions);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SWITCHOVER_JVM_DEFAULTS");
        if (jvmDefaults != null) {
            builder.environment().put("SWITCHOVER_JVM_DEFAULTS", jvmDefaults);
        }
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), out);
    }

    private static Path jarOfTheToolkit(Path jar) throws IOException {
        return jarOfTheToolkit(jar, null);
    }

    /** @param extraEntry the name of one more (empty) entry, which makes another jar of the same classes; or null */
    private static Path jarOfTheToolkit(Path jar, String extraEntry) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SwitchoverCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (extraEntry != null) {
                out.putNextEntry(new JarEntry(extraEntry));
                out.closeEntry();
            }
        }
        return jar;
    }
}
