package org.switchover.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives each test class its own fresh legacy (MySQL protocol) and target (PostgreSQL) databases,
 * with unique names, dropped after the class. Inject them as {@link LegacyDb} / {@link TargetDb}
 * parameters of a constructor, a lifecycle method or a test method.
 *
 * <p>The servers come from {@link DatabaseServers#get()}: environment variables, else
 * Testcontainers, else embedded servers.
 */
public final class TestDatabases implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);

    /** The legacy database of the current test class. */
    public record LegacyDb(ConnectionSpec spec) {
        public Connection connect() {
            return Databases.connect(spec);
        }
    }

    /** The target database of the current test class. */
    public record TargetDb(ConnectionSpec spec) {
        public Connection connect() {
            return Databases.connect(spec);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        DatabaseServers servers = DatabaseServers.get();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LegacyDb legacy = new LegacyDb(createDatabase(servers.legacyServer(), "legacy_" + suffix,
                "CREATE DATABASE `%s` CHARACTER SET utf8mb4"));
        TargetDb target = new TargetDb(createDatabase(servers.targetServer(), "target_" + suffix,
                "CREATE DATABASE \"%s\" ENCODING 'UTF8'"));
        context.getStore(NAMESPACE).put(LegacyDb.class, legacy);
        context.getStore(NAMESPACE).put(TargetDb.class, target);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        DatabaseServers servers = DatabaseServers.get();
        LegacyDb legacy = context.getStore(NAMESPACE).remove(LegacyDb.class, LegacyDb.class);
        TargetDb target = context.getStore(NAMESPACE).remove(TargetDb.class, TargetDb.class);
        if (legacy != null) {
            dropDatabase(servers.legacyServer(), "DROP DATABASE IF EXISTS `" + legacy.spec().database() + "`");
        }
        if (target != null) {
            dropDatabase(servers.targetServer(), "DROP DATABASE IF EXISTS \"" + target.spec().database() + "\" WITH (FORCE)");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == LegacyDb.class || type == TargetDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        ExtensionContext classContext = extension;
        while (classContext.getStore(NAMESPACE).get(type) == null && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Object value = classContext.getStore(NAMESPACE).get(type);
        if (value == null) {
            throw new IllegalStateException("TestDatabases must be registered on the test class to inject " + type.getSimpleName());
        }
        return value;
    }

    private static ConnectionSpec createDatabase(ConnectionSpec server, String name, String ddl) throws SQLException {
        try (Connection connection = Databases.connect(server); Statement statement = connection.createStatement()) {
            statement.execute(String.format(ddl, name));
        }
        return server.withDatabase(name);
    }

    private static void dropDatabase(ConnectionSpec server, String ddl) throws SQLException {
        try (Connection connection = Databases.connect(server); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    static ConnectionSpec legacyServer(String url, String user, String password) {
        return new ConnectionSpec(DatabaseRole.LEGACY, url, user, password);
    }

    static ConnectionSpec targetServer(String url, String user, String password) {
        return new ConnectionSpec(DatabaseRole.TARGET, url, user, password);
    }
}
