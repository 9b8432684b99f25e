package org.quickfreeze.cli;

import java.nio.file.Path;

/**
 * What {@code quickfreeze generate} writes: how many rows, from which seed, where, clean
 * or dirty, with or without a register of European orders.
 */
public record GenerateOptions(long rows, long seed, Path out, boolean dirty, boolean europeanOrders) {
}
