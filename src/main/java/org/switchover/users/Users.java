package org.switchover.users;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.switchover.config.ConfigurationException;
import org.switchover.config.PlainText;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.ledger.Invocation;
import org.switchover.signoff.SignOffPolicy;

import java.nio.CharBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of migration.app_user. Passwords are hashed with bcrypt (Spring Security's encoder, cost
 * {@value #BCRYPT_COST}); a sign-in with an unknown name still runs one bcrypt comparison, so the time taken does not tell
 * which names exist.
 */
public final class Users {
    /** bcrypt's work factor: about a tenth of a second per hash on this class of machine. */
    public static final int BCRYPT_COST = 12;
    /** Shorter passwords are refused. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads at most 72 bytes: a longer password would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(BCRYPT_COST);
    private static final String UNKNOWN_USER_HASH = ENCODER.encode("no such user: a hash to compare against");

    /** A signed-in owner: the name and role they sign as. */
    public record User(long id, String name, String role) {
    }

    private final ConnectionSpec target;

    public Users(ConnectionSpec target) {
        this.target = target;
    }

    /**
     * Adds {@code name} in {@code role} (which must be one of {@code permittedRoles}, the who-may-sign rules); the password
     * array is cleared afterwards.
     */
    public User add(String name, String role, char[] password, List<String> permittedRoles) {
        try {
            if (name == null || name.isBlank() || role == null || role.isBlank()) {
                throw new ConfigurationException("user add needs --name and --role");
            }
            PlainText.require(name, "--name");
            PlainText.require(role, "--role");
            SignOffPolicy.requirePermitted(permittedRoles, role);
            if (password == null || password.length < MIN_PASSWORD_LENGTH) {
                throw new ConfigurationException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
            }
            if (java.nio.charset.StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_PASSWORD_BYTES) {
                throw new ConfigurationException("the password must be at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt reads no more)");
            }
            String hash = ENCODER.encode(CharBuffer.wrap(password));
            try (Connection connection = Databases.connect(target);
                 PreparedStatement insert = connection.prepareStatement(sql("insert_user"))) {
                if (find(connection, name).isPresent()) {
                    throw new ConfigurationException("user '" + name.strip() + "' already exists in " + target.identity());
                }
                insert.setString(1, name.strip());
                insert.setString(2, role.strip());
                insert.setString(3, hash);
                insert.setString(4, Invocation.osUser());
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    return new User(id.getLong(1), name.strip(), role.strip());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot add user '" + name.strip() + "' to " + target.identity() + ": " + e.getMessage(), e);
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The user when {@code password} is theirs; empty for a wrong password or an unknown name, alike. */
    public Optional<User> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        try (Connection connection = Databases.connect(target)) {
            Optional<Stored> stored = find(connection, name);
            boolean matches = ENCODER.matches(password, stored.map(Stored::hash).orElse(UNKNOWN_USER_HASH));
            return stored.filter(s -> matches).map(Stored::user);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users of " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    private record Stored(User user, String hash) {
    }

    private static Optional<Stored> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql("user_by_name"))) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(new User(row.getLong(1), row.getString(2), row.getString(3)), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private static String sql(String name) {
        return SqlResource.load("sql/users/" + name + ".sql").statements().get(0);
    }
}
