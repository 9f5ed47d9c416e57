-- For this chunk's transaction only: commit without waiting for the WAL to reach disk (dry runs).
-- A server crash may lose the last chunks with their checkpoints, never half a chunk.
SET LOCAL synchronous_commit TO off
