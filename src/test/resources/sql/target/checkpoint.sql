-- Writes every change so far to disk: what a test makes durable before it crashes a server that runs with synchronous_commit off.
CHECKPOINT
