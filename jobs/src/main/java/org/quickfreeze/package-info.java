/**
 * The Spring Boot application and its {@code main}: hands the command line to {@code
 * cli}. Nothing imports this package.
 */
package org.quickfreeze;
