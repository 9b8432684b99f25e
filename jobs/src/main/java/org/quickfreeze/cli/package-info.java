/**
 * The command line ({@code run}, {@code schedule}, {@code history}, {@code generate},
 * {@code parse}, {@code help}), declared for picocli in {@code Arguments}; turns every
 * outcome into one sentence and an exit status. Used by the application only; uses
 * {@code schedule}, {@code job}, {@code output} (the console, failures), {@code ingest}
 * (dry run) and the tools {@code generate} and {@code benchmark}.
 */
package org.quickfreeze.cli;
