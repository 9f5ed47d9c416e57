package org.switchover.route;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.switchover.pipeline.SourceChunk;
import org.switchover.run.ChunkDispatcher;
import org.switchover.run.MigrationJob;

import java.sql.SQLException;

/** Moves exchange headers and bodies in and out of the {@link MigrationJob} steps (chunks via the {@link ChunkDispatcher}); the routes call these as processors. */
public final class JobSteps {
    public static final String MAPPING_ID = "switchoverMappingId";
    /** The key range a chunk was read from (0 when the mapping is read as one stream). */
    public static final String RANGE = "switchoverKeyRange";

    private final MigrationJob job;
    private final ChunkDispatcher dispatcher;

    JobSteps(MigrationJob job, ChunkDispatcher dispatcher) {
        this.job = job;
        this.dispatcher = dispatcher;
    }

    /** Body: a SourceChunk of the header's key range, handed to the chunk workers; when the range has failed, the split stops here. */
    public void dispatch(Exchange exchange) throws InvalidPayloadException, InterruptedException {
        SourceChunk chunk = exchange.getMessage().getMandatoryBody(SourceChunk.class);
        String mappingId = mappingId(exchange);
        Integer range = exchange.getMessage().getHeader(RANGE, Integer.class);
        if (!dispatcher.dispatch(mappingId, range == null ? 0 : range, chunk)) {
            throw new IllegalStateException("mapping " + mappingId + " failed; chunk " + chunk.chunkNumber() + " and later are not loaded");
        }
        exchange.getMessage().setBody(null); // the worker has the chunk now
    }

    /** Body becomes the mapping's lazy chunk iterators, one per key range, in range order. */
    public void open(Exchange exchange) throws SQLException {
        exchange.getMessage().setBody(job.open(mappingId(exchange)));
    }

    public void finish(Exchange exchange) throws SQLException, InterruptedException {
        awaitChunks(exchange);
        job.finish(mappingId(exchange));
    }

    public void fail(Exchange exchange) throws InterruptedException {
        awaitChunks(exchange);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        job.fail(mappingId(exchange), cause != null ? cause : new IllegalStateException("route failed without an exception"));
    }

    /** The route ends only when every chunk it handed out has committed or been dropped. */
    private void awaitChunks(Exchange exchange) throws InterruptedException {
        dispatcher.awaitChunks(mappingId(exchange));
    }

    private static String mappingId(Exchange exchange) {
        return exchange.getMessage().getHeader(MAPPING_ID, String.class);
    }
}
