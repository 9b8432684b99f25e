package org.quickfreeze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;

/**
 * The {@code quickfreeze} launcher chooses JVM options by the size of the exports given:
 * the JIT's first tier only below 20 MB, the parallel collector from 20 MB on, unless
 * {@code JAVA_OPTS} names its own. The script runs for real, in a copy of the project's
 * layout whose application jar prints the options its JVM got.
 */
class LauncherScriptTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path root;

    @TempDir
    Path exports;

    @BeforeEach
    void projectLayoutWithAProbeForTheApplication() throws IOException {
        Files.copy(Fixtures.launcher(), root.resolve("quickfreeze"));
        Path target = Files.createDirectories(root.resolve("jobs/target"));
        Path app = Files.createDirectories(target.resolve("app"));
        writeProbeJar(target.resolve("quickfreeze.jar"));
        writeProbeJar(app.resolve("quickfreeze.jar"));
        // already extracted from the jar of this build: the script leaves it as it is
        Files.setLastModifiedTime(target.resolve("quickfreeze.jar"), FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void exportsOf20MbOrMoreRunWithTheParallelCollector() throws Exception {
        exportOf(21 * MB);
        List<String> options = launch("");
        assertThat(options).contains("-XX:+UseParallelGC", "collector: PS MarkSweep")
            .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void smallExportsRunWithTheFirstJitTierOnlyAndTheDefaultCollector() throws Exception {
        exportOf(MB);
        List<String> options = launch("");
        assertThat(options).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void aCollectorNamedInJavaOptsReplacesTheLaunchersChoice() throws Exception {
        exportOf(21 * MB);
        List<String> options = launch("-Xmx512m -XX:+UseSerialGC");
        assertThat(options).contains("-Xmx512m", "-XX:+UseSerialGC", "collector: MarkSweepCompact")
            .doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void inputThatDoesNotExistReachesTheApplicationWhichNamesIt() throws Exception {
        // the application, not the launcher's measuring of the inputs, tells the user
        List<String> options = launch("", exports.resolve("exprots").toString());
        assertThat(options).isNotEmpty();
    }

    private void exportOf(long bytes) throws IOException {
        try (RandomAccessFile export = new RandomAccessFile(exports.resolve("cp-police.csv").toFile(), "rw")) {
            export.setLength(bytes);
        }
    }

    /** Starts the launcher as a user would and returns what the application printed. */
    private List<String> launch(String javaOpts) throws Exception {
        return launch(javaOpts, exports.toString());
    }

    private List<String> launch(String javaOpts, String input) throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("bash", root.resolve("quickfreeze").toString(), "run", "--input",
                input, "--period", "2026-10")
            .redirectErrorStream(true);
        launcher.environment().put("JAVA_OPTS", javaOpts);
        Process process = launcher.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        return printed.lines().toList();
    }

    private static void writeProbeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JvmOptionsProbe.class.getName());
        String entry = JvmOptionsProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                var probe = JvmOptionsProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.closeEntry();
        }
    }

}
