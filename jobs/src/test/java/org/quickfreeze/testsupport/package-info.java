/**
 * Support for the tests, not tests themselves: the command line run in-process
 * ({@code Quickfreeze}), a migrated store, a PostgreSQL server from Maven Central,
 * fixtures from the class path, builders of requests and scenarios, workbook readers.
 */
package org.quickfreeze.testsupport;
