/**
 * The texts of the reports in their readers' languages: the message bundles (English and
 * French bundled, a party's own file in a folder), the choice of a language, and numbers
 * written in its conventions. Uses nothing else of the reports.
 */
package org.quickfreeze.report.text;
