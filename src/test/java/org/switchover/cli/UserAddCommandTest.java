package org.switchover.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchover.db.ConnectionSpec;
import org.switchover.testing.Queries;
import org.switchover.testing.TestDatabases;
import org.switchover.users.Users;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `user add` on the command line: with no terminal (as here) the password is one line of standard input, never an option;
 * only a bcrypt hash is stored, it verifies, and a role the who-may-sign rules do not list is refused with exit 2.
 */
@ExtendWith(TestDatabases.class)
class UserAddCommandTest {
    private static final String ROLE = "Head of Service, Child Protection";
    private static final String PASSWORD = "a long enough passphrase";
    private final InputStream originalIn = System.in;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(originalIn);
    }

    @Test
    void addsAnOwnerWhosePasswordIsReadFromStandardInputAndStoredAsABcryptHash(TestDatabases.TargetDb targetDb) throws Exception {
        ConnectionSpec target = targetDb.spec();
        // when: an owner is added with the password on standard input
        InProcessCli.Run run = addUser(target, "Alex Smith", ROLE, PASSWORD);
        // then: exit 0, the stored hash is bcrypt at cost 12, and it verifies the password and nothing else
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> stored = Queries.rows(target, "sql/serve-test/password_hashes.sql");
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).startsWith("Alex Smith|" + ROLE + "|$2a$12$"), stored.get(0));
        assertFalse(stored.get(0).contains(PASSWORD));
        Users users = new Users(target);
        assertEquals("Alex Smith", users.authenticate(" alex smith ", PASSWORD).orElseThrow().name());
        assertTrue(users.authenticate("Alex Smith", PASSWORD + " ").isEmpty());
        assertTrue(users.authenticate("Nobody", PASSWORD).isEmpty());
        // and the same name again is refused
        InProcessCli.Run again = addUser(target, "ALEX SMITH", ROLE, PASSWORD);
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertEquals("switchover: user 'ALEX SMITH' already exists in " + target.identity(), again.err().strip());
    }

    @Test
    void aRoleThatMayNotSignAndAShortPasswordAreRefused(TestDatabases.TargetDb targetDb) throws Exception {
        ConnectionSpec target = targetDb.spec();
        InProcessCli.Run wizard = addUser(target, "Anyone", "Chief Wizard", PASSWORD);
        assertEquals(ExitCodes.USAGE, wizard.exitCode());
        assertTrue(wizard.err().startsWith("switchover: role 'Chief Wizard' may not sign off: the roles that may are "), wizard.err());
        InProcessCli.Run shortPassword = addUser(target, "Bea Khan", ROLE, "short");
        assertEquals(ExitCodes.USAGE, shortPassword.exitCode());
        assertEquals("switchover: the password must have at least " + Users.MIN_PASSWORD_LENGTH + " characters", shortPassword.err().strip());
        assertEquals(List.of(), Queries.rows(target, "sql/serve-test/password_hashes.sql"));
    }

    @Test
    void aNameWithABidirectionalOverrideIsRefused(TestDatabases.TargetDb targetDb) throws Exception {
        ConnectionSpec target = targetDb.spec();
        InProcessCli.Run reversed = addUser(target, "Bea\u202EnahK", ROLE, PASSWORD);
        assertEquals(ExitCodes.USAGE, reversed.exitCode());
        assertEquals("switchover: --name holds U+202E at character 4, a bidirectional control that shows text in another order than it "
                + "is stored: type plain text on one line", reversed.err().strip());
        assertEquals(List.of(), Queries.rows(target, "sql/serve-test/password_hashes.sql"));
    }

    private static InProcessCli.Run addUser(ConnectionSpec target, String name, String role, String password) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return InProcessCli.run("user", "add", "--target-url=" + target.url(), "--target-user=" + target.user(), "--name=" + name,
                "--role=" + role);
    }
}
