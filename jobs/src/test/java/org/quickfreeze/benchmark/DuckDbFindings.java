package org.quickfreeze.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code benchmark/peer/findings.sql}, the audit as an analyst would write it in
 * DuckDB SQL, over the CSV exports of a folder. The benchmark runs it as a program of its
 * own, from the project's root:
 *
 * <pre>
 * java -cp duckdb_jdbc.jar jobs/src/test/java/org/quickfreeze/benchmark/DuckDbFindings.java FOLDER AS_OF OUT.csv
 * </pre>
 *
 * and {@code SqlPeerTest} holds its findings against Quickfreeze's.
 */
public final class DuckDbFindings {

    public static final Path SCRIPT = Path.of("benchmark", "peer", "findings.sql");

    private DuckDbFindings() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        run(Files.readString(SCRIPT), Path.of(args[0]), args[1], Path.of(args[2]));
        System.out.printf(Locale.ROOT, "DuckDB findings of %s as of %s in %.2f s%n", args[0], args[1],
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs the statements of the script with its {@code :files}, {@code :as_of} and
     * {@code :out} filled in.
     */
    public static void run(String script, Path folder, String asOf, Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        String filled = script
            .replace(":files", files.stream().map(f -> quote(f.toString())).collect(Collectors.joining(", ", "[", "]")))
            .replace(":as_of", quote(asOf))
            .replace(":out", quote(out.toString()));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = db.createStatement()) {
            for (String sql : filled.split(";\\s*\\n")) {
                if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

}
