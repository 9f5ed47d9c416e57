package org.switchover.route;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;
import org.switchover.run.MigrationJob;

import java.sql.SQLException;
import java.util.Iterator;

/** Binds exchange headers and bodies to the {@link MigrationJob} steps; the routes call it by bean name. */
public final class JobSteps {
    /** Registry name the route template refers to. */
    public static final String BEAN = "migrationJobSteps";
    public static final String MAPPING_ID = "switchoverMappingId";
    public static final String CHUNK_NUMBER = "switchoverChunkNumber";

    private final MigrationJob job;

    public JobSteps(MigrationJob job) {
        this.job = job;
    }

    public Iterator<SourceChunk> open(@Header(MAPPING_ID) String mappingId) throws SQLException {
        return job.open(mappingId);
    }

    public TransformResult transform(@Header(MAPPING_ID) String mappingId, @Body SourceChunk chunk) {
        return job.transform(mappingId, chunk);
    }

    public void commit(@Header(MAPPING_ID) String mappingId, @Header(CHUNK_NUMBER) long chunkNumber,
                       @Body TransformResult result) throws SQLException {
        job.commit(mappingId, chunkNumber, result);
    }

    public void finish(@Header(MAPPING_ID) String mappingId) throws SQLException {
        job.finish(mappingId);
    }

    public void fail(@Header(MAPPING_ID) String mappingId,
                     @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause) {
        job.fail(mappingId, cause);
    }
}
