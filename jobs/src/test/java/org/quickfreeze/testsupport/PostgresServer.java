package org.quickfreeze.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, from the server binaries published on Maven
 * Central (no Docker, nothing installed). Each test gets a database of its own.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres server;

    private final AtomicInteger databases = new AtomicInteger();

    public PostgresServer() {
        try {
            this.server = EmbeddedPostgres.builder().start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the embedded PostgreSQL server does not start", ex);
        }
    }

    /**
     * A server on its own data folder and port, which a test can stop and start again on
     * the same data.
     */
    public PostgresServer(java.nio.file.Path dataDirectory, int port) {
        try {
            this.server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the embedded PostgreSQL server does not start", ex);
        }
    }

    /** The JDBC URL of a database created before. */
    public String url(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    /** The Spring properties that point a run at a database of this server. */
    public static List<String> springArguments(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
    }

    /** A new, empty database; its JDBC URL. */
    public String newDatabase() {
        String name = "quickfreeze_" + databases.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return server.getJdbcUrl("postgres", name);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

}
