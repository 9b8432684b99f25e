/**
 * The floor of the benchmark: the CSV exports parsed with Commons CSV alone ({@code
 * quickfreeze parse}). Used by {@code cli}; uses {@code ingest}.
 */
package org.quickfreeze.benchmark;
