package org.switchover.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Exports the ledger for safekeeping outside the database. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Writes the target's ledger (the hash chain over reconciliations, exceptions, sign-offs and events) to FILE, "
                + "owner-only.", "Keep it outside the database; `switchover status --ledger FILE` then shows any rewrite of history."})
final class LedgerCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--export", paramLabel = "FILE", required = true, description = "Where to write the copy (created 0600).")
    Path file;

    @Override
    public Integer call() {
        int entries = project.applyTo(target.configure()).build().exportLedger(file);
        System.out.println("wrote " + entries + " ledger entries to " + file.toAbsolutePath());
        return ExitCodes.OK;
    }
}
