package org.switchover.route;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * What happens when a mapping's route fails (database gone, transformer bug): the failure is
 * recorded on the job, which fails the run. Rows the target refuses never get here: the loader
 * turns them into rejects.
 */
public final class MigrationErrorHandling extends RouteConfigurationBuilder {
    public static final String CONFIGURATION_ID = "migration-errors";

    private final JobSteps steps;

    public MigrationErrorHandling(JobSteps steps) {
        this.steps = steps;
    }

    @Override
    public void configuration() {
        routeConfiguration(CONFIGURATION_ID)
                .onException(Exception.class)
                .handled(true)
                .process(steps::fail);
    }
}
