package org.quickfreeze.testsupport;

import java.nio.file.Path;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a test's own with the store's schema, migrated by Flyway as a run
 * migrates it.
 */
public final class MigratedStore {

    private MigratedStore() {
    }

    /** An H2 file database in the folder. */
    public static JdbcTemplate h2(Path folder) {
        return migrated(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("data/q"), "sa", ""), "h2");
    }

    /** A new database on the PostgreSQL server. */
    public static JdbcTemplate postgres(PostgresServer server) {
        return migrated(new DriverManagerDataSource(server.newDatabase(), "postgres", ""), "postgresql");
    }

    private static JdbcTemplate migrated(DataSource database, String vendor) {
        Flyway.configure()
            .dataSource(database)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load()
            .migrate();
        return new JdbcTemplate(database);
    }

}
