package org.switchover.pipeline;

/**
 * A legacy value that held bytes Windows-1252 leaves undefined, which the reader decoded as U+FFFD: where
 * in its chunk ({@code row} and {@code column} index the chunk's rows and columns) and which bytes, as
 * {@code \x81} escapes in order of first appearance ({@code \x8D\x9D}).
 */
public record UndefinedBytes(int row, int column, String bytes) {
}
