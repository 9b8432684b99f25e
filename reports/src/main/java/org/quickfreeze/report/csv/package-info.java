/**
 * The findings and rejects CSV files. Uses {@code report.model}.
 */
package org.quickfreeze.report.csv;
