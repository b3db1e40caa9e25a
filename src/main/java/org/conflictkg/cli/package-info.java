/**
 * The command line (picocli): the composition root that reads flags, files and the
 * environment, wires the stages and maps errors to exit codes (0 done, 1 failure, 2 usage,
 * 3 some inputs rejected). Nothing depends on it.
 */
package org.conflictkg.cli;
