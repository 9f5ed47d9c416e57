package org.switchover.cli;

import org.switchover.signoff.SignOff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Records a data owner's sign-off of a reconciliation report, bound to its SHA-256, the mapping set, the toolkit version and the run. */
@Command(name = "sign-off", mixinStandardHelpOptions = true,
        description = {"Records that OWNER, in ROLE, signs off DIR/reconciliation.json of a GO dry run.",
                "Only a role listed in switchover.yml (signOffRoles, requiredSignOffRoles) may sign, and one person may not hold "
                        + "two required roles unless allowSameSignerForRoles: true.",
                "The sign-off lapses when the report's bytes, the mapping set or the check set change; `status` shows which."})
final class SignOffCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "DIR", required = true,
            description = "Directory holding the reconciliation.json to sign off.")
    Path reportDir;

    @Option(names = "--owner", paramLabel = "NAME", required = true, description = "The data owner's name (staff, not a child).")
    String owner;

    @Option(names = "--role", paramLabel = "ROLE", required = true,
            description = "The owner's role, e.g. \"Head of Service, Child Protection\"; final-load needs every required role.")
    String role;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (signOffRoles, requiredSignOffRoles, allowSameSignerForRoles, checks); default "
                    + "./switchover.yml when it exists.")
    Path config;

    @Override
    public Integer call() {
        SignOff signOff = mappings.applyTo(project.applyTo(target.configure())).reportDir(reportDir).configFile(config).build()
                .signOff(owner, role);
        System.out.println("signed off run " + signOff.runId() + " (" + signOff.verdict() + ") by " + signOff.owner()
                + " (" + signOff.role() + ") as OS user " + signOff.osUser() + ", database user " + signOff.dbUser()
                + "; reconciliation.json sha256 " + signOff.reportSha256());
        return ExitCodes.OK;
    }
}
