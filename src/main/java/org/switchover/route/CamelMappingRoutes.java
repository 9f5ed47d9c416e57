package org.switchover.route;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.StartupSummaryLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.switchover.pipeline.MappingPlan;
import org.switchover.run.ChunkDispatcher;
import org.switchover.run.MappingRoutes;
import org.switchover.run.MigrationJob;

import java.util.List;

/**
 * The Camel side of a run: a context with the error-handling configuration, the one route template,
 * and one route per mapping made from it; running a mapping sends to its route's start endpoint.
 */
public final class CamelMappingRoutes implements MappingRoutes {
    @Override
    public Runner start(List<MappingPlan> plans, MigrationJob job, ChunkDispatcher dispatcher) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        try {
            camel.setStartupSummaryLevel(StartupSummaryLevel.Off);
            JobSteps steps = new JobSteps(job, dispatcher);
            camel.addRoutes(new MigrationErrorHandling(steps));
            camel.addRoutes(new MigrateMappingTemplate(steps));
            RouteBuilder mappingRoutes = mappingRoutes(plans);
            camel.addRoutes(mappingRoutes); // runs configure(), which declares the templated routes
            mappingRoutes.addTemplatedRoutesToCamelContext(camel); // creates them from the template
            camel.start();
        } catch (Exception | Error e) {
            camel.close();
            throw e;
        }
        ProducerTemplate producer = camel.createProducerTemplate();
        return new Runner() {
            @Override
            public void run(MappingPlan plan) {
                producer.sendBody(MigrateMappingTemplate.startUri(plan.mappingId()), null);
            }

            @Override
            public void close() throws Exception {
                camel.close();
            }
        };
    }

    /** One templated route per mapping, named after it. */
    private static RouteBuilder mappingRoutes(List<MappingPlan> plans) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (MappingPlan plan : plans) {
                    templatedRoute(MigrateMappingTemplate.TEMPLATE_ID)
                            .routeId("migrate-" + plan.mappingId())
                            .parameter(MigrateMappingTemplate.PARAMETER_MAPPING_ID, plan.mappingId());
                }
            }
        };
    }
}
