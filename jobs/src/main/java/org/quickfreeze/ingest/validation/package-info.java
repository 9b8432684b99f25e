/**
 * The row checks of the case-export contract, in order, each refusing with a reject code
 * and a message a clerk can act on; dates and country codes. Used by {@code ingest} and
 * {@code cli}; uses {@code ingest.export}, {@code ingest.layout} and {@code store}.
 */
package org.quickfreeze.ingest.validation;
