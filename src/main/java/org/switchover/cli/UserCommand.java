package org.switchover.cli;

import org.switchover.config.ConfigurationException;
import org.switchover.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** `user add`: an owner account for `serve`. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages the owners who sign in to `serve`.",
        subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "user needs a subcommand: add");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an owner who may sign in to `serve`, in a role the who-may-sign rules allow (signOffRoles, "
                    + "requiredSignOffRoles in switchover.yml).",
                    "The password is read from the terminal without echo, twice; with no terminal (scripts, tests) one line is read "
                            + "from standard input. It is never an option. Only a bcrypt hash is stored."})
    static final class Add implements Callable<Integer> {
        @Mixin
        TargetConnectionOptions target;
        @Mixin
        VerboseOption verbose;

        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The owner's name, as they will sign.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The role they sign in.")
        String role;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Configuration file (signOffRoles, requiredSignOffRoles); default ./switchover.yml when it exists.")
        Path config;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            Users.User user = target.configure().configFile(config).build().addUser(name, role, password);
            System.out.println("added user " + user.name() + " (" + user.role() + ")");
            return ExitCodes.OK;
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password: ");
                char[] again = console.readPassword("Password again: ");
                boolean same = first != null && Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    throw new ConfigurationException("the two passwords differ");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new ConfigurationException("no password on standard input (user add reads one line when there is no terminal)");
            }
            return line.toCharArray();
        }
    }
}
