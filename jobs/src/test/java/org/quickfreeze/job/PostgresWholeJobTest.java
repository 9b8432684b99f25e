package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.PostgresServer;
import org.quickfreeze.testsupport.Quickfreeze;

/** The same jar on PostgreSQL: the store and the job repository, schema by Flyway. */
class PostgresWholeJobTest {

    @AutoClose
    private static final PostgresServer postgres = new PostgresServer();

    @TempDir
    Path home;

    /** The run of the samples for party RO, with these arguments after it. */
    private static String[] sampleRun(List<String> further) {
        List<String> args = new ArrayList<>(
                List.of("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--party", "RO"));
        args.addAll(further);
        return args.toArray(String[]::new);
    }

    private String[] run(Path out, String url, String... extra) {
        List<String> further = new ArrayList<>(List.of("--out", out.toString()));
        further.addAll(PostgresServer.springArguments(url));
        further.addAll(List.of(extra));
        return sampleRun(further);
    }

    @Test
    void postgresGivesTheFindingsOfH2ByteForByte() throws IOException {
        Quickfreeze onH2 = new Quickfreeze(home.resolve("h2"));
        var h2 = onH2.run(sampleRun(List.of()));
        Quickfreeze onPostgres = new Quickfreeze(home.resolve("pg"));
        Path out = home.resolve("pg-out");
        var pg = onPostgres.run(run(out, postgres.newDatabase()));

        assertThat(h2.exitCode()).isZero();
        assertThat(pg.exitCode()).as(pg.stderr()).isZero();
        for (String file : List.of("findings-2026-10-31.csv", "rejects-2026-10-31.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file)
                .isEqualTo(Files.readString(onH2.out().resolve(file)));
        }
    }

    @Test
    void roleWithoutTemporaryTablesFailsInOneSentenceAndRestartsOnceGranted() throws Exception {
        String url = postgres.newDatabase();
        String database = url.replaceAll(".*/([^/?]+).*", "$1");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + database + "_clerk LOGIN PASSWORD 'clerk'");
            s.execute("REVOKE TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
            s.execute("GRANT ALL ON SCHEMA public TO " + database + "_clerk");
        }
        // without the URL's user=postgres, which would win over the user name
        List<String> clerk = List.of("--spring.datasource.url=" + url.replaceAll("\\?.*", ""),
                "--spring.datasource.username=" + database + "_clerk", "--spring.datasource.password=clerk");
        Quickfreeze q = new Quickfreeze(home.resolve("clerk"));

        var refused = q.run(sampleRun(clerk));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr().lines().findFirst()).as(refused.stderr())
            .hasValueSatisfying(line -> assertThat(line)
                .startsWith("quickfreeze: run 1 failed: the database refuses the role a right it needs")
                .contains("permission denied to create temporary tables"));
        assertThat(refused.stderr()).doesNotContain("\tat ");

        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("GRANT TEMPORARY ON DATABASE " + database + " TO " + database + "_clerk");
        }
        List<String> restart = new ArrayList<>(List.of("run", "--restart"));
        restart.addAll(clerk);
        var restarted = q.run(restart.toArray(String[]::new));

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        Quickfreeze onH2 = new Quickfreeze(home.resolve("h2"));
        onH2.run(sampleRun(List.of()));
        assertThat(q.out().resolve("findings-2026-10-31.csv"))
            .hasSameTextualContentAs(onH2.out().resolve("findings-2026-10-31.csv"));
    }

    @Test
    void roleTheServerDoesNotKnowIsToldAsALoginFailure() {
        String url = postgres.newDatabase().replaceAll("\\?.*", "");

        var refused = new Quickfreeze(home.resolve("stranger")).run("history", "--spring.datasource.url=" + url,
                "--spring.datasource.username=stranger", "--spring.datasource.password=x");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr().strip().lines()).as(refused.stderr()).hasSize(1);
        assertThat(refused.stderr())
            .startsWith("quickfreeze: cannot start: the database does not accept the login (check "
                    + "spring.datasource.username and spring.datasource.password): ")
            .contains("\"stranger\"");
    }

    @Test
    void twoInstancesOnOneDatabaseDoNotRunTheSameRunTwice() throws Exception {
        String url = postgres.newDatabase();
        // the schema is created once, before the race
        new Quickfreeze(home.resolve("setup")).run("history", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
        List<Quickfreeze> instances = List.of(new Quickfreeze(home.resolve("instance-0")),
                new Quickfreeze(home.resolve("instance-1")));
        List<Process> processes = new ArrayList<>();
        for (Quickfreeze instance : instances) {
            processes.add(instance.start(run(instance.out(), url)));
        }
        List<Integer> exits = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Quickfreeze.Outcome outcome = instances.get(i).outcome(processes.get(i));
            exits.add(outcome.exitCode());
            errors.add(outcome.stderr());
        }
        assertThat(exits).as(errors.toString()).containsExactlyInAnyOrder(0, 2);
        assertThat(String.join("", errors))
            .containsPattern("is running now|already completed|is being started by another process");
        var history = new Quickfreeze(home.resolve("history")).run("history", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
        assertThat(history.stdout().lines().filter(l -> l.contains("COMPLETED"))).hasSize(1);
    }

}
