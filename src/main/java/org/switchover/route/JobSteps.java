package org.switchover.route;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;
import org.switchover.run.MigrationJob;

import java.sql.SQLException;

/** Moves exchange headers and bodies in and out of the {@link MigrationJob} steps; the routes call these as processors. */
public final class JobSteps {
    public static final String MAPPING_ID = "switchoverMappingId";
    public static final String CHUNK_NUMBER = "switchoverChunkNumber";

    private final MigrationJob job;

    public JobSteps(MigrationJob job) {
        this.job = job;
    }

    /** Body becomes the mapping's lazy chunk iterator. */
    public void open(Exchange exchange) throws SQLException {
        exchange.getMessage().setBody(job.open(mappingId(exchange)));
    }

    /** Body: a SourceChunk in, its TransformResult out; the chunk number goes on a header. */
    public void transform(Exchange exchange) throws InvalidPayloadException {
        SourceChunk chunk = exchange.getMessage().getMandatoryBody(SourceChunk.class);
        exchange.getMessage().setHeader(CHUNK_NUMBER, chunk.chunkNumber());
        exchange.getMessage().setBody(job.transform(mappingId(exchange), chunk));
    }

    public void commit(Exchange exchange) throws SQLException, InvalidPayloadException {
        TransformResult result = exchange.getMessage().getMandatoryBody(TransformResult.class);
        job.commit(mappingId(exchange), exchange.getMessage().getHeader(CHUNK_NUMBER, Long.class), result);
        exchange.getMessage().setBody(null); // the chunk is in the target: let its rows go before the split ends
    }

    public void finish(Exchange exchange) throws SQLException {
        job.finish(mappingId(exchange));
    }

    public void fail(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        job.fail(mappingId(exchange), cause != null ? cause : new IllegalStateException("route failed without an exception"));
    }

    private static String mappingId(Exchange exchange) {
        return exchange.getMessage().getHeader(MAPPING_ID, String.class);
    }
}
