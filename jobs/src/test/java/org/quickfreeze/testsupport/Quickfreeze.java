package org.quickfreeze.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.quickfreeze.QuickfreezeApplication;
import org.quickfreeze.cli.QuickfreezeCli;

/**
 * Runs the real command line against a real H2 file database of its own, as a user would,
 * and keeps what it printed.
 */
public final class Quickfreeze {

    private final Path home;

    private final Path out;

    public record Outcome(int exitCode, String stdout, String stderr) {
    }

    public Quickfreeze(Path home) {
        this.home = home;
        this.out = home.resolve("out");
    }

    public Path out() {
        return out;
    }

    public String databaseUrl() {
        return "jdbc:h2:file:" + home.resolve("data/quickfreeze");
    }

    public Outcome run(String... arguments) {
        List<String> args = withDefaults(arguments);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = new QuickfreezeCli(QuickfreezeApplication.class,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8))
            .run(args.toArray(String[]::new));
        return new Outcome(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    /**
     * Starts the command line in a process of its own, as a second instance on the same
     * machine would be.
     */
    public Process start(String... arguments) throws IOException {
        return start(List.of(), List.of(), System.getProperty("java.class.path"), arguments);
    }

    /**
     * Starts the command line in a process of its own with a folder ahead of the
     * application on the class path, so that the folder's resources (a report template,
     * say) are used instead of the application's.
     */
    public Process startWithResourcesFrom(Path folder, String... arguments) throws IOException {
        return start(List.of(), List.of(), folder + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                arguments);
    }

    /**
     * Starts the command line in a process of its own in which no file may grow beyond
     * the given size, as when the disk fills up: the kernel refuses the write that goes
     * past it (bash's {@code ulimit -f}).
     */
    public Process startWithFileSizeLimit(int kilobytes, String... arguments) throws IOException {
        return start(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$0\" \"$@\""), List.of(),
                System.getProperty("java.class.path"), arguments);
    }

    /**
     * Starts the command line in a process of its own under this umask, as a server's
     * account may have.
     */
    public Process startWithUmask(String umask, String... arguments) throws IOException {
        return start(List.of("bash", "-c", "umask " + umask + " && exec \"$0\" \"$@\""), List.of(),
                System.getProperty("java.class.path"), arguments);
    }

    /**
     * Starts the command line in a process of its own with these options of the Java
     * virtual machine, as an operator would give them in {@code JAVA_OPTS}.
     */
    public Process startWithJavaOptions(List<String> options, String... arguments) throws IOException {
        return start(List.of(), options, System.getProperty("java.class.path"), arguments);
    }

    private Process start(List<String> launcher, List<String> javaOptions, String classPath, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", classPath, QuickfreezeApplication.class.getName()));
        command.addAll(withDefaults(arguments));
        Files.createDirectories(home);
        return new ProcessBuilder(command).redirectOutput(home.resolve("stdout.txt").toFile())
            .redirectError(home.resolve("stderr.txt").toFile())
            .start();
    }

    /** What a process from {@link #start} printed, once it has ended. */
    public Outcome outcome(Process process) throws IOException, InterruptedException {
        int exit = process.waitFor();
        return new Outcome(exit, Files.readString(home.resolve("stdout.txt")),
                Files.readString(home.resolve("stderr.txt")));
    }

    /**
     * Waits until the log file of this home holds the text, such as a step having begun.
     */
    public void awaitLog(String text, Duration limit) throws IOException, InterruptedException {
        Path log = home.resolve("logs/quickfreeze.log");
        long deadline = System.nanoTime() + limit.toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log did not say '" + text + "' within " + limit);
            }
            Thread.sleep(50);
        }
    }

    private List<String> withDefaults(String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        if (args.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            args.add("--spring.datasource.url=" + databaseUrl());
        }
        args.add("--logging.file.name=" + home.resolve("logs/quickfreeze.log"));
        if (args.contains("run") && !args.contains("--out")) {
            args.add("--out");
            args.add(out.toString());
        }
        return args;
    }

    /** Reads a CSV output as records, header first. */
    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    /**
     * Writes an export of the required columns with these rows into the home's {@code in}
     * folder.
     */
    public Path export(String name, String... rows) throws IOException {
        Path file = Files.createDirectories(home.resolve("in")).resolve(name);
        Files.writeString(file, "request_id,register,party,direction,request_type,counterpart,requested_on,status\n"
                + String.join("\n", rows) + "\n");
        return file;
    }

    /**
     * Copies fixture files into a folder, setting their modification times in the given
     * order.
     */
    public static Path exports(Path folder, Path... files) throws IOException {
        Files.createDirectories(folder);
        long time = 1_780_000_000_000L;
        for (Path file : files) {
            Path copy = Files.copy(file, folder.resolve(file.getFileName()));
            Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(time));
            time += 60_000;
        }
        return folder;
    }

}
