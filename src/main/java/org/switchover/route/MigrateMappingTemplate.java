package org.switchover.route;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The one route template every mapping's route is made from: read the legacy table chunk by chunk
 * (a streaming split over a lazy iterator, one exchange per chunk), transform, then load and record.
 * A large table comes as several key ranges, each its own iterator, read side by side (a parallel split
 * over them, the range's number in a header); any other table is one range. Each range's thread reads;
 * each chunk is handed to the shared chunk workers ({@link ChunkDispatcher}),
 * which transform and commit it, so reading the next chunk overlaps the work on the last ones and a
 * large table keeps every core busy. Each chunk commits in its own transaction, in its range's chunk order.
 */
public final class MigrateMappingTemplate extends RouteBuilder {
    public static final String TEMPLATE_ID = "migrate-mapping";
    public static final String PARAMETER_MAPPING_ID = "mappingId";

    private final JobSteps steps;

    public MigrateMappingTemplate(JobSteps steps) {
        this.steps = steps;
    }

    /** The endpoint that starts one mapping's route. */
    public static String startUri(String mappingId) {
        return "direct:migrate-" + mappingId;
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter(PARAMETER_MAPPING_ID)
                .from(startUri("{{" + PARAMETER_MAPPING_ID + "}}"))
                .routeConfigurationId(MigrationErrorHandling.CONFIGURATION_ID)
                .setHeader(JobSteps.MAPPING_ID, constant("{{" + PARAMETER_MAPPING_ID + "}}"))
                .process(steps::open)
                .split(body()).parallelProcessing().stopOnException() // the key ranges, side by side
                    .setHeader(JobSteps.RANGE, exchangeProperty(Exchange.SPLIT_INDEX))
                    .split(body()).streaming().stopOnException() // one range's chunks, in key order
                        .process(steps::dispatch)
                    .end()
                .end()
                .process(steps::finish);
    }
}
