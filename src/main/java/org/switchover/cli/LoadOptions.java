package org.switchover.cli;

import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import picocli.CommandLine.Option;

/** --chunk-rows, --split-rows and --key-ranges: how a full load (dry run or final load) reads and commits the legacy rows. */
public class LoadOptions {
    @Option(names = "--chunk-rows", paramLabel = "N", defaultValue = "" + SwitchoverSettings.DEFAULT_CHUNK_ROWS,
            description = "Legacy rows per chunk = per target transaction and checkpoint (default: ${DEFAULT-VALUE}, at most "
                    + SwitchoverSettings.MAX_CHUNK_ROWS + ").")
    int chunkRows;

    @Option(names = "--split-rows", paramLabel = "N", defaultValue = "" + SwitchoverSettings.DEFAULT_SPLIT_ROWS,
            description = "A legacy table of more rows than this (estimated) is read as --key-ranges key ranges side by side (default: ${DEFAULT-VALUE}).")
    long splitRows;

    @Option(names = "--key-ranges", paramLabel = "K",
            description = "Key ranges such a table is split into, each with its own checkpoint; 1 reads every table as one stream "
                    + "(default: the number of cores, at most " + SwitchoverSettings.MAX_KEY_RANGES + ").")
    Integer keyRanges;

    SwitchoverBuilder applyTo(SwitchoverBuilder builder) {
        return builder.chunkRows(chunkRows).splitRows(splitRows)
                .keyRanges(keyRanges == null ? SwitchoverSettings.DEFAULT_KEY_RANGES : keyRanges);
    }
}
