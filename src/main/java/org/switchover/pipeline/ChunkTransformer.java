package org.switchover.pipeline;

/** Turns a chunk of legacy rows into a target batch plus its exclusions, rejects and losses; plain Java, no Camel. */
@FunctionalInterface
public interface ChunkTransformer {
    TransformResult transform(SourceChunk chunk);
}
