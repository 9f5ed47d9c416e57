package org.switchover.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `switchover` command: lists the subcommands and runs the one asked for. */
@Command(name = "switchover", mixinStandardHelpOptions = true, versionProvider = SwitchoverCommand.Version.class,
        description = "Migrates children's social care records from the legacy MySQL system to the new PostgreSQL schema, and proves nothing was lost.",
        subcommands = {
                LegacySchemaCommand.class,
                GenerateCommand.class,
                MigrateSchemaCommand.class,
                InitCommand.class,
                ValidateCommand.class,
                DryRunCommand.class,
                ReconcileCommand.class,
                DiffCommand.class,
                SignOffCommand.class,
                ExceptionCommand.class,
                StatusCommand.class,
                LedgerCommand.class,
                PurgeCommand.class,
                GrantsCommand.class,
                FreezeCommand.class,
                FinalLoadCommand.class,
                DeltaCommand.class,
                CensusCommand.class,
                PlanCommand.class,
                ServeCommand.class,
                UserCommand.class,
        })
public final class SwitchoverCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        TerminalSafeOutput.install(); // first: nothing printed may carry a control character to the terminal
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, without exiting (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SwitchoverCommand());
        // plain help: its styles are escape sequences, which TerminalSafeOutput would show as text
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.RUNTIME_FAILURE);
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("switchover: " + ArgumentEcho.hidden(e.getMessage(), args));
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** --version: the toolkit version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"switchover " + org.switchover.config.ToolkitVersion.current()};
        }
    }
}
