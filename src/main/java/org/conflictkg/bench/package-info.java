/**
 * Benchmarks that print figures: throughput of each extraction stage, of the whole
 * extraction on one thread and on all cores, and of a build into a TDB2 store. Never part
 * of the default test run beyond a smoke run on tiny input.
 */
package org.conflictkg.bench;
