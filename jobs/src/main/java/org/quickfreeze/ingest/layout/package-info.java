/**
 * The canonical columns of a case export and the register mappings ({@code *.yml}) that
 * map a register's own headers, codes and date formats onto them. The lowest ingest
 * package: it uses nothing of the project.
 */
package org.quickfreeze.ingest.layout;
