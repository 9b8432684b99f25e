/**
 * Realistic generated exports ({@code quickfreeze generate}) for the tests and the
 * benchmark. Used by {@code cli}; uses nothing of the project.
 */
package org.quickfreeze.generate;
